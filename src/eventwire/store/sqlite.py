"""SQLite store: one writer, named migrations recorded in the database, events as spec JSON."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError, StoreError
from eventwire.model import Document, Event

log = logging.getLogger(__name__)

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_initial",
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            title TEXT,
            text TEXT NOT NULL,
            published TEXT,
            url TEXT,
            source TEXT,
            meta TEXT NOT NULL DEFAULT '{}',
            added_at TEXT NOT NULL,
            coded_at TEXT
        );
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            mode TEXT,
            cameo TEXT,
            status TEXT NOT NULL,
            source_country TEXT,
            target_country TEXT,
            date_start TEXT,
            date_end TEXT,
            location_name TEXT,
            lat REAL,
            lon REAL,
            confidence REAL NOT NULL,
            json TEXT NOT NULL
        );
        CREATE INDEX events_doc ON events(doc_id);
        CREATE INDEX events_type_date ON events(type, date_start);
        CREATE TABLE failures (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            doc_id TEXT NOT NULL,
            stage TEXT NOT NULL,
            code TEXT NOT NULL,
            message TEXT NOT NULL,
            at TEXT NOT NULL
        );
        """,
    ),
    (
        "0002_ingest_status_dedup",
        """
        ALTER TABLE documents ADD COLUMN status TEXT NOT NULL DEFAULT 'ok';
        ALTER TABLE documents ADD COLUMN status_reason TEXT;
        ALTER TABLE documents ADD COLUMN language TEXT;
        ALTER TABLE documents ADD COLUMN content_hash TEXT;
        ALTER TABLE documents ADD COLUMN duplicate_of TEXT;
        CREATE INDEX documents_content_hash ON documents(content_hash);
        CREATE INDEX documents_url ON documents(url);
        CREATE INDEX documents_pending ON documents(status, coded_at);
        CREATE TABLE signatures (
            doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            minhash BLOB NOT NULL
        );
        """,
    ),
)

