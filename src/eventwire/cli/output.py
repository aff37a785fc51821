"""Terminal output helpers: where events are written (file or stdout, in a registered format) and
progress bars (stderr, only on a terminal)."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any, TypeVar

import click
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
from rich.text import Text

from eventwire.formats import FORMATS, EventWriter, Unit, WriteOptions, get, open_writer

T = TypeVar("T")

FORMAT_HELP = "; ".join(f"{f.name}: {f.help}" for f in FORMATS.values())


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


def table_width(out: IO[Any]) -> int:
    """The terminal's width when writing to it, else 80 columns."""
    return shutil.get_terminal_size((80, 24)).columns if out.isatty() else 80


def _finish(partial: Path, output: Path, ok: bool) -> None:
    if ok:
        os.replace(partial, output)
    else:
        partial.unlink(missing_ok=True)


def event_writer(name: str, output: Path | None, stack: ExitStack, unit: Unit | None = None) -> EventWriter:
    """A writer of format ``name`` onto ``output`` (stdout when None), closed when ``stack`` closes.

    A file is written whole or not at all: into ``OUTPUT.partial``, renamed to ``output`` when ``stack`` closes
    without an error (a killed or failed run leaves the old file, if any, as it was)."""
    fmt = get(name)
    if output is not None:
        partial = output.with_name(output.name + ".partial")
        stack.push(lambda kind, error, trace: _finish(partial, output, kind is None))
        out: IO[Any] = stack.enter_context(
            partial.open("wb" if fmt.binary else "w", encoding=None if fmt.binary else "utf-8")
        )
    elif fmt.binary:
        if sys.stdout.isatty():
            raise click.UsageError(f"--format {name} writes binary data: give -o FILE or redirect stdout")
        out = sys.stdout.buffer
    else:
        out = sys.stdout
    options = WriteOptions(width=table_width(out), unit=unit or fmt.unit)
    writer = open_writer(name, out, options)
    stack.callback(writer.close)
    return writer
