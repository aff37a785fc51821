"""Turn SOURCE arguments (files, folders, file: and http(s) URLs, feeds) into documents, one ``Item`` at a time.

Every input ends as an item: a document, an error naming it (path, URL, ``path:line`` or ``path[i]``), a note
that it is already stored, or the reason it was skipped. Nothing is passed over without a word.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote, urlsplit

from eventwire.errors import (
    EventwireError,
    InputError,
    MalformedDocument,
    MissingInput,
    UnreadableInput,
    UnsupportedInput,
)
from eventwire.ingest.clean import doubled_title
from eventwire.ingest.feeds import FeedEntry, looks_like_feed, parse_feed
from eventwire.ingest.fetch import Fetcher
from eventwire.ingest.files import Item, check_size, decode_text, jsonl_items, looks_like_jsonl, read_whole
from eventwire.ingest.html import extract_page
from eventwire.ingest.identity import trusted_canonical
from eventwire.ingest.records import csv_items, date_of, hashed_id, read_csv, read_json
from eventwire.model import Document

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
FEED_FILE_SUFFIXES = (".rss", ".atom", ".xml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
INGEST_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".json", *JSONL_SUFFIXES, ".csv", *FEED_FILE_SUFFIXES)

__all__ = ["INGEST_SUFFIXES", "Item", "SourceReader", "hashed_id", "is_url", "page_document", "read_csv", "read_json"]


@dataclass
class SourceReader:
    """Reads sources; ``seen(url)`` lets feeds skip entries stored in earlier runs.

    Without a fetcher (``eventwire code``) only local files are read: URLs, and feed entries that carry only a
    link, are refused with a message pointing at ``eventwire ingest``.
    """

    fetcher: Fetcher | None
    recursive: bool = False
    text_column: str | None = None
    seen: Callable[[str], bool] = field(default=lambda url: False)

    def read(self, source: str) -> Iterator[Item]:
        """Every item of one SOURCE argument; errors become items, never exceptions."""
        for item in self._read(source):
            yield _within_limit(item)

    def _read(self, source: str) -> Iterator[Item]:
        try:
            if is_url(source):
                yield from self._read_url(source)
                return
            path = local_path(source)
            if _is_dir(path):
                yield from self._read_folder(path, path, set())
            else:
                yield from self._read_file(path, path.stem, explicit=True, alias=_as_given(path))
        except EventwireError as exc:
            yield Item(source, error=exc)

    def _read_folder(self, folder: Path, root: Path, visited: set[tuple[int, int]]) -> Iterator[Item]:
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in visited:
                yield Item(str(folder), skipped="a link back to a folder already read")
                return
            visited.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as found:
                entries = sorted(found, key=lambda e: e.name)
        except OSError as exc:
            raise UnreadableInput(
                f"is a folder that cannot be read: {exc.strerror or exc}", doc_id=str(folder)
            ) from exc
        for entry in entries:
            yield from self._read_entry_of(Path(entry.path), root, visited)

    def _read_entry_of(self, path: Path, root: Path, visited: set[tuple[int, int]]) -> Iterator[Item]:
        name = str(path)
        try:
            if _is_dir(path):
                if self.recursive:
                    yield from self._read_folder(path, root, visited)
                else:
                    yield Item(name, skipped="a subfolder; pass -r/--recursive to read subfolders too")
            elif path.suffix.lower() not in INGEST_SUFFIXES:
                yield Item(name, skipped=f"not a file type eventwire reads ({' '.join(INGEST_SUFFIXES)})")
            else:
                doc_id = path.relative_to(root).with_suffix("").as_posix()
                yield from self._read_file(path, doc_id, explicit=False, alias=_as_given(path))
        except EventwireError as exc:
            yield Item(name, error=exc)

    def _read_file(self, path: Path, doc_id: str, explicit: bool, alias: str) -> Iterator[Item]:
        name = str(path)
        _check_file(path)
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from _streamed(path, jsonl_items)
        elif suffix == ".csv":
            text_column = self.text_column
            yield from _streamed(path, lambda stream, where: csv_items(stream, where, text_column))
        elif explicit and suffix not in INGEST_SUFFIXES and _first_line_is_jsonl(path):
            yield from _streamed(path, jsonl_items)
        else:
            yield from self._read_whole_file(read_whole(path), name, suffix, (doc_id, alias))

    def _read_whole_file(self, data: bytes, name: str, suffix: str, ids: tuple[str, str]) -> Iterator[Item]:
        doc_id, alias = ids
        if suffix == ".json":
            yield from read_json(data, name)
        elif suffix in HTML_SUFFIXES:
            doc = page_document(data, None, fallback_id=doc_id, source=name, where=name)
            yield Item(name, document=doc, aliases=_others(doc.id, doc_id, alias))
        elif suffix in FEED_FILE_SUFFIXES or looks_like_feed(data[:2000], name=name):
            yield from self._read_feed(data, name)
        else:
            yield Item(name, document=text_document(data, name, doc_id), aliases=_others(doc_id, alias))

    def _read_url(self, url: str) -> Iterator[Item]:
        if self.fetcher is None:
            raise UnsupportedInput(
                "is a URL; `eventwire code` reads files: run `eventwire ingest URL --db FILE`, "
                "then `eventwire code --db FILE`",
                doc_id=url,
            )
        fetched = self.fetcher.fetch(url)
        if looks_like_feed(fetched.content, fetched.content_type, fetched.url):
            yield from self._read_feed(fetched.content, url)
        else:
            doc = page_document(fetched.content, fetched.url, fallback_id=fetched.url, where=url)
            yield Item(url, document=doc, aliases=_others(doc.id, fetched.url, url))

    def _read_feed(self, data: bytes, name: str) -> Iterator[Item]:
        feed = parse_feed(data, name)
        for number, entry in enumerate(feed.entries, start=1):
            where = entry.link or entry.guid or f"{name}#{number}"
            try:
                yield self._read_feed_entry(entry, feed.title or name, where)
            except EventwireError as exc:
                yield Item(where, error=_named(exc, where))
        if feed.problem is not None:
            message = f"{feed.problem}; the {len(feed.entries)} entries before the break were read"
            yield Item(name, error=MalformedDocument(message, doc_id=name))

    def _read_feed_entry(self, entry: FeedEntry, feed: str, where: str) -> Item:
        key = entry.link or entry.guid
        if key and self.seen(key):
            return Item(key, known=True)
        meta = {"feed": feed, "author": entry.author, "guid": entry.guid}
        if entry.content is not None:
            doc_id = key or hashed_id(entry.content)
            doc = Document(doc_id, entry.content, entry.title, date_of(entry.published), entry.link, feed, meta)
            return Item(where, document=doc)
        if entry.link is None:
            raise MalformedDocument("is a feed entry with neither content nor a link", doc_id=where)
        if self.fetcher is None:
            raise UnsupportedInput(
                "is a feed entry with only a link; `eventwire ingest` fetches linked pages", doc_id=where
            )
        fetched = self.fetcher.fetch(entry.link)
        doc = page_document(fetched.content, fetched.url, fallback_id=entry.link, source=feed, where=entry.link)
        doc = replace(doc, id=entry.link, title=doc.title or entry.title, meta=meta | doc.meta)
        if doc.published is None:
            doc = replace(doc, published=date_of(entry.published))
        return Item(where, document=doc)


def is_url(source: str) -> bool:
    """An http(s) URL (fetched by ``ingest``)."""
    return source.startswith(("http://", "https://"))


def local_path(source: str) -> Path:
    """The path a SOURCE names: as given, or from a ``file:`` URL; other URL schemes are refused."""
    parts = urlsplit(source)
    if parts.scheme == "file":
        if parts.netloc not in ("", "localhost"):
            raise MissingInput(f"names host {parts.netloc!r}; a file: URL must name a local file", doc_id=source)
        return Path(unquote(parts.path))
    if len(parts.scheme) > 1 and "://" in source:
        raise MissingInput(
            f"is a {parts.scheme}: URL; give a file, a folder, a file: URL or an http(s) URL", doc_id=source
        )
    return Path(source)


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError as exc:
        raise UnreadableInput(f"cannot be read: {exc.strerror or exc}", doc_id=str(path)) from exc


def _check_file(path: Path) -> None:
    """Refuse, by name, a path that is missing, a broken link, or not a regular file."""
    name = str(path)
    try:
        if path.is_file():
            return
        exists = path.exists()
        broken = path.is_symlink() and not exists
    except OSError as exc:
        raise UnreadableInput(f"cannot be read: {exc.strerror or exc}", doc_id=name) from exc
    if broken:
        raise UnreadableInput("is a link to a file that does not exist", doc_id=name)
    if not exists:
        raise MissingInput("does not exist: give a file, folder or URL (is the path mistyped?)", doc_id=name)
    raise UnsupportedInput("is not a regular file (a device, socket or pipe); give a file or folder", doc_id=name)


def _streamed(path: Path, read: Callable[[IO[bytes], str], Iterator[Item]]) -> Iterator[Item]:
    name = str(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise UnreadableInput(f"cannot be read: {exc.strerror or exc}", doc_id=name) from exc
    with stream:
        try:
            yield from read(stream, name)
        except OSError as exc:
            yield Item(name, error=UnreadableInput(f"could not be read to the end: {exc.strerror or exc}", doc_id=name))


def _first_line_is_jsonl(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return looks_like_jsonl(stream.readline(65_536))
    except OSError:
        return False


def _as_given(path: Path) -> str:
    """A file's path as it was given (folder and name, without its suffix): its other name."""
    return path.with_suffix("").as_posix()


