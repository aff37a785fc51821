"""Terminal output helpers: event tables and progress bars (stderr, only on a terminal)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import IO, TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from eventwire.model import Actor, Document, Event

T = TypeVar("T")


def progress(items: Iterable[T], total: int | None, label: str) -> Iterator[T]:
    """Yield ``items``, showing on stderr (when it is a terminal) how many are done, the rate per second, the time
    taken and, when ``total`` is known, a bar and the time left."""
    if not sys.stderr.isatty():
        yield from items
        return
    with Progress(*progress_columns(total is not None), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        for item in items:
            yield item
            bar.advance(task)


class RateColumn(ProgressColumn):
    """Items per second, over the last moments."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("-/s" if speed is None else f"{speed:,.1f}/s")


def progress_columns(bounded: bool) -> list[ProgressColumn]:
    """Label, count, rate and elapsed time; with a known total also a bar and the time left."""
    columns: list[ProgressColumn] = [TextColumn("{task.description}")]
    if bounded:
        columns += [BarColumn(), MofNCompleteColumn()]
    else:
        columns.append(TextColumn("{task.completed:,.0f}"))
    columns += [RateColumn(), TimeElapsedColumn()]
    if bounded:
        columns.append(TimeRemainingColumn())
    return columns


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    codes = "/".join(c for c in (actor.country, actor.sector) if c)
    return f"{actor.text} [{codes}]" if codes else actor.text


class EventTable:
    """Collects events and prints them as one readable table."""

    def __init__(self) -> None:
        self.table = Table(show_lines=False, expand=False)
        for column in ("doc", "type", "mode", "source", "target", "date", "place", "status", "trigger"):
            self.table.add_column(column, overflow="fold")
        self.count = 0

    def add(self, document: Document, events: list[Event]) -> None:
        for e in events:
            self.count += 1
            when = "-"
            if e.date is not None:
                when = e.date.start.isoformat() if e.date.start == e.date.end else f"{e.date.start}..{e.date.end}"
            self.table.add_row(
                document.id,
                e.type,
                e.mode or "-",
                _actor(e.source),
                _actor(e.target),
                when,
                e.location.name if e.location else "-",
                e.status,
                e.evidence.trigger,
            )

    def print(self, out: IO[str]) -> None:
        console = Console(file=out, width=200 if not out.isatty() else None)
        console.print(self.table)
        console.print(f"{self.count} events")
