"""One registry of formats: every output goes through it, and unknown names are refused by name."""

from __future__ import annotations

import io

import pytest

from eventwire.formats import FORMATS, FormatError, get, open_writer, read


def test_the_registry_has_every_export_format() -> None:
    assert set(FORMATS) == {"jsonl", "table", "csv", "parquet", "gdelt", "plover", "icews"}


def test_an_unknown_format_is_refused_listing_the_known_ones() -> None:
    with pytest.raises(FormatError, match="expected one of jsonl"):
        get("xml")


def test_a_format_that_drops_what_an_event_needs_cannot_be_imported() -> None:
    with pytest.raises(FormatError, match="cannot be imported"):
        list(read("gdelt", io.StringIO(""), "x.tsv"))


@pytest.mark.parametrize("name", [f.name for f in FORMATS.values() if not f.binary])
def test_every_text_format_writes_to_a_text_stream(name: str) -> None:
    from .records import all_records

    out = io.StringIO()
    writer = open_writer(name, out)
    for record in all_records():
        writer.write(record)
    writer.close()
    assert out.getvalue().endswith("\n")
