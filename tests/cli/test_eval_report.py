"""The tables `eventwire eval` prints for a report."""

from __future__ import annotations

from rich.console import Console

from eventwire.cli.eval import print_documents, print_report
from eventwire.eval import gold_as_predictions, score
from tests.eval.builders import gold_doc


def _printed(exhaustive: bool) -> str:
    gold = [gold_doc([{"type": "COERCE", "trigger": "arrested"}], exhaustive=exhaustive)]
    report = score(gold, gold_as_predictions(gold))
    console = Console(record=True, width=160)
    print_report(report, console, "team gold")
    print_documents(report, console)
    return console.export_text()


def test_a_perfect_report_prints_its_figures_by_table() -> None:
    text = _printed(exhaustive=True)
    assert "team gold: 1 documents (0 skipped)" in text
    assert "1.000" in text
    assert "per event type" in text
    assert "COERCE" in text


def test_precision_without_an_exhaustive_document_is_not_measured() -> None:
    assert "not measured" in _printed(exhaustive=False)
