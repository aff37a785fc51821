"""The walk form: a page of events in date order, read off the store's dated indexes.

An actor, a country (of some types), a place or a type is found through indexes that list its events by date
(``event_actors(name_key, date_start)``, ``(country, date_start)``, ``(country, type, date_start)``,
``events(place_country, date_start)``, ``events(place_id, date_start)``...: migration
``0006_dated_indexes``). Each way of matching the filter (a name, words as written, a country code; a party's
country, the place's country) is a **branch** that walks one such index newest first and tests the rest of
the filter on each event row, stopping after a page. The union of the branches' first ``offset + limit``
events holds the page, since every branch is in the page's order. So a page of an actor's events reads about
a page of index entries, however many events the actor has.

The filter that drives the walk is the one whose branches list the fewest entries (counted on the indexes,
up to a cap; a type drives only beside an actor, country or place filter: alone, the row form walks it as
well); the others are tested row by row. ``sql.run`` gives the walk a budget of SQLite steps and falls
back to the index form past it. ``tests/serve/test_walk.py`` checks it against the store's own query.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from eventwire.serve.query import Filter, Page
from eventwire.store.query import EventQuery

ESTIMATE_CAP = 3000  # index entries counted per branch when choosing the driving filter
MAX_PLACES = 20  # a place name naming more places than this is not walked (one branch per place)
ORDERS = {"-date": "DESC", "date": "ASC"}


@dataclass(frozen=True, slots=True)
class Branch:
    """One index walk: ``source`` (tables, aliased ``e`` for the event) and ``test`` on that index's columns.
    ``date`` is the indexed copy of the event's ``date_start``; ``fan`` how many rows one event may have in it."""

    source: str
    test: str
    args: tuple[Any, ...]
    date: str
    fan: int = 1


_ACTOR_ROWS = "event_actors k CROSS JOIN events e ON e.id = k.event_id"


def _actor_branches(value: str, role: str | None) -> list[Branch]:
    from eventwire.serve.sql import _alternatives

    side = ("k.role = ? AND ", (role,)) if role else ("", ())
    fan = 1 if role else 2  # without a role, an event's source and target may both match
    return [
        Branch(_ACTOR_ROWS, f"{side[0]}{test}", (*side[1], *args), "k.date_start", fan)
        for test, args in _alternatives(value, "k")
    ]


def _country_branches(country: str, types: tuple[str, ...]) -> list[Branch]:
    """A party's country, or the place's; with types, one pair of branches per type (on indexes that have it)."""
    if not types:
        return [
            Branch(_ACTOR_ROWS, "k.country = ?", (country,), "k.date_start", 2),
            Branch("events e", "e.place_country = ?", (country,), "e.date_start"),
        ]
    return [
        branch
        for t in types
        for branch in (
            Branch(_ACTOR_ROWS, "k.country = ? AND k.type = ?", (country, t), "k.date_start", 2),
            Branch("events e", "e.place_country = ? AND e.type = ?", (country, t), "e.date_start"),
        )
    ]


def _place_branches(db: sqlite3.Connection, name: str) -> list[Branch] | None:
    ids = [row[0] for row in db.execute("SELECT id FROM places WHERE name_key = ?", (name.strip().lower(),))]
    if len(ids) > MAX_PLACES:
        return None
    return [Branch("events e", "e.place_id = ?", (i,), "e.date_start") for i in ids]


def _drivers(db: sqlite3.Connection, f: Filter) -> list[tuple[Filter, list[Branch]]]:
    """Each indexed filter of ``f`` as branches, with ``f`` less that filter (what the rows are tested for)."""
    q = f.query
    found: list[tuple[Filter, list[Branch]]] = []
    if q.actor:
        found.append((replace(f, query=replace(q, actor=None)), _actor_branches(q.actor, None)))
    if f.source:
        found.append((replace(f, source=None), _actor_branches(f.source, "source")))
    if f.target:
        found.append((replace(f, target=None), _actor_branches(f.target, "target")))
    if q.country:  # with its types, when it has some: the (country, type, date_start) indexes have both
        rest = replace(f, query=replace(q, country=None, types=()))
        found.append((rest, _country_branches(q.country, q.types)))
    if q.place:
        places = _place_branches(db, q.place)
        if places is not None:
            found.append((replace(f, query=replace(q, place=None)), places))
    if q.types and found and not q.country:  # a rare type beside a common actor: walk the type, test the actor
        types = [Branch("events e", "e.type = ?", (t,), "e.date_start") for t in q.types]
        found.append((replace(f, query=replace(q, types=())), types))
    return found


