"""``eventwire eval``: score the coder (or a prediction file) against a gold file."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from eventwire import eval as ev
from eventwire.errors import EvalError
from eventwire.model import EVENT_TYPES


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--pred",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Score these predicted events (event JSONL) instead of coding the gold documents.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON document.")
@click.option("--sample", type=click.IntRange(min=1), metavar="N", help="Score a seeded random sample of N documents.")
@click.option("--seed", type=int, default=1, show_default=True, help="Seed of --sample.")
@click.option(
    "--write-pred",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also save the coded predictions here (event JSONL), to score again with --pred.",
)
@click.option("--per-document", is_flag=True, help="Also print event and strict figures for each document.")
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=None,
    help="Drop coded events below this confidence (default: the coder's threshold, as `eventwire code`).",
)
def eval_(
    gold: Path,
    pred: Path | None,
    as_json: bool,
    sample: int | None,
    seed: int,
    write_pred: Path | None,
    per_document: bool,
    min_confidence: float | None,
) -> None:
    """Score events against GOLD, a gold JSONL file (docs/schema.md, section 3).

    Without --pred the gold documents are coded with the bundled model. Matching is one-to-one per
    document; event precision counts only documents marked exhaustive (sets of single labelled events,
    such as ACLED notes, measure no precision). The strict figures count an event right only when every
    field its gold event scores is right (spec section 4.4). Every figure comes with its count n.
    """
    try:
        docs = ev.sample(ev.read_gold(gold), sample, seed)
        predictions = ev.read_predictions(pred) if pred else ev.code_gold(docs, min_confidence=min_confidence)
        if write_pred is not None:
            ev.write_predictions(write_pred, predictions)
    except EvalError as exc:
        raise click.ClickException(str(exc)) from exc
    report = ev.score(docs, predictions)
    if as_json:
        click.echo(json.dumps(report.to_json(documents=per_document), indent=2))
    else:
        console = Console()
        print_report(report, console, title=gold.name)
        if per_document:
            print_documents(report, console)


def print_report(report: ev.Report, console: Console, title: str) -> None:
    """The report as readable tables: events, fields, then per event type."""
    events = Table(title=f"{title}: {report.docs} documents ({report.skipped_docs} skipped)", title_justify="left")
    for column in ("", "precision", "recall", "F1", "tp", "fp", "fn", "events/doc"):
        events.add_column(column, justify="right" if column else "left")
    e, strict = report.events, report.strict
    measured = any(doc.exhaustive for doc in report.documents)
    precision = _num(e.precision) if measured else "not measured"
    events.add_row(
        "events", precision, _num(e.recall), _num(e.f1), str(e.tp), str(e.fp), str(e.fn), _num(report.events_per_doc)
    )
    strict_precision = _num(strict.precision) if measured else "not measured"
    events.add_row(
        "strict (whole event right)", strict_precision, _num(strict.recall), _num(strict.f1), str(strict.right)
    )
    console.print(events)
    if not measured:
        console.print("No document is exhaustive: extra events are not counted, so precision is not measured here.")
    fields = Table(title="field accuracy over matched events", title_justify="left")
    for column in ("field", "accuracy", "n"):
        fields.add_column(column, justify="left" if column == "field" else "right")
    for name, score in report.fields.items():
        fields.add_row(name, _num(score.accuracy), str(score.n))
    console.print(fields)
    types = Table(title="per event type", title_justify="left")
    for column in ("type", "precision", "recall", "F1", "n", "tp", "fp", "fn"):
        types.add_column(column, justify="left" if column == "type" else "right")
    for t in EVENT_TYPES:
        c = report.per_type[t]
        if c.tp or c.fp or c.fn:
            types.add_row(t, _num(c.precision), _num(c.recall), _num(c.f1), str(c.n), str(c.tp), str(c.fp), str(c.fn))
    console.print(types)


def print_documents(report: ev.Report, console: Console) -> None:
    """Event and strict figures per document, worst strict F1 first."""
    table = Table(title="per document", title_justify="left")
    for column in ("document", "tp", "fp", "fn", "P", "R", "strict right", "strict F1"):
        table.add_column(column, justify="left" if column == "document" else "right")
    for doc in sorted(report.documents, key=lambda d: (d.strict.f1 or 0.0, d.id)):
        c = doc.events
        row = [doc.id, str(c.tp), str(c.fp), str(c.fn), _num(c.precision), _num(c.recall)]
        table.add_row(*row, str(doc.strict.right), _num(doc.strict.f1))
    console.print(table)


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"
