"""The store's schema as named migrations, applied in order and recorded in the ``migrations`` table.

A migration is SQL (run as one script) or a function of the connection (run inside one transaction).
Released migrations never change: a schema change is a new migration at the end of the list.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from eventwire.model import Event

log = logging.getLogger(__name__)

Step = str | Callable[[sqlite3.Connection], None]

INITIAL = """
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
"""

INGEST_STATUS_DEDUP = """
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
"""

# Events keep their spec JSON (the record of truth for export) and gain, as columns and rows, everything
# the filters of `eventwire events` and the clustering read. An event row is one *mention*: one report of
# a happening in one document; `cluster_id` names the cluster (the happening) it belongs to.
EVENT_ROWS = """
ALTER TABLE events ADD COLUMN ev_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN source_name TEXT;
ALTER TABLE events ADD COLUMN source_sector TEXT;
ALTER TABLE events ADD COLUMN target_name TEXT;
ALTER TABLE events ADD COLUMN target_sector TEXT;
ALTER TABLE events ADD COLUMN source_key TEXT;
ALTER TABLE events ADD COLUMN target_key TEXT;
ALTER TABLE events ADD COLUMN date_precision TEXT;
ALTER TABLE events ADD COLUMN date_explicit INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN place_id INTEGER REFERENCES places(id);
ALTER TABLE events ADD COLUMN published TEXT;
ALTER TABLE events ADD COLUMN doc_source TEXT;
ALTER TABLE events ADD COLUMN month TEXT;
ALTER TABLE events ADD COLUMN day_start INTEGER;
ALTER TABLE events ADD COLUMN day_end INTEGER;
ALTER TABLE events ADD COLUMN specificity INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN goldstein REAL;
ALTER TABLE events ADD COLUMN quad_class INTEGER;
ALTER TABLE events ADD COLUMN cluster_id TEXT;
CREATE INDEX events_type_day ON events(type, day_start);
CREATE INDEX events_date ON events(date_start);
CREATE INDEX events_cluster ON events(cluster_id);
CREATE INDEX events_place ON events(place_id);
CREATE INDEX events_pending ON events(cluster_id) WHERE cluster_id IS NULL;
CREATE INDEX events_dyad_month ON events(source_country, target_country, month);
CREATE INDEX events_target_month ON events(target_country, month);

CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    country TEXT,
    lat REAL,
    lon REAL,
    geonameid INTEGER,
    precision TEXT
);
CREATE INDEX places_name ON places(name_key);
CREATE INDEX places_country ON places(country);
CREATE INDEX places_lat_lon ON places(lat, lon);

CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
    text TEXT NOT NULL,
    text_key TEXT NOT NULL,
    name TEXT,
    name_key TEXT,
    country TEXT,
    sector TEXT,
    start INTEGER,
    "end" INTEGER,
    PRIMARY KEY (event_id, role)
) WITHOUT ROWID;
CREATE INDEX event_actors_name ON event_actors(name_key);
CREATE INDEX event_actors_text ON event_actors(text_key);
CREATE INDEX event_actors_country ON event_actors(country, sector);
CREATE INDEX event_actors_sector ON event_actors(sector);

CREATE TABLE clusters (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    mode TEXT,
    cameo TEXT,
    status TEXT NOT NULL,
    source_country TEXT,
    source_name TEXT,
    source_sector TEXT,
    target_country TEXT,
    target_name TEXT,
    target_sector TEXT,
    date_start TEXT,
    date_end TEXT,
    month TEXT,
    place_id INTEGER,
    goldstein REAL,
    quad_class INTEGER,
    confidence REAL NOT NULL,
    n_mentions INTEGER NOT NULL,
    n_documents INTEGER NOT NULL,
    n_sources INTEGER NOT NULL,
    first_report TEXT,
    last_report TEXT
);
CREATE INDEX clusters_type_date ON clusters(type, date_start);
CREATE INDEX clusters_date ON clusters(date_start);
CREATE INDEX clusters_dyad_month ON clusters(source_country, target_country, month);
CREATE INDEX clusters_type_month ON clusters(type, month);
CREATE INDEX clusters_target_month ON clusters(target_country, month);

-- Facts about the whole store that queries use: max_span_days, the longest date range of any event
-- (never lowered), bounds date filters from below.
CREATE TABLE store_facts (name TEXT PRIMARY KEY, value INTEGER NOT NULL);

CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, title, text, tokenize = 'unicode61');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (doc_id, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    DELETE FROM documents_fts WHERE doc_id = old.id;
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    DELETE FROM documents_fts WHERE doc_id = old.id;
    INSERT INTO documents_fts (doc_id, title, text) VALUES (new.id, new.title, new.text);
END;
INSERT INTO documents_fts (doc_id, title, text) SELECT id, title, text FROM documents;
"""


def _backfill_event_rows(db: sqlite3.Connection) -> None:
    """Events stored before ``0003_event_rows`` get their columns, actor and place rows from their JSON.

    They are left unclustered (``cluster_id`` NULL); the store clusters pending events when it opens.
    """
    from eventwire.store.rows import EventWriter

    writer = EventWriter(db)
    documents = {row[0]: row[1:] for row in db.execute("SELECT id, published, url, source FROM documents")}
    rows = db.execute("SELECT doc_id, json FROM events ORDER BY doc_id").fetchall()
    for doc_id, text in rows:
        event = Event.from_json(json.loads(text))
        published, url, source = documents.get(doc_id, (None, None, None))
        writer.replace_columns(event, writer.document_facts(doc_id, published, url, source))
    log.info("filled the rows of %d stored events", len(rows))


# Claims of pending documents by coders, their attempts, and the runs of `code --db` (store/work.py).
DOCUMENT_CLAIMS = """
ALTER TABLE documents ADD COLUMN claimed_by TEXT;
ALTER TABLE documents ADD COLUMN claimed_at REAL;
ALTER TABLE documents ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN coded_run INTEGER;
CREATE INDEX documents_claimed ON documents(claimed_by) WHERE claimed_by IS NOT NULL;
CREATE INDEX documents_coded_run ON documents(coded_run) WHERE coded_run IS NOT NULL;
CREATE TABLE code_runs (
    id INTEGER PRIMARY KEY,
    output TEXT,
    worker TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX code_runs_unfinished ON code_runs(output) WHERE finished_at IS NULL;
"""

# Indexes that give "the newest reports of this actor, country (of this type) or place" in date order, so a
# page of them reads a page of index entries: each actor row carries its event's date_start and type, each
# event its place's country (``rows.EventWriter`` writes these copies). The new indexes start with the
# columns of the ones they replace, so those lookups keep their index.
DATED_INDEXES = """
ALTER TABLE event_actors ADD COLUMN date_start TEXT;
ALTER TABLE event_actors ADD COLUMN type TEXT;
UPDATE event_actors SET (date_start, type) =
    (SELECT e.date_start, e.type FROM events e WHERE e.id = event_actors.event_id);
ALTER TABLE events ADD COLUMN place_country TEXT;
UPDATE events SET place_country = (SELECT p.country FROM places p WHERE p.id = events.place_id)
    WHERE place_id IS NOT NULL;
DROP INDEX event_actors_name;
DROP INDEX event_actors_text;
DROP INDEX event_actors_country;
DROP INDEX events_place;
CREATE INDEX event_actors_name_date ON event_actors(name_key, date_start);
CREATE INDEX event_actors_text_date ON event_actors(text_key, date_start);
CREATE INDEX event_actors_country_date ON event_actors(country, date_start);
CREATE INDEX event_actors_code_date ON event_actors(country, sector, date_start);
CREATE INDEX events_place_date ON events(place_id, date_start);
CREATE INDEX events_place_country_date ON events(place_country, date_start);
CREATE INDEX event_actors_country_type_date ON event_actors(country, type, date_start);
CREATE INDEX events_place_country_type_date ON events(place_country, type, date_start);
"""

MIGRATIONS: tuple[tuple[str, Step], ...] = (
    ("0001_initial", INITIAL),
    ("0002_ingest_status_dedup", INGEST_STATUS_DEDUP),
    ("0003_event_rows", EVENT_ROWS),
    ("0004_backfill_event_rows", _backfill_event_rows),
    ("0005_document_claims", DOCUMENT_CLAIMS),
    ("0006_dated_indexes", DATED_INDEXES),
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def migrate(db: sqlite3.Connection, where: str) -> list[str]:
    """Apply every migration not yet recorded in ``db``; returns the names applied now."""
    with db:
        db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    applied: list[str] = []
    for name, step in MIGRATIONS:
        if name in _applied(db):
            continue
        log.info("applying migration %s to %s", name, where)
        try:
            _apply(db, name, step)
        except sqlite3.OperationalError:
            if db.in_transaction:
                db.rollback()
            if name in _applied(db):  # another process opening the same store applied it first
                continue
            raise
        applied.append(name)
    return applied


def _applied(db: sqlite3.Connection) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM migrations")}


def _apply(db: sqlite3.Connection, name: str, step: Step) -> None:
    """One migration in one transaction that takes the write lock first (so two processes never both apply it)."""
    if isinstance(step, str):
        db.executescript(f"BEGIN IMMEDIATE; {step} INSERT INTO migrations VALUES ('{name}', '{_now()}'); COMMIT;")
        return
    with db:
        db.execute("BEGIN IMMEDIATE")
        step(db)
        db.execute("INSERT INTO migrations VALUES (?, ?)", (name, _now()))
