"""SQLite store: one writer, named migrations recorded in the database, events as spec JSON and rows."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError, NotAStore, StoreError
from eventwire.formats.records import EventRecord
from eventwire.ingest.clean import content_hash as text_hash
from eventwire.model import Document, Event
from eventwire.settings import SETTINGS
from eventwire.store import query as queries
from eventwire.store.clusterer import Clusterer, Removed
from eventwire.store.clusters import ClusterRules
from eventwire.store.query import EventQuery
from eventwire.store.rows import EventWriter, event_json
from eventwire.store.schema import MIGRATIONS, migrate
from eventwire.store.work import WorkQueue, writing

log = logging.getLogger(__name__)

__all__ = ["DOCUMENT_STATUSES", "MIGRATIONS", "Store", "StoredDocument"]

# Document statuses: only "ok" documents are coded. Others are stored with the reason ("failed": coding it
# failed, or was started ``code_max_attempts`` times and never finished; see ``store.work``).
DOCUMENT_STATUSES: tuple[str, ...] = ("ok", "duplicate", "not_english", "failed")
# How long a writer waits for another to finish its transaction before giving up with "database is locked".
BUSY_SECONDS = float(SETTINGS["store_busy_seconds"].default)
TABLES = frozenset({"documents", "events", "failures", "signatures", "clusters", "places", "event_actors"})


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """Documents, their events (mentions), the clusters of mentions (events) and failures, in one SQLite file."""

    def __init__(self, path: str | Path, *, rules: ClusterRules | None = None) -> None:
        self.path = Path(path)
        try:
            self.db = sqlite3.connect(self.path, timeout=BUSY_SECONDS)
            self.db.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError as exc:  # a missing folder, no permission: the file cannot be opened at all
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        except sqlite3.DatabaseError as exc:  # opened, but not a database
            raise NotAStore(f"is not an eventwire store (SQLite says: {exc}); give a new file name") from exc
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        migrate(self.db, str(self.path))
        self.rules = rules or ClusterRules.from_settings()
        self.clusterer = Clusterer(self.db, self.rules)
        self.work = WorkQueue(self.db)
        self._removed_pending: list[Removed] = []
        self._cluster_pending()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def migrations(self) -> list[str]:
        """Names of the migrations applied, oldest first."""
        return [row[0] for row in self.db.execute("SELECT name FROM migrations ORDER BY name")]

    def _cluster_pending(self) -> None:
        """Events stored before clustering existed (or by an interrupted writer) are clustered on opening."""
        if self.db.execute("SELECT 1 FROM events WHERE cluster_id IS NULL LIMIT 1").fetchone():
            with writing(self.db):
                changed = self.clusterer.update()
            log.info("clustered %d pending events in %s", changed, self.path)

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
        coded: bool = False,
    ) -> bool:
        """Store a document (with its ingest status and dedup fingerprint); False when its id is already there.

        Ids are the caller's to choose (``ingest.identity`` gives each text an id of its own); the content hash
        is computed when not given, so the store can tell whether an id names a given text."""
        if status not in DOCUMENT_STATUSES:
            raise ValueError(f"unknown document status {status!r}; expected one of {', '.join(DOCUMENT_STATUSES)}")
        content_hash = content_hash or text_hash(doc.text)
        with writing(self.db):
            cur = self.db.execute(
                "INSERT OR IGNORE INTO documents (id, title, text, published, url, source, meta, added_at,"
                " status, status_reason, language, content_hash, duplicate_of, coded_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc.id,
                    doc.title,
                    doc.text,
                    doc.published.isoformat() if doc.published else None,
                    doc.url,
                    doc.source,
                    json.dumps(_meta(doc), default=str),
                    _now(),
                    status,
                    reason,
                    language,
                    content_hash,
                    duplicate_of,
                    _now() if coded else None,
                ),
            )
            added = cur.rowcount == 1
            if added and signature is not None:
                self.db.execute("INSERT OR REPLACE INTO signatures VALUES (?, ?)", (doc.id, signature))
        return added

    def has_document(self, doc_id: str) -> bool:
        """A document with this id is stored."""
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def stored_hash(self, doc_id: str) -> str | None:
        """The content hash of the text stored under ``doc_id`` (None when no document has that id)."""
        row = self.db.execute("SELECT content_hash, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        return str(row[0]) if row[0] else text_hash(row[1])

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
        """Replace the events of one document atomically and re-cluster; returns how many were stored."""
        return self.write_events([(doc_id, list(events))])

    def write_events(self, batches: Iterable[tuple[str, list[Event]]], *, cluster: bool = True) -> int:
        """Replace the events of several documents in one transaction and one clustering pass.

        A document whose stored events are exactly these is left untouched (coding twice changes nothing).
        With ``cluster=False`` the new events wait, unclustered, for ``cluster_pending`` (bulk loads).
        """
        writer, removed, stored = EventWriter(self.db), [], 0
        with writing(self.db):
            for doc_id, events in batches:
                unique = list({e.id: e for e in events}.values())
                stored += len(unique)
                if self._unchanged(doc_id, unique):
                    continue
                removed += self._remove_events(doc_id)
                facts = self._document_facts(doc_id)
                writer.insert(unique, facts)
                self.db.execute("UPDATE documents SET coded_at = ? WHERE id = ?", (_now(), doc_id))
            if cluster:
                self.clusterer.update(removed)
            else:
                self._removed_pending += removed
        return stored

    def write_claimed(self, doc_id: str, events: list[Event], worker: str, run: int | None) -> bool:
        """Store the events of a document ``worker`` claimed and coded (for ``run``), and renew its other claims.

        False, and nothing written, when the document was coded meanwhile by another worker (whose lease on it
        this worker outlived)."""
        with writing(self.db):
            row = self.db.execute("SELECT coded_at FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None or row[0] is not None:
                return False
            self.write_events([(doc_id, events)])
            self.db.execute(
                "UPDATE documents SET coded_run = ?, claimed_by = NULL, claimed_at = NULL WHERE id = ?", (run, doc_id)
            )
            self.work.renew(worker)
        return True

    def claim(self, worker: str, limit: int) -> list[Document]:
        """Up to ``limit`` pending documents never claimed before, claimed by ``worker`` (see ``store.work``)."""
        ids = self.work.claim(worker, limit)
        return [doc.document for doc in map(self.document, ids) if doc is not None]

    def claim_suspect(self, worker: str) -> Document | None:
        """One pending document claimed before and never coded, claimed by ``worker`` to code alone."""
        doc_id = self.work.claim_suspect(worker)
        stored = self.document(doc_id) if doc_id is not None else None
        return stored.document if stored is not None else None

    def fail_document(self, doc_id: str, error: EventwireError) -> None:
        """Coding this document failed: status ``failed`` with the error, recorded, and not retried."""
        with writing(self.db):
            self.work.fail(doc_id, error.code, error.message)

    def run_records(self, run: int) -> Iterator[EventRecord]:
        """The events of every document coded by ``run``, in the order documents were added, then text order."""
        return queries.run_records(self.db, run)

    def cluster_pending(self) -> int:
        """Cluster every event written with ``cluster=False``; returns how many mentions changed cluster."""
        with writing(self.db):
            changed = self.clusterer.update(self._removed_pending)
        self._removed_pending = []
        return changed

    def _unchanged(self, doc_id: str, events: list[Event]) -> bool:
        coded = self.db.execute("SELECT coded_at FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if coded is None or coded[0] is None:
            return False
        old = dict(self.db.execute("SELECT id, json FROM events WHERE doc_id = ?", (doc_id,)).fetchall())
        return old == {e.id: event_json(e) for e in events}

    def _remove_events(self, doc_id: str) -> list[Removed]:
        rows = self.db.execute(
            "SELECT type, status, day_start, cluster_id FROM events WHERE doc_id = ?", (doc_id,)
        ).fetchall()
        self.db.execute("DELETE FROM events WHERE doc_id = ?", (doc_id,))
        return [Removed(*row) for row in rows]

    def _document_facts(self, doc_id: str) -> Any:
        row = self.db.execute("SELECT published, url, source FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise StoreError(f"cannot store events of {doc_id!r}: no such document in {self.path}", doc_id=doc_id)
        return EventWriter.document_facts(doc_id, *row)

    def recluster(self) -> int:
        """Cluster every event again from scratch (after changing the clustering settings)."""
        with writing(self.db):
            return self.clusterer.rebuild()

    def record_failure(self, doc_id: str, stage: str, error: EventwireError | Exception) -> None:
        """Keep a failure with the document, stage, error code and message."""
        code = error.code if isinstance(error, EventwireError) else type(error).__name__
        message = error.message if isinstance(error, EventwireError) else str(error)
        with writing(self.db):
            self.db.execute(
                "INSERT INTO failures (doc_id, stage, code, message, at) VALUES (?, ?, ?, ?, ?)",
                (doc_id, stage, code, message, _now()),
            )

    def events(self, doc_id: str | None = None) -> Iterator[Event]:
        """Stored events (mentions), of one document or all, in document and text order."""
        sql = "SELECT json FROM events"
        args: tuple[str, ...] = ()
        if doc_id is not None:
            sql += " WHERE doc_id = ?"
            args = (doc_id,)
        for (text,) in self.db.execute(sql + " ORDER BY doc_id, ev_start, id", args):
            yield Event.from_json(json.loads(text))

    def mentions(self, query: EventQuery | None = None) -> Iterator[EventRecord]:
        """Coded events (one per report) matching ``query``, with their document and cluster."""
        return queries.mention_records(self.db, query or EventQuery())

    def clusters(self, query: EventQuery | None = None) -> Iterator[EventRecord]:
        """Events (one per happening: a cluster of reports) with a mention matching ``query``."""
        return queries.cluster_records(self.db, query or EventQuery())

    def count_mentions(self, query: EventQuery | None = None) -> int:
        return queries.count_mentions(self.db, query or EventQuery())

    def count_clusters(self, query: EventQuery | None = None) -> int:
        return queries.count_clusters(self.db, query or EventQuery())

    def import_records(self, records: Iterable[EventRecord], origin: str) -> tuple[int, int]:
        """Store imported events, replacing the events of each document they name; returns (events, documents).

        A document not in the store is added without text (``meta.imported_from`` says where it came from),
        with what the file knows of it (publication date, URL, source, title), and marked coded.
        """
        by_doc: dict[str, list[Event]] = {}
        for record in records:
            by_doc.setdefault(record.event.doc_id, []).append(record.event)
            if not self.has_document(record.event.doc_id):
                info = record.document
                self.add_document(
                    Document(
                        id=record.event.doc_id,
                        text="",
                        title=info.title if info else None,
                        published=info.published if info else None,
                        url=info.url if info else None,
                        source=info.source if info else None,
                        meta={"imported_from": origin},
                    ),
                    coded=True,
                )
        stored = self.write_events(by_doc.items())
        return stored, len(by_doc)

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
        if table not in TABLES:
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


def _meta(doc: Document) -> dict[str, Any]:
    """What a document's row keeps beside its columns: its metadata, and its home country when given (read back
    by ``Document.from_json``)."""
    return doc.meta | {"country": doc.country} if doc.country else doc.meta
