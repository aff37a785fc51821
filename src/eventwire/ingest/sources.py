"""Turn ingest SOURCE arguments (files, folders, URLs, feeds) into documents, one ``Item`` at a time."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError, InputError, MalformedDocument
from eventwire.ingest.clean import doubled_title
from eventwire.ingest.feeds import FeedEntry, looks_like_feed, parse_feed
from eventwire.ingest.fetch import Fetcher
from eventwire.ingest.files import decode_text, jsonl_documents
from eventwire.ingest.html import extract_page
from eventwire.model import Document, parse_published

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
FEED_FILE_SUFFIXES = (".rss", ".atom", ".xml")
INGEST_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".json", ".jsonl", ".ndjson", ".csv", *FEED_FILE_SUFFIXES)
TEXT_COLUMNS = ("text", "body", "content")


@dataclass(frozen=True, slots=True)
class Item:
    """One document read from a source, or the error met, or a note that it is already stored."""

    name: str
    document: Document | None = None
    error: EventwireError | None = None
    known: bool = False


@dataclass
class SourceReader:
    """Reads sources with one fetcher; ``seen(url)`` lets feeds skip entries stored in earlier runs."""

    fetcher: Fetcher
    recursive: bool = False
    text_column: str | None = None
    seen: Callable[[str], bool] = field(default=lambda url: False)

    def read(self, source: str) -> Iterator[Item]:
        """Every item of one SOURCE argument; errors become items, never exceptions."""
        try:
            if is_url(source):
                yield from self._read_url(source)
                return
            path = Path(source)
            if path.is_dir():
                yield from self._read_folder(path)
            elif path.exists():
                yield from self._read_file(path, path.stem)
            else:
                yield Item(source, error=InputError("does not exist: give a file, folder or URL", doc_id=source))
        except EventwireError as exc:
            yield Item(source, error=exc)

    def _read_folder(self, root: Path) -> Iterator[Item]:
        pattern = "**/*" if self.recursive else "*"
        for path in sorted(root.glob(pattern)):
            if path.is_file() and path.suffix.lower() in INGEST_SUFFIXES:
                doc_id = path.relative_to(root).with_suffix("").as_posix()
                try:
                    yield from self._read_file(path, doc_id)
                except EventwireError as exc:
                    yield Item(str(path), error=exc)

    def _read_file(self, path: Path, doc_id: str) -> Iterator[Item]:
        name = str(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield Item(name, error=InputError(f"cannot be read: {exc.strerror}", doc_id=name))
            return
        suffix = path.suffix.lower()
        if suffix in (".jsonl", ".ndjson"):
            results = jsonl_documents(decode_text(data, name, max_bytes=None), name)
            yield from (Item(r.name, r.document, r.error) for r in results)
        elif suffix == ".json":
            yield from read_json(data, name)
        elif suffix == ".csv":
            yield from read_csv(data, name, self.text_column)
        elif suffix in HTML_SUFFIXES:
            yield Item(name, document=page_document(data, None, fallback_id=doc_id, source=name))
        elif suffix in FEED_FILE_SUFFIXES or looks_like_feed(data[:2000], name=name):
            yield from self._read_feed(data, name)
        else:
            yield Item(name, document=text_document(data, name, doc_id))

    def _read_url(self, url: str) -> Iterator[Item]:
        fetched = self.fetcher.fetch(url)
        if looks_like_feed(fetched.content, fetched.content_type, fetched.url):
            yield from self._read_feed(fetched.content, url)
        else:
            yield Item(url, document=page_document(fetched.content, fetched.url, fallback_id=fetched.url))

    def _read_feed(self, data: bytes, name: str) -> Iterator[Item]:
        feed_title, entries = parse_feed(data, name)
        for entry in entries:
            where = entry.link or entry.guid or name
            try:
                yield self._read_entry(entry, feed_title or name)
            except EventwireError as exc:
                yield Item(where, error=exc)

    def _read_entry(self, entry: FeedEntry, feed: str) -> Item:
        key = entry.link or entry.guid
        if key and self.seen(key):
            return Item(key, known=True)
        meta = {"feed": feed, "author": entry.author, "guid": entry.guid}
        if entry.content is not None:
            doc_id = key or hashed_id(entry.content)
            doc = Document(doc_id, entry.content, entry.title, _date(entry.published), entry.link, feed, meta)
            return Item(doc_id, document=doc)
        if entry.link is None:
            raise MalformedDocument("feed entry has neither content nor a link", doc_id=key or feed)
        fetched = self.fetcher.fetch(entry.link)
        doc = page_document(fetched.content, fetched.url, fallback_id=entry.link, source=feed)
        doc = replace(doc, id=entry.link, title=doc.title or entry.title, meta=meta | doc.meta)
        if doc.published is None:
            doc = replace(doc, published=_date(entry.published))
        return Item(entry.link, document=doc)


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def hashed_id(text: str) -> str:
    """A stable id for a document that has neither an id nor a URL."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def _date(value: Any) -> Any:
    try:
        return parse_published(value)
    except ValueError:
        log.debug("ignoring unreadable date %r", value)
        return None


