"""Read files (or stdin) into documents under one size policy, refusing bad input by name.

The policy, the same for ``ingest`` and ``code``:

- a document's text may hold at most ``max_document_chars`` characters (the parser's limit); a longer one is
  refused with E105 naming it (``path``, ``path:line`` or ``path[i]``);
- a file read whole (text, Markdown, HTML, JSON, a feed) may hold at most ``max_file_bytes`` bytes;
- JSONL and CSV files are streamed line by line and row by row, so they may be of any size.
"""

from __future__ import annotations

import codecs
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from eventwire.errors import (
    BinaryDocument,
    DocumentTooLarge,
    EmptyDocument,
    EncodingError,
    EventwireError,
    InputError,
    MalformedDocument,
    UnreadableInput,
)
from eventwire.model import Document
from eventwire.settings import SETTINGS

log = logging.getLogger(__name__)

MAX_FILE_BYTES = int(SETTINGS["max_file_bytes"].default)
MAX_CHARS = int(SETTINGS["max_document_chars"].default)
# A JSONL line holds one document: its text (at most MAX_CHARS characters, up to 6 bytes each when escaped as
# \uXXXX) and its metadata. A longer line is refused without being held in memory whole.
MAX_LINE_BYTES = 6 * MAX_CHARS + 65_536
SNIFF_BYTES = 8192
# UTF-32 first: its little-endian mark begins with UTF-16's.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Item:
    """What one input gave: a document, the error that refused it, a note that it is already stored
    (``known``), or the reason it was passed over without being read (``skipped``). ``verbatim`` marks a
    document whose text a record gave as it is (JSON, JSONL, CSV), not cleaned of page debris by ``code``.
    ``aliases`` are the other ids the document's source gives it (a file's path as given, a page's fetched URL),
    tried in order when its id already names another text (``ingest.identity``); ``note`` says when the
    document took one of them."""

    name: str
    document: Document | None = None
    error: EventwireError | None = None
    known: bool = False
    skipped: str | None = None
    verbatim: bool = False
    aliases: tuple[str, ...] = ()
    note: str | None = None


def check_size(text: str, where: str) -> str:
    """``text`` when it is within the per-document limit; DocumentTooLarge naming ``where`` otherwise."""
    if len(text) > MAX_CHARS:
        raise DocumentTooLarge(
            f"has {len(text):,} characters, over the {MAX_CHARS:,}-character limit for one document; split it",
            doc_id=where,
        )
    return text


def read_whole(path: Path) -> bytes:
    """The bytes of a file read whole, refused unread when it is over ``max_file_bytes``."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DocumentTooLarge(
                f"is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit for a file read whole; "
                "split it, or give its documents as JSONL (streamed, any size)",
                doc_id=name,
            )
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(f"cannot be read: {exc.strerror or exc}", doc_id=name) from exc


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``head`` announces (UTF-8, UTF-16 or UTF-32), else None."""
    return next((encoding for bom, encoding in _BOMS if head.startswith(bom)), None)


def decode_text(data: bytes, name: str) -> str:
    """Bytes to text: UTF-8, or UTF-16/32 with a byte-order mark; refuses empty, binary and mis-encoded input."""
    encoding = bom_encoding(data[:4])
    if not data.strip():
        raise EmptyDocument("is empty; nothing to code", doc_id=name)
    if encoding is None and b"\x00" in data[:SNIFF_BYTES]:
        raise BinaryDocument("looks binary (NUL bytes); give plain text, HTML, CSV or JSONL", doc_id=name)
    try:
        text = data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"is not valid {encoding or 'UTF-8'} (byte {exc.start}); re-encode it as UTF-8", doc_id=name
        ) from exc
    if control_ratio(text) > 0.1:
        raise BinaryDocument("is mostly control characters; give plain text, HTML, CSV or JSONL", doc_id=name)
    if not text.strip():
        raise EmptyDocument("is empty; nothing to code", doc_id=name)
    return text


