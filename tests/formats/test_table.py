"""The table fits the terminal and never breaks a word (``SANCTI/ON``)."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest

from eventwire.formats import Unit, WriteOptions, open_writer
from eventwire.formats.records import EventRecord
from eventwire.formats.table import column_widths

from .records import full, sparse


def _render(records: list[EventRecord], width: int, unit: Unit = "mention") -> str:
    out = io.StringIO()
    writer = open_writer("table", out, WriteOptions(width=width, unit=unit))
    for record in records:
        writer.write(record)
    writer.close()
    return out.getvalue()


def _records() -> list[EventRecord]:
    long_names = replace(full().event, type="SANCTION", mode="discontinue")
    return [full(), sparse(), EventRecord(long_names, full().document, full().cluster)]


@pytest.mark.parametrize("width", [80, 60, 40])
@pytest.mark.parametrize("unit", ["mention", "cluster"])
def test_no_line_is_wider_than_the_terminal(width: int, unit: Unit) -> None:
    text = _render(_records(), width, unit)
    assert max(len(line) for line in text.splitlines()) <= width


@pytest.mark.parametrize("width", [80, 40])
def test_type_words_are_never_split(width: int) -> None:
    words = set(re.findall(r"\w+", _render(_records(), width)))
    assert {"SANCTION", "CONSULT", "ASSAULT", "discontinue"} <= words


def test_a_narrow_terminal_leaves_out_the_least_useful_columns_first() -> None:
    header = _render(_records(), 40).splitlines()[0].split()
    assert header[:2] == ["type", "source"]
    assert "status" not in header


def test_the_table_counts_its_events() -> None:
    assert _render(_records(), 80).splitlines()[-1] == "3 events"


def test_the_clusters_table_shows_reports_documents_and_sources() -> None:
    text = " ".join(_render([full()], 200, "cluster").split())
    assert "5 reports, 4 docs, 3 sources" in text


def test_columns_are_at_least_as_wide_as_their_longest_word() -> None:
    widths = column_widths(["a", "b"], [["SANCTION x", "y"]], [2, 1], 30)
    assert widths[0] is not None
    assert widths[0] >= len("SANCTION")
