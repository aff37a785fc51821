"""Output, export and import formats: one registry of writers (and readers where the format allows).

Every command that writes events (``code``, ``events``, ``export``) goes through ``open_writer``; adding a
format is adding one module with ``open_writer`` (and optionally ``read``) and a line to ``FORMATS``.
This package is a leaf: it imports only the record model, errors and settings.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any, Literal, Protocol

from eventwire.errors import EventwireError
from eventwire.formats.records import ClusterInfo, DocInfo, EventRecord

__all__ = [
    "FORMATS",
    "ClusterInfo",
    "DocInfo",
    "EventRecord",
    "EventWriter",
    "Format",
    "FormatError",
    "Unit",
    "WriteOptions",
    "get",
    "open_writer",
    "read",
]

Unit = Literal["mention", "cluster"]


class FormatError(EventwireError):
    """An import file is not in the format it was given as (its name and line say where)."""

    code = "E110"


@dataclass(frozen=True, slots=True)
class WriteOptions:
    """How to write: the terminal width for tables, and whether rows are mentions or clusters."""

    width: int = 80
    unit: Unit = "mention"


class EventWriter(Protocol):
    """Writes records one by one; ``close`` finishes the output (a table is printed then)."""

    def write(self, record: EventRecord) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Format:
    """One format: its name, what it is, and where its writer (and reader) live."""

    name: str
    help: str
    suffix: str
    module: str
    binary: bool = False
    unit: Unit = "mention"
    importable: bool = False


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("jsonl", "event JSON of the schema, one a line", ".jsonl", "jsonl", importable=True),
        Format("table", "a readable table that fits the terminal", ".txt", "table"),
        Format("csv", "one row per event, flat typed columns", ".csv", "flat", importable=True),
        Format("parquet", "the CSV columns, typed, in Parquet", ".parquet", "flat", binary=True, importable=True),
        Format("gdelt", "GDELT 2.0 event table: 61 tab-separated columns", ".tsv", "gdelt", unit="cluster"),
        Format("plover", "PLOVER/POLECAT-style JSON, one a line", ".jsonl", "plover", importable=True),
        Format("icews", "ICEWS-style tab-separated event table", ".tsv", "icews"),
    )
}


def get(name: str) -> Format:
    """The format of this name; ``FormatError`` listing the known ones otherwise."""
    if name not in FORMATS:
        raise FormatError(f"unknown format {name!r}; expected one of {', '.join(FORMATS)}")
    return FORMATS[name]


def open_writer(name: str, out: IO[Any], options: WriteOptions | None = None) -> EventWriter:
    """A writer of this format onto ``out`` (binary for Parquet, text otherwise)."""
    fmt = get(name)
    module = importlib.import_module(f"eventwire.formats.{fmt.module}")
    writer: EventWriter = module.open_writer(out, options or WriteOptions(unit=fmt.unit), fmt.name)
    return writer


def read(name: str, stream: IO[Any], source: str) -> Iterator[EventRecord]:
    """Records read back from a file of this format (``source`` names it in errors)."""
    fmt = get(name)
    if not fmt.importable:
        raise FormatError(f"format {name!r} cannot be imported back (it drops what an event needs)")
    module = importlib.import_module(f"eventwire.formats.{fmt.module}")
    records: Iterator[EventRecord] = module.read(stream, source, fmt.name)
    return records