def control_ratio(text: str) -> float:
    """Share of control characters (other than line breaks and tabs) in the first 8,192 characters."""
    sample = text[:SNIFF_BYTES]
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0x7F <= ord(ch) < 0xA0)
    return controls / max(1, len(sample))


def text_lines(stream: IO[bytes], name: str) -> Iterator[tuple[int, str | EventwireError]]:
    """(line number, decoded line or the error of that line) of a streamed file; blank lines are left out.

    UTF-8 lines are decoded one by one, so a bad byte costs one line; a UTF-16/32 file (with its byte-order
    mark) is decoded as a stream. A line over MAX_LINE_BYTES is refused without being held whole.
    """
    head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES] if hasattr(stream, "peek") else b""
    encoding = bom_encoding(head)
    if encoding is None and b"\x00" in head:
        yield 0, BinaryDocument("looks binary (NUL bytes); give UTF-8 JSONL or CSV", doc_id=name)
        return
    if encoding in ("utf-16", "utf-32"):
        yield from _wide_lines(stream, encoding, name)
        return
    for lineno, raw in enumerate(_bounded_lines(stream), start=1):
        where = f"{name}:{lineno}"
        if raw is None:
            yield lineno, DocumentTooLarge(f"is a line over the {MAX_LINE_BYTES:,}-byte limit", doc_id=where)
            continue
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield lineno, EncodingError(f"is not valid UTF-8 (byte {exc.start}); re-encode it", doc_id=where)
            continue
        if line.strip():
            yield lineno, line


def _bounded_lines(stream: IO[bytes]) -> Iterator[bytes | None]:
    """Lines of ``stream``; None stands for a line longer than MAX_LINE_BYTES, which is skipped unread."""
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) <= MAX_LINE_BYTES or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = stream.readline(1 << 20)
        yield None


def _wide_lines(stream: IO[bytes], encoding: str, name: str) -> Iterator[tuple[int, str | EventwireError]]:
    reader = codecs.getreader(encoding)(stream, "strict")
    lineno = 0
    try:
        while True:
            line = reader.readline(MAX_LINE_BYTES // 2)
            if not line:
                return
            lineno += 1
            if line.strip():
                yield lineno, line
    except UnicodeDecodeError as exc:
        where = f"{name}:{lineno + 1}"
        yield lineno + 1, EncodingError(f"is not valid {encoding} ({exc.reason}); the rest is not read", doc_id=where)


def jsonl_items(stream: IO[bytes], name: str) -> Iterator[Item]:
    """One item per JSONL line, streamed: a document, or the error of that line (path:line); the rest go on."""
    seen = False
    for lineno, line in text_lines(stream, name):
        seen = True
        where = f"{name}:{lineno}" if lineno else name
        if isinstance(line, EventwireError):
            yield Item(where, error=line)
            continue
        yield jsonl_item(line, where)
    if not seen:
        yield Item(name, error=EmptyDocument("is empty; nothing to code", doc_id=name))


def jsonl_item(line: str, where: str) -> Item:
    """The document of one JSONL line (its text within the size limit), or the error naming ``where``."""
    try:
        obj = json.loads(line)
        if not isinstance(obj, dict):
            raise ValueError("a line must be a JSON object")
        doc = Document.from_json(obj)
    except (ValueError, RecursionError) as exc:
        return Item(where, error=MalformedDocument(f"is not a valid document: {_short(exc)}", doc_id=where))
    if not doc.text.strip():
        return Item(where, error=EmptyDocument(f"document {doc.id!r} has empty text; nothing to code", doc_id=where))
    try:
        check_size(doc.text, where)
    except InputError as exc:
        return Item(where, error=exc)
    return Item(where, document=doc, verbatim=True)


def _short(exc: BaseException, limit: int = 200) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= limit else text[:limit] + "..."


def looks_like_jsonl(first_line: bytes) -> bool:
    """True when a first line is a JSON object with a text: how stdin is told to be JSONL."""
    if not first_line.lstrip().startswith((b"{", codecs.BOM_UTF8 + b"{")):
        return False
    try:
        obj = json.loads(first_line.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return False
    return isinstance(obj, dict) and "text" in obj