# Document statuses: only "ok" documents are coded. Others are stored with the reason.
DOCUMENT_STATUSES: tuple[str, ...] = ("ok", "duplicate", "not_english")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """Documents, their events and the failures met on the way, in one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.db = sqlite3.connect(self.path)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        with self.db:
            self.db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = {row[0] for row in self.db.execute("SELECT name FROM migrations")}
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            log.info("applying migration %s to %s", name, self.path)
            with self.db:
                self.db.executescript(f"BEGIN; {sql} INSERT INTO migrations VALUES ('{name}', '{_now()}'); COMMIT;")

    def migrations(self) -> list[str]:
        """Names of the migrations applied, oldest first."""
        return [row[0] for row in self.db.execute("SELECT name FROM migrations ORDER BY name")]

    def add_document(
        self,
        doc: Document,
        *,
        status: str = "ok",
        reason: str | None = None,
        language: str | None = None,
        content_hash: str | None = None,
        signature: bytes | None = None,
        duplicate_of: str | None = None,
    ) -> bool:
        """Store a document (with its ingest status and dedup fingerprint); False when its id is already there."""
        if status not in DOCUMENT_STATUSES:
            raise ValueError(f"unknown document status {status!r}; expected one of {', '.join(DOCUMENT_STATUSES)}")
        with self.db:
            cur = self.db.execute(
                "INSERT OR IGNORE INTO documents (id, title, text, published, url, source, meta, added_at,"
                " status, status_reason, language, content_hash, duplicate_of)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc.id,
                    doc.title,
                    doc.text,
                    doc.published.isoformat() if doc.published else None,
                    doc.url,
                    doc.source,
                    json.dumps(doc.meta, default=str),
                    _now(),
                    status,
                    reason,
                    language,
                    content_hash,
                    duplicate_of,
                ),
            )
            added = cur.rowcount == 1
            if added and signature is not None:
                self.db.execute("INSERT OR REPLACE INTO signatures VALUES (?, ?)", (doc.id, signature))
        return added

    def has_document(self, doc_id: str) -> bool:
        """A document with this id is stored."""
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def has_url(self, url: str) -> bool:
        """A document with this id or URL is stored (used to skip feed entries seen before)."""
        row = self.db.execute("SELECT 1 FROM documents WHERE id = ? OR url = ? LIMIT 1", (url, url)).fetchone()
        return row is not None

    def fingerprints(self) -> Iterator[tuple[str, str, bytes]]:
        """(id, content hash, MinHash signature) of every stored first copy, oldest first."""
        yield from self.db.execute(
            "SELECT d.id, d.content_hash, s.minhash FROM documents d JOIN signatures s ON s.doc_id = d.id"
            " WHERE d.duplicate_of IS NULL AND d.content_hash IS NOT NULL ORDER BY d.rowid"
        )

    def document(self, doc_id: str) -> StoredDocument | None:
        """One stored document with its status, or None."""
        row = self.db.execute(f"SELECT {_DOC_COLUMNS} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return _stored(row) if row else None

    def documents(self, status: str | None = None) -> Iterator[StoredDocument]:
        """Stored documents (of one status, or all) in the order they were added."""
        where, args = ("WHERE status = ?", (status,)) if status else ("", ())
        for row in self.db.execute(f"SELECT {_DOC_COLUMNS} FROM documents {where} ORDER BY rowid", args):
            yield _stored(row)

    def failures(self) -> list[dict[str, str]]:
        """Recorded failures, oldest first, as {doc_id, stage, code, message, at}."""
        cur = self.db.execute("SELECT doc_id, stage, code, message, at FROM failures ORDER BY id")
        return [dict(zip(("doc_id", "stage", "code", "message", "at"), row, strict=True)) for row in cur]

    def set_events(self, doc_id: str, events: Iterable[Event]) -> int:
        """Replace the events of one document atomically; returns how many were stored."""
        rows = [_event_row(e) for e in events]
        with self.db:
            self.db.execute("DELETE FROM events WHERE doc_id = ?", (doc_id,))
            self.db.executemany(f"INSERT OR REPLACE INTO events VALUES ({', '.join('?' * 15)})", rows)
            self.db.execute("UPDATE documents SET coded_at = ? WHERE id = ?", (_now(), doc_id))
        return len(rows)

    def record_failure(self, doc_id: str, stage: str, error: EventwireError | Exception) -> None:
        """Keep a failure with the document, stage, error code and message."""
        code = error.code if isinstance(error, EventwireError) else type(error).__name__
        message = error.message if isinstance(error, EventwireError) else str(error)
        with self.db:
            self.db.execute(
                "INSERT INTO failures (doc_id, stage, code, message, at) VALUES (?, ?, ?, ?, ?)",
                (doc_id, stage, code, message, _now()),
            )

    def events(self, doc_id: str | None = None) -> Iterator[Event]:
        """Stored events, of one document or all, in document and text order."""
        sql = "SELECT json FROM events"
        args: tuple[str, ...] = ()
        if doc_id is not None:
            sql += " WHERE doc_id = ?"
            args = (doc_id,)
        for (text,) in self.db.execute(sql + " ORDER BY doc_id, json_extract(json, '$.evidence.start')", args):
            yield Event.from_json(json.loads(text))

    def uncoded(self) -> Iterator[Document]:
        """Documents still to code: stored, not coded yet, English and not duplicates (status "ok")."""
        cur = self.db.execute(
            f"SELECT {_DOC_COLUMNS} FROM documents"
            " WHERE coded_at IS NULL AND status = 'ok' AND duplicate_of IS NULL ORDER BY rowid"
        )
        for row in cur.fetchall():
            yield _stored(row).document

    def count(self, table: str) -> int:
        """Rows in one table."""
        if table not in {"documents", "events", "failures", "signatures"}:
            raise ValueError(f"unknown table {table!r}")
        return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


_DOC_COLUMNS = "id, text, title, published, url, source, meta, status, status_reason, language, duplicate_of, coded_at"


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A stored document with what ingest found out about it."""

    document: Document
    status: str
    reason: str | None
    language: str | None
    duplicate_of: str | None
    coded_at: str | None


def _stored(row: tuple[Any, ...]) -> StoredDocument:
    id_, text, title, published, url, source, meta, status, reason, language, duplicate_of, coded_at = row
    obj = {"id": id_, "text": text, "title": title, "published": published, "url": url, "source": source}
    document = Document.from_json(json.loads(meta) | obj)
    return StoredDocument(document, status, reason, language, duplicate_of, coded_at)


def _event_row(e: Event) -> tuple[object, ...]:
    loc = e.location
    return (
        e.id,
        e.doc_id,
        e.type,
        e.mode,
        e.cameo,
        e.status,
        e.source.country if e.source else None,
        e.target.country if e.target else None,
        e.date.start.isoformat() if e.date else None,
        e.date.end.isoformat() if e.date else None,
        loc.name if loc else None,
        loc.lat if loc else None,
        loc.lon if loc else None,
        e.confidence,
        json.dumps(e.to_json(), ensure_ascii=False),
    )
