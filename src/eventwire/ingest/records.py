"""Documents from records: JSON objects and CSV rows (streamed), each refused on its own by name."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import logging
from collections.abc import Iterator
from typing import IO, Any

from eventwire.errors import BinaryDocument, DocumentTooLarge, EmptyDocument, EncodingError, MalformedDocument
from eventwire.ingest.files import MAX_CHARS, SNIFF_BYTES, Item, bom_encoding, decode_text
from eventwire.model import Document, check_country, parse_published

log = logging.getLogger(__name__)

TEXT_COLUMNS = ("text", "body", "content")
KNOWN_KEYS = frozenset({"id", "title", "published", "date", "url", "link", "source", "country"})
# The csv module refuses fields over 131,072 characters by default; a document may hold up to MAX_CHARS.
# (The limit is process-wide; it is only ever raised, never lowered.)
csv.field_size_limit(max(csv.field_size_limit(), MAX_CHARS + 1))


def hashed_id(text: str) -> str:
    """A stable id for a document that has neither an id nor a URL."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def date_of(value: Any) -> Any:
    """A publication date read leniently: None when it cannot be read."""
    try:
        return parse_published(value)
    except (ValueError, TypeError):
        log.debug("ignoring unreadable date %r", value)
        return None


def _optional_text(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise MalformedDocument(f"has a {type(value).__name__} in {key!r}; it must be text", doc_id=where)
    return str(value)


def record_document(obj: dict[str, Any], text_key: str, where: str) -> Document:
    """A document from a JSON object or CSV row: id given, else URL, else a hash of the text."""
    raw = obj.get(text_key)
    if raw is not None and not isinstance(raw, str):
        raise MalformedDocument(f"has a {type(raw).__name__} in {text_key!r}; it must be text", doc_id=where)
    text = raw or ""
    if not text.strip():
        raise MalformedDocument(f"has no text in {text_key!r}", doc_id=where)
    url = _optional_text(obj, "url", where) or _optional_text(obj, "link", where)
    doc_id = _optional_text(obj, "id", where) or url or hashed_id(text)
    return Document(
        id=doc_id,
        text=text,
        title=_optional_text(obj, "title", where),
        published=date_of(obj.get("published") or obj.get("date")),
        url=url,
        source=_optional_text(obj, "source", where) or where.rsplit(":", 1)[0].split("[", 1)[0],
        meta={k: v for k, v in obj.items() if k not in KNOWN_KEYS and k != text_key and v not in (None, "")},
        country=_country(obj, where),
    )


def _country(obj: dict[str, Any], where: str) -> str | None:
    """The document's home country (``country``: ISO3), checked."""
    try:
        return check_country(obj.get("country"))
    except ValueError as exc:
        raise MalformedDocument(f"has {exc}", doc_id=where) from exc


def read_json(data: bytes, name: str) -> Iterator[Item]:
    """A JSON document, a list of them, or {"documents": [...]}."""
    try:
        payload = json.loads(decode_text(data, name))
    except (ValueError, RecursionError) as exc:
        yield Item(name, error=MalformedDocument(f"is not valid JSON: {str(exc)[:200]}", doc_id=name))
        return
    if isinstance(payload, dict):
        payload = payload.get("documents", [payload])
    if not isinstance(payload, list):
        yield Item(name, error=MalformedDocument("must hold a document object or a list of them", doc_id=name))
        return
    for i, obj in enumerate(payload):
        where = f"{name}[{i}]"
        try:
            if not isinstance(obj, dict):
                raise MalformedDocument("is not a JSON object", doc_id=where)
            document = record_document(obj, _text_key(list(obj), None, where), where)
            yield Item(where, document=document, verbatim=True)
        except MalformedDocument as exc:
            yield Item(where, error=exc)


def read_csv(data: bytes, name: str, text_column: str | None = None) -> Iterator[Item]:
    """The rows of CSV bytes (see ``csv_items``)."""
    return csv_items(io.BufferedReader(io.BytesIO(data)), name, text_column)  # type: ignore[arg-type]


def csv_items(stream: IO[bytes], name: str, text_column: str | None = None) -> Iterator[Item]:
    """One document per CSV row, streamed; the text column is ``text_column`` or the first of text/body/content.

    A bad row is refused by ``path:line`` and the others go on; a mis-encoded or malformed file stops where
    it goes wrong, with what came before kept.
    """
    head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES] if hasattr(stream, "peek") else b""
    encoding = bom_encoding(head) or "utf-8-sig"
    if not head.strip():
        yield Item(name, error=EmptyDocument("is empty; nothing to code", doc_id=name))
        return
    if encoding == "utf-8-sig" and b"\x00" in head:
        yield Item(name, error=BinaryDocument("looks binary (NUL bytes); give a UTF-8 CSV file", doc_id=name))
        return
    text = io.TextIOWrapper(stream, encoding=encoding, errors="strict", newline="")  # type: ignore[type-var]
    rows = csv.reader(text)
    try:
        yield from _rows(rows, name, text_column)
    except UnicodeDecodeError as exc:
        where = f"{name}:{rows.line_num + 1}"
        message = f"is not valid {codecs.lookup(encoding).name} near here ({exc.reason}); the rest is not read"
        yield Item(where, error=EncodingError(message, doc_id=where))
    except csv.Error as exc:
        where = f"{name}:{rows.line_num}"
        error_type = DocumentTooLarge if "field larger" in str(exc) else MalformedDocument
        yield Item(where, error=error_type(f"is not readable CSV ({exc}); the rest is not read", doc_id=where))
    finally:
        text.detach()


def _rows(rows: Any, name: str, text_column: str | None) -> Iterator[Item]:
    header = next(rows, None)
    if header is None:
        yield Item(name, error=EmptyDocument("is empty; nothing to code", doc_id=name))
        return
    columns = [c.strip().lower() for c in header]
    try:
        key = _text_key(columns, text_column, name).strip().lower()
    except MalformedDocument as exc:
        yield Item(name, error=exc)
        return
    start = rows.line_num + 1
    for row in rows:
        where = f"{name}:{start}"
        start = rows.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        fields = {c: v for c, v in zip(columns, row, strict=False) if c}
        try:
            yield Item(where, document=record_document(fields, key, where), verbatim=True)
        except MalformedDocument as exc:
            yield Item(where, error=exc)


def _text_key(columns: list[str], wanted: str | None, name: str) -> str:
    if wanted is not None:
        if wanted.strip().lower() not in {c.strip().lower() for c in columns}:
            raise MalformedDocument(f"has no column {wanted!r} (columns: {', '.join(columns)})", doc_id=name)
        return wanted
    by_lower = {c.strip().lower(): c for c in columns}
    for candidate in TEXT_COLUMNS:
        if candidate in by_lower:
            return by_lower[candidate]
    raise MalformedDocument(
        f"has no text column ({'/'.join(TEXT_COLUMNS)}); name one with --text-column (columns: {', '.join(columns)})",
        doc_id=name,
    )
