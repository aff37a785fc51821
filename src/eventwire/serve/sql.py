"""The SQL of a ``Filter`` over the store, in two equivalent forms, and the choice between them.

- The **index form** is the store's own condition (``eventwire.store.query.where``): each filter on actors and
  places is an ``IN (SELECT ...)`` over their indexed rows. SQLite answers it well when those sets are small.
- The **row form** says the same thing row by row (the event's own columns, and ``EXISTS`` lookups by primary
  key for its actors and place), so SQLite can walk the date index newest first and stop after a page. It
  answers broad filters ("events involving the United States") in a few milliseconds, where the index form
  would first collect hundreds of thousands of ids.

``narrow`` tells them apart by counting, on their indexes alone, the events that the indexed filters keep: a
narrow filter goes straight to the index form. Otherwise every indexed filter keeps many events, so the index
form would collect many ids, and ``run`` walks rows within a budget of SQLite steps (a page of a filter that
keeps one event in 300 is found within it), falling back to the index form only past it. A broad filter
never builds a huge set and a narrow one never walks the whole table. ``tests/serve/test_sql.py`` checks that
both forms select the same events as the store's query for many filters.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from eventwire.serve.query import Filter, Page
from eventwire.store.query import EventQuery, max_span
from eventwire.store.query import where as store_where

COUNTRY = re.compile(r"[A-Z]{3}")
ACTOR_CODE = re.compile(r"([A-Z]{3})([A-Z]{3})")
STEP_GRAIN = 1000  # SQLite virtual-machine steps between two budget checks
ROW_BUDGET = 400  # x STEP_GRAIN steps the row form may take before the index form is tried (~15,000 rows)
CROSSOVER = 3000  # events an indexed filter may keep for the index form to be chosen without trying rows

ORDER = {
    "-date": "e.date_start DESC, e.rowid DESC",
    "date": "e.date_start, e.rowid",
    "-confidence": "e.confidence DESC, e.rowid DESC",
    "confidence": "e.confidence, e.rowid",
}
PERIOD = {"day": "e.date_start", "month": "substr(e.date_start, 1, 7)", "year": "substr(e.date_start, 1, 4)"}


class OverBudget(Exception):
    """A query took more steps than it was allowed."""


def _alternatives(value: str, alias: str) -> list[tuple[str, list[Any]]]:
    """The ways an actor row (alias) can be this actor: a name or words as written, a country code, or a
    country and sector code. The same test as the store's ``actor`` filter."""
    key, raw = value.strip().lower(), value.strip()
    found: list[tuple[str, list[Any]]] = [(f"{alias}.name_key = ?", [key]), (f"{alias}.text_key = ?", [key])]
    code = ACTOR_CODE.fullmatch(raw)
    if COUNTRY.fullmatch(raw):
        found.append((f"{alias}.country = ?", [raw]))
    elif code:
        found.append((f"{alias}.country = ? AND {alias}.sector = ?", [code.group(1), code.group(2)]))
    return found


def _who(value: str, alias: str) -> tuple[str, list[Any]]:
    """An actor row (alias) is this actor, as one SQL condition."""
    found = _alternatives(value, alias)
    return "(" + " OR ".join(f"({c})" for c, _ in found) + ")", [a for _, args in found for a in args]


def _sides(f: Filter, *, rows: bool) -> list[tuple[str, list[Any]]]:
    """The dyad's sides: this actor as the source, that one as the target."""
    out: list[tuple[str, list[Any]]] = []
    for role, who in (("source", f.source), ("target", f.target)):
        if who:
            test, args = _who(who, "a")
            if rows:
                clause = f"EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND a.role = ? AND {test})"
            else:
                clause = f"e.id IN (SELECT a.event_id FROM event_actors a WHERE a.role = ? AND {test})"
            out.append((clause, [role, *args]))
    return out


def index_form(f: Filter, span: int | None = None) -> tuple[str, list[Any]]:
    """The store's condition on mentions (alias ``e``), with the dyad's sides.

    ``span``: the store's longest event in days (``max_span``), which bounds a ``since`` filter from below."""
    condition, args = store_where(f.query, span)
    for clause, values in _sides(f, rows=False):
        condition, args = f"{condition} AND {clause}", [*args, *values]
    return condition, args


def row_form(f: Filter, span: int | None = None) -> tuple[str, list[Any]]:
    """The same condition, tested on each event row by its columns and primary-key lookups."""
    q = f.query
    clauses: list[tuple[str, list[Any]]] = []
    if q.actor:
        test, args = _who(q.actor, "a")
        clauses.append((f"EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND {test})", args))
    if q.country:
        place = "EXISTS (SELECT 1 FROM places p WHERE p.id = e.place_id AND p.country = ?)"
        clauses.append((f"(e.source_country = ? OR e.target_country = ? OR {place})", [q.country] * 3))
    if q.sector:
        clauses.append(("(e.source_sector = ? OR e.target_sector = ?)", [q.sector] * 2))
    clauses += _columns(q, span)
    clauses += _sides(f, rows=True)
    condition = " AND ".join(c for c, _ in clauses) or "1"
    return condition, [a for _, args in clauses for a in args]


