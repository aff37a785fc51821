"""The event filters, as one typed object: the CLI (``eventwire events``, ``export``, ``stats``), the Python
API and the HTTP API all build an ``EventQuery`` and get the same SQL from it.

A filter matches mentions (coded events); the clusters view shows every cluster with at least one
matching mention. Every filter has an index: actors and places are rows of their own.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from eventwire.errors import StoreError
from eventwire.formats.records import ClusterInfo, DocInfo, EventRecord
from eventwire.model import EVENT_TYPES, SECTORS, STATUSES, Event

COUNTRY_CODE = re.compile(r"[A-Z]{3}")
ACTOR_CODE = re.compile(r"([A-Z]{3})([A-Z]{3})")

# "-date" breaks ties by row so that, with one type, the (type, date_start) index gives the order and a
# LIMIT stops the scan early; undated events come last either way.
MENTION_SORTS = {
    "date": "e.date_start NULLS LAST, e.id",
    "-date": "e.date_start DESC, e.rowid DESC",
    "confidence": "e.confidence, e.id",
    "-confidence": "e.confidence DESC, e.id",
    "doc": "e.doc_id, e.ev_start, e.id",
}
CLUSTER_SORTS = {
    "date": "c.date_start NULLS LAST, c.id",
    "-date": "c.date_start DESC, c.id DESC",
    "confidence": "c.confidence, c.id",
    "-confidence": "c.confidence DESC, c.id",
    "reports": "c.n_mentions, c.id",
    "-reports": "c.n_mentions DESC, c.id",
}


class QueryError(StoreError):
    """A filter value is not valid (an unknown type, a malformed box, bad search syntax)."""

    code = "E402"


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Which events to return, in what order, how many. Empty fields do not filter.

    ``actor``: a name or words as written (any case), a country code (``RUS``) or a country and sector
    code (``RUSGOV``), matching either party. ``country``: a party's country or the place's country.
    ``sector``: either party's sector. ``since``/``until``: the event's dates overlap this range.
    ``place``: a place name (any case). ``bbox``: (west, south, east, north) in degrees. ``text``: an
    SQLite FTS5 query on the document's title and text. ``min_confidence``, ``doc_id``, ``cluster_id``.
    ``sort``: date, -date, confidence, -confidence, doc (mentions) or reports, -reports (clusters).
    """

    actor: str | None = None
    country: str | None = None
    sector: str | None = None
    types: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    place: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    text: str | None = None
    min_confidence: float | None = None
    doc_id: str | None = None
    cluster_id: str | None = None
    sort: str = "date"
    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        _check_values("type", self.types, EVENT_TYPES)
        _check_values("status", self.statuses, STATUSES)
        _check_values("sector", (self.sector,) if self.sector else (), SECTORS)
        if self.bbox is not None:
            west, south, east, north = self.bbox
            if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
                raise QueryError(f"bounding box {self.bbox} is not west,south,east,north in degrees")
        if self.since and self.until and self.since > self.until:
            raise QueryError(f"date range {self.since}..{self.until} ends before it starts")
        if (self.limit is not None and self.limit < 0) or self.offset < 0:
            raise QueryError("limit and offset cannot be negative")
        if self.sort not in MENTION_SORTS and self.sort not in CLUSTER_SORTS:
            raise QueryError(
                f"unknown sort {self.sort!r}; expected one of {', '.join({**MENTION_SORTS, **CLUSTER_SORTS})}"
            )


def _check_values(name: str, values: tuple[str, ...], known: tuple[str, ...]) -> None:
    unknown = [v for v in values if v not in known]
    if unknown:
        raise QueryError(f"unknown {name} {', '.join(unknown)}; expected one of {', '.join(known)}")


def actor_condition(value: str, alias: str) -> tuple[str, list[Any]]:
    """Actor rows (table alias ``alias``) matching a name or words (any case), a country or country+sector code."""
    key, text = value.strip().lower(), value.strip()
    parts, args = [f"{alias}.name_key = ?", f"{alias}.text_key = ?"], [key, key]
    code = ACTOR_CODE.fullmatch(text)
    if COUNTRY_CODE.fullmatch(text):
        parts.append(f"{alias}.country = ?")
        args.append(text)
    elif code:
        parts.append(f"({alias}.country = ? AND {alias}.sector = ?)")
        args += [code.group(1), code.group(2)]
    return f"({' OR '.join(parts)})", args


