"""Reading documents from files: text decoded or refused with a clear error, JSONL read line by line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from eventwire.errors import BinaryDocument, EmptyDocument, EncodingError, UnreadableInput
from eventwire.ingest.files import decode_text, jsonl_items, looks_like_jsonl, read_whole


def test_utf8_text_is_decoded_without_its_byte_order_mark() -> None:
    assert decode_text("\ufeffTroops withdrew.".encode(), "a.txt") == "Troops withdrew."


def test_utf16_with_its_byte_order_mark_is_decoded() -> None:
    assert decode_text("Troops withdrew.".encode("utf-16"), "a.txt") == "Troops withdrew."


@pytest.mark.parametrize(
    ("data", "error"), [(b"  \n", EmptyDocument), (b"abc\x00def", BinaryDocument), (b"caf\xe9", EncodingError)]
)
def test_input_that_is_no_text_is_refused(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        decode_text(data, "a.txt")


def test_each_jsonl_line_is_a_document_and_a_bad_line_is_reported_alone() -> None:
    first, last = json.dumps({"id": "a", "text": "Talks began."}), json.dumps({"id": "c", "text": "Talks ended."})
    stream = io.BufferedReader(io.BytesIO("\n".join([first, "not json", last]).encode()))
    items = list(jsonl_items(stream, "docs.jsonl"))
    assert [i.document.id for i in items if i.document is not None] == ["a", "c"]
    assert [i.name for i in items if i.error is not None] == ["docs.jsonl:2"]


def test_jsonl_is_known_by_a_first_line_that_is_an_object_with_text() -> None:
    assert looks_like_jsonl(b'{"text": "Talks began."}')
    assert not looks_like_jsonl(b'{"title": "no text"}')
    assert not looks_like_jsonl(b"{not json")


def test_a_missing_file_is_refused_naming_it(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="cannot be read"):
        read_whole(tmp_path / "absent.txt")
