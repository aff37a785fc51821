"""SQLite store: one writer, named migrations recorded in the database, events as spec JSON."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

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
)


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

    def add_document(self, doc: Document) -> bool:
        """Store a document; False when one with the same id is already there."""
        with self.db:
            cur = self.db.execute(
                "INSERT OR IGNORE INTO documents (id, title, text, published, url, source, meta, added_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc.id,
                    doc.title,
                    doc.text,
                    doc.published.isoformat() if doc.published else None,
                    doc.url,
                    doc.source,
                    json.dumps(doc.meta, default=str),
                    _now(),
                ),
            )
        return cur.rowcount == 1

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
        """Documents stored but not coded yet."""
        cur = self.db.execute(
            "SELECT id, text, title, published, url, source, meta FROM documents WHERE coded_at IS NULL ORDER BY rowid"
        )
        for id_, text, title, published, url, source, meta in cur:
            yield Document.from_json(
                {"id": id_, "text": text, "title": title, "published": published, "url": url, "source": source}
                | json.loads(meta)
            )

    def count(self, table: str) -> int:
        if table not in {"documents", "events", "failures"}:
            raise ValueError(f"unknown table {table!r}")
        return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


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
