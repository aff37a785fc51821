"""Terminal output helpers: event tables and progress bars (stderr, only on a terminal)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import IO, TypeVar

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from eventwire.model import Actor, Document, Event

T = TypeVar("T")


def progress(items: Iterable[T], total: int | None, label: str) -> Iterator[T]:
    """Yield ``items``, showing a progress bar on stderr when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield from items
        return
    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        for item in items:
            yield item
            bar.advance(task)


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