def _actor_clause(value: str) -> tuple[str, list[Any]]:
    condition, args = actor_condition(value, "a")
    return f"e.id IN (SELECT a.event_id FROM event_actors a WHERE {condition})", args


def _in(column: str, values: tuple[str, ...]) -> tuple[str, list[Any]]:
    return f"{column} IN ({', '.join('?' * len(values))})", list(values)


def max_span(db: sqlite3.Connection) -> int | None:
    """The longest date range of any stored event, in days (None: no dated event yet)."""
    row = db.execute("SELECT value FROM store_facts WHERE name = 'max_span_days'").fetchone()
    return int(row[0]) if row else None


def where(q: EventQuery, span: int | None = None) -> tuple[str, list[Any]]:
    """The SQL condition on mentions (table alias ``e``) and its parameters.

    ``span`` (``max_span``) lets a ``since`` filter also bound ``date_start`` from below, which the
    (type, date_start) index can use.
    """
    clauses: list[tuple[str, list[Any]]] = []
    if q.actor:
        clauses.append(_actor_clause(q.actor))
    if q.country:
        # the mention's own (indexed) columns: a list of every event of a big country is costly to build
        clauses.append(
            (
                "(e.source_country = ? OR e.target_country = ?"
                " OR e.place_id IN (SELECT id FROM places WHERE country = ?))",
                [q.country, q.country, q.country],
            )
        )
    if q.sector:
        clauses.append(("(e.source_sector = ? OR e.target_sector = ?)", [q.sector, q.sector]))
    # a place or box is usually narrower than a type: "+" keeps SQLite from driving the search by type
    type_column = "+e.type" if q.place or q.bbox else "e.type"
    for column, values in ((type_column, q.types), ("e.mode", q.modes), ("e.status", q.statuses)):
        if values:
            clauses.append(_in(column, values))
    if q.since:
        clauses.append(("e.date_end >= ?", [q.since.isoformat()]))
        if span is not None:
            clauses.append(("e.date_start >= ?", [(q.since - timedelta(days=span)).isoformat()]))
    if q.until:
        clauses.append(("e.date_start <= ?", [q.until.isoformat()]))
    if q.place:
        clauses.append(("e.place_id IN (SELECT id FROM places WHERE name_key = ?)", [q.place.strip().lower()]))
    if q.bbox:
        clauses.append(_bbox_clause(q.bbox))
    if q.text:
        clauses.append(("e.doc_id IN (SELECT doc_id FROM documents_fts WHERE documents_fts MATCH ?)", [q.text]))
    if q.min_confidence is not None:
        clauses.append(("e.confidence >= ?", [q.min_confidence]))
    if q.doc_id:
        clauses.append(("e.doc_id = ?", [q.doc_id]))
    if q.cluster_id:
        clauses.append(("e.cluster_id = ?", [q.cluster_id]))
    sql = " AND ".join(c for c, _ in clauses) or "1"
    return sql, [a for _, args in clauses for a in args]


def _bbox_clause(bbox: tuple[float, float, float, float]) -> tuple[str, list[Any]]:
    west, south, east, north = bbox
    lon = "lon BETWEEN ? AND ?" if west <= east else "(lon >= ? OR lon <= ?)"
    sql = f"e.place_id IN (SELECT id FROM places WHERE lat BETWEEN ? AND ? AND {lon})"
    return sql, [south, north, west, east]


def _page(q: EventQuery) -> tuple[str, list[Any]]:
    if q.limit is None and not q.offset:
        return "", []
    return " LIMIT ? OFFSET ?", [-1 if q.limit is None else q.limit, q.offset]


def _sort(q: EventQuery, sorts: dict[str, str]) -> str:
    if q.sort not in sorts:
        raise QueryError(f"unknown sort {q.sort!r}; expected one of {', '.join(sorts)}")
    return sorts[q.sort]