def text_document(data: bytes, name: str, doc_id: str) -> Document:
    """A plain-text or Markdown file; a headline pasted twice at the top becomes the title."""
    text = decode_text(data, name)
    return Document(doc_id, text, title=doubled_title(text), source=name)


def page_document(data: bytes, url: str | None, fallback_id: str, source: str | None = None) -> Document:
    """An HTML page as a document: id is the canonical URL when the page names one."""
    page = extract_page(data, url)
    meta = {"author": page.author, "canonical_url": page.canonical_url, "fetched_url": url}
    doc_id = page.canonical_url or fallback_id
    return Document(
        id=doc_id,
        text=page.text,
        title=page.title,
        published=_date(page.published),
        url=page.canonical_url or url,
        source=page.sitename or source,
        meta={k: v for k, v in meta.items() if v},
    )


def record_document(obj: dict[str, Any], text_key: str, name: str) -> Document:
    """A document from a JSON object or CSV row: id given, else URL, else a hash of the text."""
    text = str(obj.get(text_key) or "")
    if not text.strip():
        raise MalformedDocument(f"has no text in {text_key!r}", doc_id=name)
    url = obj.get("url") or obj.get("link") or None
    doc_id = str(obj.get("id") or url or hashed_id(text))
    known = {"id", text_key, "title", "published", "date", "url", "link", "source"}
    return Document(
        id=doc_id,
        text=text,
        title=obj.get("title") or None,
        published=_date(obj.get("published") or obj.get("date")),
        url=url,
        source=obj.get("source") or name,
        meta={k: v for k, v in obj.items() if k not in known and v not in (None, "")},
    )


def read_json(data: bytes, name: str) -> Iterator[Item]:
    """A JSON document, a list of them, or {"documents": [...]}."""
    try:
        payload = json.loads(decode_text(data, name, max_bytes=None))
    except ValueError as exc:
        yield Item(name, error=MalformedDocument(f"is not valid JSON: {exc}", doc_id=name))
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
            yield Item(where, document=record_document(obj, _text_key(list(obj), None, where), where))
        except EventwireError as exc:
            yield Item(where, error=exc)


def read_csv(data: bytes, name: str, text_column: str | None = None) -> Iterator[Item]:
    """One document per CSV row; the text column is ``text_column`` or the first of text/body/content."""
    rows = csv.DictReader(io.StringIO(decode_text(data, name, max_bytes=None), newline=""))
    key = _text_key(list(rows.fieldnames or []), text_column, name).strip().lower()
    for lineno, row in enumerate(rows, start=2):
        where = f"{name}:{lineno}"
        fields = {k.strip().lower(): v for k, v in row.items() if k}
        try:
            yield Item(where, document=record_document(fields, key, where))
        except EventwireError as exc:
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