def _entries(db: sqlite3.Connection, branch: Branch) -> int:
    table = branch.source.split(" CROSS JOIN ")[0]
    sql = f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {branch.test} LIMIT {ESTIMATE_CAP})"
    return int(db.execute(sql, branch.args).fetchone()[0])


@dataclass(frozen=True, slots=True)
class Walk:
    """How to walk a filter: its driving branches, and the filter the rows must still meet."""

    branches: list[Branch]
    rest: Filter

    def page_sql(self, condition: str, args: list[Any], page: Page, span: int | None) -> tuple[str, list[Any]]:
        """The SQL of one page (``e.json, e.doc_id``) and its parameters; ``condition`` tests ``rest``."""
        union, values = self._union(condition, args, page.offset + page.limit, page.sort, span)
        way = ORDERS[page.sort]
        sql = (
            f"SELECT e.json, e.doc_id FROM ({union}) u CROSS JOIN events e ON e.rowid = u.r"
            f" ORDER BY u.d {way}, u.r {way} LIMIT ? OFFSET ?"
        )
        return sql, [*values, page.limit, page.offset]

    def count_sql(self, condition: str, args: list[Any], cap: int, span: int | None) -> tuple[str, list[Any]]:
        """How many events match, counted up to ``cap + 1`` (more than ``cap`` means "at least")."""
        union, values = self._union(condition, args, cap + 1, "-date", span)
        return f"SELECT min(count(*), {cap + 1}) FROM ({union})", values

    def _union(self, condition: str, args: list[Any], n: int, sort: str, span: int | None) -> tuple[str, list[Any]]:
        way = ORDERS[sort]
        parts, values = [], []
        for b in self.branches:
            bounds, bound_args = _date_bounds(b.date, self.rest.query, span)
            parts.append(
                f"SELECT * FROM (SELECT e.rowid AS r, {b.date} AS d FROM {b.source}"
                f" WHERE {b.test}{bounds} AND {condition} ORDER BY {b.date} {way}, e.rowid {way} LIMIT ?)"
            )
            values += [*b.args, *bound_args, *args, n * b.fan]
        return " UNION ".join(parts) or "SELECT NULL AS r, NULL AS d WHERE 0", values  # no branch: nothing matches


def _date_bounds(column: str, q: EventQuery, span: int | None) -> tuple[str, list[Any]]:
    """The filter's dates as a range of the walked index's date column (the rows test them exactly)."""
    sql, args = "", list[Any]()
    if q.until:
        sql, args = f"{sql} AND {column} <= ?", [*args, q.until.isoformat()]
    if q.since and span is not None:
        sql, args = f"{sql} AND {column} >= ?", [*args, (q.since - timedelta(days=span)).isoformat()]
    return sql, args


def plan(db: sqlite3.Connection, f: Filter, page: Page | None = None) -> Walk | None:
    """The walk of ``f`` for pages in ``page``'s order, or None when no dated index drives it (no actor,
    country or place filter; a sort by confidence; a store without migration 0006)."""
    if page is not None and page.sort not in ORDERS:
        return None
    drivers = _drivers(db, f)
    if not drivers or not _has_dated_indexes(db):
        return None
    if len(drivers) > 1:  # drive by the filter that lists the fewest entries
        sizes = [(sum(_entries(db, b) for b in branches), i) for i, (_, branches) in enumerate(drivers)]
        drivers = [drivers[min(sizes)[1]]]
    rest, branches = drivers[0]
    return Walk(branches, rest)


def _has_dated_indexes(db: sqlite3.Connection) -> bool:
    row = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'events_place_country_date'")
    return row.fetchone() is not None
