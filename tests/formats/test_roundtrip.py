"""Formats that can be read back give back the same events (and write the same bytes again)."""

from __future__ import annotations

import io
from typing import Any

import pytest

from eventwire.formats import FormatError, open_writer, read
from eventwire.formats.records import EventRecord

from .records import all_records

IMPORTABLE = ["jsonl", "csv", "parquet", "plover"]


def _write(name: str, records: list[EventRecord]) -> bytes:
    binary = name == "parquet"
    out: Any = io.BytesIO() if binary else io.StringIO()
    writer = open_writer(name, out)
    for record in records:
        writer.write(record)
    writer.close()
    data: bytes = out.getvalue() if binary else out.getvalue().encode("utf-8")
    return data


def _read(name: str, data: bytes) -> list[EventRecord]:
    stream: Any = io.BytesIO(data) if name == "parquet" else io.StringIO(data.decode("utf-8"))
    return list(read(name, stream, f"test.{name}"))


@pytest.mark.parametrize("name", IMPORTABLE)
def test_events_read_back_equal_the_events_written(name: str) -> None:
    records = all_records()
    back = _read(name, _write(name, records))
    assert [r.event.to_json() for r in back] == [r.event.to_json() for r in records]


@pytest.mark.parametrize("name", ["csv", "parquet", "plover"])
def test_the_document_is_read_back_where_the_format_carries_it(name: str) -> None:
    [full, _] = _read(name, _write(name, all_records()))
    written = all_records()[0].document
    assert full.document is not None
    assert written is not None
    assert (full.document.published, full.document.url, full.document.source) == (
        written.published,
        "https://news.example/xi",
        "Example Wire",
    )


@pytest.mark.parametrize("name", IMPORTABLE)
def test_writing_what_was_read_gives_the_same_bytes(name: str) -> None:
    first = _write(name, [EventRecord(r.event, r.document) for r in all_records()])
    again = _write(name, _read(name, first))
    assert again == first


@pytest.mark.parametrize(("name", "text"), [("jsonl", '{"type": "ASSAULT"}\n'), ("plover", "[1, 2]\n")])
def test_a_line_that_is_not_an_event_is_named_by_file_and_line(name: str, text: str) -> None:
    with pytest.raises(FormatError, match=rf"test\.{name}:1"):
        _read(name, text.encode())


def test_a_csv_of_something_else_is_refused() -> None:
    with pytest.raises(FormatError, match="not an eventwire CSV"):
        _read("csv", b"name,age\nAda,36\n")