def _columns(q: EventQuery, span: int | None) -> list[tuple[str, list[Any]]]:
    out: list[tuple[str, list[Any]]] = []
    for column, values in (("e.type", q.types), ("e.mode", q.modes), ("e.status", q.statuses)):
        if values:
            out.append((f"{column} IN ({', '.join('?' * len(values))})", list(values)))
    if q.since:
        out.append(("e.date_end >= ?", [q.since.isoformat()]))
        if span is not None:  # no event is longer than span days, so it cannot start before this
            out.append(("e.date_start >= ?", [(q.since - timedelta(days=span)).isoformat()]))
    if q.until:
        out.append(("e.date_start <= ?", [q.until.isoformat()]))
    if q.place:
        place = "EXISTS (SELECT 1 FROM places p WHERE p.id = e.place_id AND p.name_key = ?)"
        out.append((place, [q.place.strip().lower()]))
    if q.bbox:
        west, south, east, north = q.bbox
        lon = "p.lon BETWEEN ? AND ?" if west <= east else "(p.lon >= ? OR p.lon <= ?)"
        box = f"EXISTS (SELECT 1 FROM places p WHERE p.id = e.place_id AND p.lat BETWEEN ? AND ? AND {lon})"
        out.append((box, [south, north, west, east]))
    if q.text:
        out.append(("e.doc_id IN (SELECT doc_id FROM documents_fts WHERE documents_fts MATCH ?)", [q.text]))
    if q.min_confidence is not None:
        out.append(("e.confidence >= ?", [q.min_confidence]))
    if q.doc_id:
        out.append(("e.doc_id = ?", [q.doc_id]))
    if q.cluster_id:
        out.append(("e.cluster_id = ?", [q.cluster_id]))
    return out


@contextmanager
def budget(db: sqlite3.Connection, grains: int | None) -> Iterator[None]:
    """Raise ``OverBudget`` when a query run inside takes more than ``grains`` x STEP_GRAIN SQLite steps."""
    if grains is None:
        yield
        return
    spent = [0]

    def tick() -> int:
        spent[0] += 1
        return 1 if spent[0] > grains else 0

    db.set_progress_handler(tick, STEP_GRAIN)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if spent[0] > grains:
            raise OverBudget from exc
        raise
    finally:
        db.set_progress_handler(None, 0)


def narrow(db: sqlite3.Connection, f: Filter) -> bool:
    """Whether an indexed filter (actor, a dyad side, country, place, document, event) keeps fewer than
    ``CROSSOVER`` events, counted on its index alone: then the index form is cheap and the row form would
    walk far to fill a page."""
    q = f.query
    if q.doc_id or q.cluster_id:
        return True
    for sides in _estimates(f):
        total = 0
        for clause, args in sides:
            total += db.execute(f"SELECT count(*) FROM (SELECT 1 FROM {clause} LIMIT {CROSSOVER})", args).fetchone()[0]
        if total < CROSSOVER:
            return True
    return False


def _estimates(f: Filter) -> Iterator[list[tuple[str, list[Any]]]]:
    """For each indexed filter, the index scans whose rows add up to (at least) the events it keeps."""
    q = f.query
    for role, who in ((None, q.actor), ("source", f.source), ("target", f.target)):
        if who:  # one index scan per alternative: their sum bounds the union
            side = ("a.role = ? AND ", [role]) if role else ("", [])
            yield [(f"event_actors a WHERE {side[0]}{c}", [*side[1], *a]) for c, a in _alternatives(who, "a")]
    if q.country:
        placed = "events e WHERE e.place_id IN (SELECT id FROM places WHERE country = ?)"
        yield [("event_actors a WHERE a.country = ?", [q.country]), (placed, [q.country])]
    if q.place:
        yield [("events e WHERE e.place_id IN (SELECT id FROM places WHERE name_key = ?)", [q.place.strip().lower()])]


def run(
    db: sqlite3.Connection,
    f: Filter,
    build: Callable[[str], str],
    args: list[Any],
    *,
    walk: bool = False,
    row_budget: int = ROW_BUDGET,
    last_budget: int | None = None,
) -> list[tuple[Any, ...]]:
    """Rows of ``build(condition)``, a SQL text over the events matching ``f``.

    With ``walk`` (a page or a capped count: queries that may stop early) the row form is tried first within
    ``row_budget``; then, or without ``walk`` (aggregates, which read every match anyway), the index form,
    within ``last_budget`` when one is given (raising ``OverBudget`` past it)."""
    span = max_span(db)
    if walk:
        condition, values = row_form(f, span)
        try:
            with budget(db, row_budget):
                return db.execute(build(condition), [*values, *args]).fetchall()
        except OverBudget:
            pass
    condition, values = index_form(f, span)
    with budget(db, last_budget):
        return db.execute(build(condition), [*values, *args]).fetchall()


def order(page: Page) -> str:
    return ORDER[page.sort]
