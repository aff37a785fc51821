"""A readable table that fits the terminal (80 columns when not a terminal) and never splits a word.

Each column is at least as wide as its longest word; when even that does not fit, the least useful
columns are left out (status first, then the document, then the place). Cells wrap between words.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from rich import box
from rich.console import Console
from rich.table import Table

from eventwire.formats import WriteOptions
from eventwire.formats.records import EventRecord
from eventwire.model import Actor

SEPARATOR = 3  # characters between two columns
LONGEST_WORD = 24  # a longer word (a long id) is cut with an ellipsis rather than widening its column


@dataclass(frozen=True, slots=True)
class _Column:
    header: str
    cell: Callable[[EventRecord], str]
    keep: int  # higher is kept longer when the terminal is narrow


def actor_cell(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    codes = "/".join(c for c in (actor.country, actor.sector) if c)
    name = actor.name or actor.text
    return f"{name} [{codes}]" if codes else name


def _type(r: EventRecord) -> str:
    return f"{r.event.type} {r.event.mode}" if r.event.mode else r.event.type


def _date(r: EventRecord) -> str:
    when = r.event.date
    if when is None:
        return "-"
    return when.start.isoformat() if when.start == when.end else f"{when.start} to {when.end}"


def _reports(r: EventRecord) -> str:
    c = r.cluster
    if c is None:
        return "1 report"
    return f"{_count(c.mentions, 'report')}, {_count(c.documents, 'doc')}, {_count(c.sources, 'source')}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


MENTION_COLUMNS = (
    _Column("doc", lambda r: r.event.doc_id, 2),
    _Column("type", _type, 9),
    _Column("source", lambda r: actor_cell(r.event.source), 8),
    _Column("target", lambda r: actor_cell(r.event.target), 7),
    _Column("date", _date, 6),
    _Column("place", lambda r: r.event.location.name if r.event.location else "-", 3),
    _Column("status", lambda r: r.event.status, 1),
)
CLUSTER_COLUMNS = (
    _Column("event", lambda r: r.cluster.id if r.cluster else r.event.id, 1),
    _Column("type", _type, 9),
    _Column("source", lambda r: actor_cell(r.event.source), 8),
    _Column("target", lambda r: actor_cell(r.event.target), 7),
    _Column("date", _date, 6),
    _Column("place", lambda r: r.event.location.name if r.event.location else "-", 3),
    _Column("reports", _reports, 5),
)


def _longest_word(texts: list[str]) -> int:
    return max((len(word) for text in texts for word in text.split()), default=1)


def column_widths(header: list[str], rows: list[list[str]], keep: list[int], width: int) -> list[int | None]:
    """Each column's width (None: left out) so the whole table fits ``width`` without splitting words."""
    cells = [[header[i], *(row[i] for row in rows)] for i in range(len(header))]
    least = [min(_longest_word(c), LONGEST_WORD) for c in cells]
    natural = [
        max(max(len(line) for text in c for line in text.splitlines() or [""]), least[i]) for i, c in enumerate(cells)
    ]
    shown = list(range(len(header)))
    while len(shown) > 1 and sum(least[i] for i in shown) + SEPARATOR * (len(shown) - 1) > width:
        shown.remove(min(shown, key=lambda i: keep[i]))
    widths: list[int | None] = [None] * len(header)
    for i in shown:
        widths[i] = least[i]
    spare = width - sum(least[i] for i in shown) - SEPARATOR * (len(shown) - 1)
    while spare > 0:
        wanting = [i for i in shown if (widths[i] or 0) < natural[i]]
        if not wanting:
            break
        for i in wanting:
            if spare == 0:
                break
            widths[i] = (widths[i] or 0) + 1
            spare -= 1
    return widths


class TableWriter:
    """Collects records and prints them as one table when closed."""

    def __init__(self, out: IO[str], options: WriteOptions) -> None:
        self.out = out
        self.options = options
        self.columns = CLUSTER_COLUMNS if options.unit == "cluster" else MENTION_COLUMNS
        self.rows: list[list[str]] = []

    def write(self, record: EventRecord) -> None:
        self.rows.append([c.cell(record) for c in self.columns])

    def render(self) -> str:
        """The table (and a count line) as text."""
        header = [c.header for c in self.columns]
        widths = column_widths(header, self.rows, [c.keep for c in self.columns], self.options.width)
        table = Table(box=box.SIMPLE, padding=(0, 1), pad_edge=False, show_edge=False)
        shown = [i for i, w in enumerate(widths) if w is not None]
        for i in shown:
            table.add_column(header[i], width=widths[i], overflow="ellipsis")
        for row in self.rows:
            table.add_row(*(row[i] for i in shown))
        console = Console(width=self.options.width, record=True, file=io.StringIO(), color_system=None)
        console.print(table)
        count = len(self.rows)
        console.print(f"{count} event{'' if count == 1 else 's'}")
        return "".join(line.rstrip() + "\n" for line in console.export_text().splitlines())

    def close(self) -> None:
        self.out.write(self.render())
        self.out.flush()


def open_writer(out: IO[Any], options: WriteOptions, name: str) -> TableWriter:
    return TableWriter(out, options)
