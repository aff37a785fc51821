"""Reading documents from files: text files, JSONL lines, and the inputs refused with a clear error."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import BinaryDocument, DocumentTooLarge, EmptyDocument, EncodingError
from eventwire.ingest.files import decode_text, is_jsonl, read_jsonl, read_source, read_text


def test_utf8_text_is_decoded_without_its_byte_order_mark() -> None:
    assert decode_text("\ufeffTroops withdrew.".encode(), "a.txt") == "Troops withdrew."


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"  \n", EmptyDocument),
        (b"abc\x00def", BinaryDocument),
        (b"caf\xe9", EncodingError),
        (b"x" * 11, DocumentTooLarge),
    ],
)
def test_input_that_is_no_text_is_refused(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        decode_text(data, "a.txt", max_bytes=10)


def test_a_text_file_is_one_document_named_after_the_file() -> None:
    result = read_text(b"Police arrested ten protesters.", "news/kisumu.txt", date(2023, 3, 6))
    assert result.document is not None
    assert result.document.id == "kisumu"
    assert result.document.published == date(2023, 3, 6)


def test_each_jsonl_line_is_a_document_and_a_bad_line_is_reported_alone() -> None:
    lines = [
        json.dumps({"id": "a", "text": "Talks began."}),
        "not json",
        json.dumps({"id": "c", "text": "Talks ended."}),
    ]
    results = list(read_jsonl("\n".join(lines).encode(), "docs.jsonl"))
    assert [r.document.id for r in results if r.document is not None] == ["a", "c"]
    assert [r.name for r in results if r.error is not None] == ["docs.jsonl:2"]


def test_jsonl_is_known_by_suffix_or_a_first_line_with_text() -> None:
    assert is_jsonl("docs.jsonl", b"")
    assert is_jsonl("docs.txt", b'{"text": "Talks began."}\n')
    assert not is_jsonl("docs.txt", b"{not json")


def test_a_missing_file_is_an_error_naming_it(tmp_path: Path) -> None:
    (result,) = read_source(tmp_path / "absent.txt")
    assert result.error is not None
    assert "cannot be read" in str(result.error)