def _others(doc_id: str, *names: str) -> tuple[str, ...]:
    """The names other than ``doc_id``, in order, each once."""
    return tuple(name for name in dict.fromkeys(names) if name != doc_id)


def _within_limit(item: Item) -> Item:
    """The item, or its refusal when its document is over the per-document size limit."""
    if item.document is None:
        return item
    try:
        check_size(item.document.text, item.name)
    except InputError as exc:
        return Item(item.name, error=exc)
    return item


def _named(error: EventwireError, where: str) -> EventwireError:
    if error.doc_id is None:
        error.doc_id = where
    return error


def text_document(data: bytes, name: str, doc_id: str) -> Document:
    """A plain-text or Markdown file; a headline pasted twice at the top becomes the title."""
    text = decode_text(data, name)
    return Document(doc_id, text, title=doubled_title(text), source=name)


def page_document(
    data: bytes, url: str | None, fallback_id: str, source: str | None = None, where: str | None = None
) -> Document:
    """An HTML page as a document: id is the canonical URL when the page names one that is not a site's home
    page (``ingest.identity.trusted_canonical``), else ``fallback_id``."""
    page = extract_page(data, url, where=where)
    meta: dict[str, Any] = {"author": page.author, "canonical_url": page.canonical_url, "fetched_url": url}
    canonical = trusted_canonical(page.canonical_url)
    return Document(
        id=canonical or fallback_id,
        text=page.text,
        title=page.title,
        published=date_of(page.published),
        url=canonical or url,
        source=page.sitename or source,
        meta={k: v for k, v in meta.items() if v},
    )
