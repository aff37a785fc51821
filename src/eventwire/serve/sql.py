"""The SQL of an ``EventQuery`` over the store's ``events`` table (alias ``e``).

This is the one place that knows how the store's columns answer each filter, so that moving to the store's
own query layer changes this module and ``reader.py`` only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from eventwire.serve.query import EventQuery, Page

_COUNTRY = re.compile(r"^[A-Z]{3}$")
_Add = Callable[..., None]  # where()'s local add(clause, *values)

SOURCE_NAME = "coalesce(json_extract(e.json, '$.source.name'), json_extract(e.json, '$.source.text'))"
TARGET_NAME = "coalesce(json_extract(e.json, '$.target.name'), json_extract(e.json, '$.target.text'))"
# Plain column orders (ties broken by rowid) so that SQLite can walk an index instead of sorting every match;
# undated events come last newest-first and first oldest-first.
ORDER = {
    "-date": "e.date_start DESC, e.rowid DESC",
    "date": "e.date_start, e.rowid",
    "-confidence": "e.confidence DESC, e.rowid DESC",
    "confidence": "e.confidence, e.rowid",
}
PERIOD = {"day": "e.date_start", "month": "substr(e.date_start, 1, 7)", "year": "substr(e.date_start, 1, 4)"}


def where(q: EventQuery) -> tuple[str, list[object]]:
    """A WHERE clause (or "") and its arguments selecting the events the query asks for."""
    clauses: list[str] = []
    args: list[object] = []

    def add(clause: str, *values: object) -> None:
        clauses.append(clause)
        args.extend(values)

    _codes(q, add)
    _words(q, add)
    if q.date_from:
        add("e.date_end >= ?", q.date_from.isoformat())
    if q.date_to:
        add("e.date_start <= ?", q.date_to.isoformat())
    if q.bbox:
        west, south, east, north = q.bbox
        lon = "e.lon BETWEEN ? AND ?" if west <= east else "(e.lon >= ? OR e.lon <= ?)"
        add(f"e.lat BETWEEN ? AND ? AND {lon}", south, north, west, east)
    if q.min_confidence is not None:
        add("e.confidence >= ?", q.min_confidence)
    if q.doc_id:
        add("e.doc_id = ?", q.doc_id)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), args


def _marks(values: tuple[str, ...]) -> str:
    return ", ".join("?" * len(values))


def _codes(q: EventQuery, add: _Add) -> None:
    if q.type:
        add(f"e.type IN ({_marks(q.type)})", *q.type)
    if q.status:
        add(f"e.status IN ({_marks(q.status)})", *q.status)
    if q.mode:
        add("e.mode = ?", q.mode)
    if q.country:
        marks = _marks(q.country)
        add(f"(e.source_country IN ({marks}) OR e.target_country IN ({marks}))", *q.country, *q.country)
    if q.sector:
        marks = _marks(q.sector)
        source, target = "json_extract(e.json, '$.source.sector')", "json_extract(e.json, '$.target.sector')"
        add(f"({source} IN ({marks}) OR {target} IN ({marks}))", *q.sector, *q.sector)


def _side(role: str, who: str) -> tuple[str, list[object]]:
    """One side of the dyad is this actor: its country code, or words of its name."""
    if _COUNTRY.match(who):
        return f"e.{role}_country = ?", [who]
    return f"{SOURCE_NAME if role == 'source' else TARGET_NAME} LIKE ?", [f"%{who}%"]


def _words(q: EventQuery, add: _Add) -> None:
    if q.actor:
        (source, one), (target, other) = _side("source", q.actor), _side("target", q.actor)
        add(f"({source} OR {target})", *one, *other)
    for role, who in (("source", q.source), ("target", q.target)):
        if who:
            clause, values = _side(role, who)
            add(clause, *values)
    if q.place:
        add("e.location_name LIKE ?", q.place)
    if q.text:
        like = f"%{q.text}%"
        add(
            "(json_extract(e.json, '$.evidence.sentence') LIKE ?"
            " OR e.doc_id IN (SELECT id FROM documents WHERE text LIKE ? OR title LIKE ?))",
            like,
            like,
            like,
        )


def order(page: Page) -> str:
    return ORDER[page.sort]