def _run(db: sqlite3.Connection, sql: str, args: list[Any], q: EventQuery) -> sqlite3.Cursor:
    try:
        return db.execute(sql, args)
    except sqlite3.OperationalError as exc:
        if q.text:  # the only user text that reaches SQL unbound is the full-text query's syntax
            raise QueryError(f"text search {q.text!r} is not a valid full-text query ({exc}); quote phrases") from exc
        raise


_RECORD_COLUMNS = (
    "e.json, d.published, d.url, d.source, d.title,"
    " c.id, c.n_mentions, c.n_documents, c.n_sources, c.first_report, c.last_report"
)


def _record(row: tuple[Any, ...]) -> EventRecord:
    text, published, url, source, title, cid, n, docs, sources, first, last = row
    event = Event.from_json(json.loads(text))
    document = DocInfo(event.doc_id, _day(published), url, source, title)
    cluster = ClusterInfo(cid, n, docs, sources, _day(first), _day(last)) if cid is not None else None
    return EventRecord(event, document, cluster)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def mention_records(db: sqlite3.Connection, q: EventQuery) -> Iterator[EventRecord]:
    """Mentions matching ``q``, each with its document and cluster."""
    condition, args = where(q, max_span(db))
    page, page_args = _page(q)
    order = _sort(q, MENTION_SORTS)
    # choose the page first, then join documents and clusters to its rows only
    sql = (
        f"SELECT {_RECORD_COLUMNS} FROM (SELECT e.rowid AS r FROM events e WHERE {condition} ORDER BY {order}{page})"
        f" p JOIN events e ON e.rowid = p.r JOIN documents d ON d.id = e.doc_id"
        f" LEFT JOIN clusters c ON c.id = e.cluster_id ORDER BY {order}"
    )
    for row in _run(db, sql, args + page_args, q):
        yield _record(row)


def run_records(db: sqlite3.Connection, run: int) -> Iterator[EventRecord]:
    """The mentions of every document coded by one ``code --db`` run: by document (in the order they were
    added), then as ``Store.events`` orders a document's events."""
    sql = (
        f"SELECT {_RECORD_COLUMNS} FROM documents d JOIN events e ON e.doc_id = d.id"
        " LEFT JOIN clusters c ON c.id = e.cluster_id WHERE d.coded_run = ? ORDER BY d.rowid, e.ev_start, e.id"
    )
    for row in db.execute(sql, (run,)):
        yield _record(row)


def _cluster_condition(db: sqlite3.Connection, q: EventQuery) -> tuple[str, list[Any]]:
    condition, args = where(q, max_span(db))
    if condition == "1":
        return "1", []
    return f"c.id IN (SELECT e.cluster_id FROM events e WHERE {condition})", args


def cluster_records(db: sqlite3.Connection, q: EventQuery) -> Iterator[EventRecord]:
    """Clusters with a mention matching ``q``, each as its first (seed) mention with the cluster's counts."""
    condition, args = _cluster_condition(db, q)
    page, page_args = _page(q)
    order = _sort(q, CLUSTER_SORTS)
    sql = (
        f"SELECT {_RECORD_COLUMNS} FROM (SELECT c.rowid AS r FROM clusters c WHERE {condition} ORDER BY {order}{page})"
        f" p JOIN clusters c ON c.rowid = p.r JOIN events e ON e.id = c.id JOIN documents d ON d.id = e.doc_id"
        f" ORDER BY {order}"
    )
    for row in _run(db, sql, args + page_args, q):
        yield _record(row)


def count_mentions(db: sqlite3.Connection, q: EventQuery) -> int:
    """How many mentions match (paging ignored)."""
    condition, args = where(q, max_span(db))
    return int(_run(db, f"SELECT count(*) FROM events e WHERE {condition}", args, q).fetchone()[0])


def count_clusters(db: sqlite3.Connection, q: EventQuery) -> int:
    """How many clusters have a matching mention (paging ignored)."""
    condition, args = _cluster_condition(db, q)
    return int(_run(db, f"SELECT count(*) FROM clusters c WHERE {condition}", args, q).fetchone()[0])
