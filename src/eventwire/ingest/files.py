"""Read plain-text and JSONL files (or stdin) into documents, rejecting bad input clearly."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from eventwire.errors import (
    BinaryDocument,
    DocumentTooLarge,
    EmptyDocument,
    EncodingError,
    InputError,
    MalformedDocument,
)
from eventwire.model import Document
from eventwire.settings import SETTINGS

log = logging.getLogger(__name__)

MAX_BYTES = int(SETTINGS["max_document_bytes"].default)


@dataclass(frozen=True, slots=True)
class ReadResult:
    """A document read from a source, or the error that kept it from being read."""

    name: str
    document: Document | None = None
    error: InputError | None = None


def decode_text(data: bytes, name: str, max_bytes: int | None = MAX_BYTES) -> str:
    """Bytes to text: refuses empty, binary, oversized and non-UTF-8 input with a clear error.

    ``max_bytes=None`` lifts the size limit, for collections (JSONL, CSV) whose documents are checked one by one.
    """
    if max_bytes is not None and len(data) > max_bytes:
        raise DocumentTooLarge(f"is {len(data):,} bytes, over the {max_bytes:,}-byte limit; split it", doc_id=name)
    if not data.strip():
        raise EmptyDocument("is empty; nothing to code", doc_id=name)
    if b"\x00" in data[:8192]:
        raise BinaryDocument("looks binary (NUL bytes); give plain text or JSONL", doc_id=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(f"is not valid UTF-8 (byte {exc.start}); re-encode it as UTF-8", doc_id=name) from exc
    if _control_ratio(text) > 0.1:
        raise BinaryDocument("is mostly control characters; give plain text or JSONL", doc_id=name)
    return text


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / max(1, len(sample))


def read_jsonl(data: bytes, name: str) -> Iterator[ReadResult]:
    """One ``Document`` per JSON line; a bad line is reported and the rest are still read."""
    try:
        text = decode_text(data, name)
    except InputError as exc:
        yield ReadResult(name, error=exc)
        return
    yield from jsonl_documents(text, name)


def jsonl_documents(text: str, name: str) -> Iterator[ReadResult]:
    """One ``Document`` per JSON line of already decoded text; each line is checked on its own."""
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        if len(line) > MAX_BYTES:
            yield ReadResult(where, error=DocumentTooLarge(f"is over the {MAX_BYTES:,}-byte limit", doc_id=where))
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("a line must be a JSON object")
            doc = Document.from_json(obj)
        except ValueError as exc:
            yield ReadResult(where, error=MalformedDocument(f"is not a valid document: {exc}", doc_id=where))
            continue
        if not doc.text.strip():
            yield ReadResult(doc.id, error=EmptyDocument("has empty text; nothing to code", doc_id=doc.id))
            continue
        yield ReadResult(doc.id, document=doc)


def read_text(data: bytes, name: str, published: date | None = None) -> ReadResult:
    """A plain-text file as one document whose id is its file name."""
    try:
        text = decode_text(data, name)
    except InputError as exc:
        return ReadResult(name, error=exc)
    doc_id = Path(name).stem if name != "<stdin>" else "stdin"
    return ReadResult(name, document=Document(id=doc_id, text=text, published=published))


def is_jsonl(name: str, data: bytes) -> bool:
    """JSONL by extension, or by content when the first line is a JSON object with text."""
    if name.endswith((".jsonl", ".ndjson")):
        return True
    first = data.lstrip()[:1]
    if first != b"{":
        return False
    try:
        obj = json.loads(data.split(b"\n", 1)[0])
    except ValueError:
        return False
    return isinstance(obj, dict) and "text" in obj


def read_source(path: Path | None, published: date | None = None, data: bytes | None = None) -> Iterator[ReadResult]:
    """Documents from one file (or stdin when ``path`` is None and ``data`` is given)."""
    name = str(path) if path is not None else "<stdin>"
    if data is None:
        assert path is not None
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield ReadResult(name, error=InputError(f"cannot be read: {exc.strerror}", doc_id=name))
            return
    if is_jsonl(name, data):
        yield from read_jsonl(data, name)
    else:
        yield read_text(data, name, published)
