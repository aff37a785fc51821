"""Aggregates over the store: counts by type, dyad or country and month, and a cooperation-conflict series.

Counts are of events (clusters: one per happening) by default, or of mentions (reports). An event's month
is that of its date, else of its document's publication. The series gives, per month, how many events an
actor (or a pair of actors) took part in, their mean and total Goldstein value (-10 conflict .. +10
cooperation, from the CAMEO code) and how many fell in each of the four quad classes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from eventwire.store.query import COUNTRY_CODE, EventQuery, QueryError, actor_condition, max_span, where

By = Literal["type", "dyad", "country"]
Unit = Literal["cluster", "mention"]


class Count(NamedTuple):
    """How many events of one key (a type, a dyad "RUS>UKR", a country) in one month."""

    key: str
    month: str
    events: int


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    """One month of an actor's (or a pair's) cooperation-conflict series."""

    month: str
    events: int
    goldstein_mean: float | None
    goldstein_total: float
    quad: tuple[int, int, int, int]  # verbal cooperation, material cooperation, verbal conflict, material conflict


def _source(db: sqlite3.Connection, unit: Unit, q: EventQuery) -> tuple[str, list[Any], str]:
    """FROM and WHERE of the rows to aggregate (mentions ``e`` or clusters ``c``), and their alias."""
    condition, args = where(q, max_span(db))
    if unit == "mention":
        return f"events e WHERE {condition}", args, "e"
    if condition == "1":
        return "clusters c WHERE 1", [], "c"
    return f"clusters c WHERE c.id IN (SELECT e.cluster_id FROM events e WHERE {condition})", args, "c"


def counts(db: sqlite3.Connection, by: By, q: EventQuery | None = None, unit: Unit = "cluster") -> list[Count]:
    """Counts by key and month, ordered by key then month; rows without a date are left out."""
    q = q or EventQuery()
    source, args, t = _source(db, unit, q)
    dated = f"{source} AND {t}.month IS NOT NULL"
    if by == "type":
        sql = f"SELECT {t}.type, {t}.month, count(*) FROM {dated} GROUP BY {t}.type, {t}.month"
    elif by == "dyad":
        key = f"coalesce({t}.source_country, '-') || '>' || coalesce({t}.target_country, '-')"
        group = f"{t}.source_country, {t}.target_country, {t}.month"
        sql = f"SELECT {key}, {t}.month, count(*) FROM {dated} GROUP BY {group} ORDER BY {group}"
    elif by == "country":
        sql = (
            f"SELECT country, month, count(*) FROM ("
            f" SELECT {t}.source_country AS country, {t}.month AS month FROM {dated} AND {t}.source_country IS NOT NULL"
            f" UNION ALL SELECT {t}.target_country, {t}.month FROM {dated}"
            f" AND {t}.target_country IS NOT NULL AND {t}.target_country IS NOT {t}.source_country"
            f") GROUP BY 1, 2"
        )
        args = args + args
    else:
        raise QueryError(f"cannot count by {by!r}; expected type, dyad or country")
    return list(map(Count._make, db.execute(sql, args)))


def series(
    db: sqlite3.Connection,
    actor: str,
    other: str | None = None,
    q: EventQuery | None = None,
    unit: Unit = "cluster",
) -> list[SeriesPoint]:
    """Per month: events of ``actor`` (with ``other`` on the other side, when given), Goldstein and quad classes.

    When both are country codes (``RUS``, ``UKR``) an event counts by its own dyad (for clusters: their
    first report's); otherwise by any report naming the actor (by name, words or code).
    """
    q = q or EventQuery()
    source, args, t = _source(db, unit, q)
    party, party_args = _dyad_condition(t, actor, other) or _mention_party(t, unit, actor, other)
    sql = (
        f"SELECT {t}.month AS m, count(*), avg({t}.goldstein), total({t}.goldstein),"
        f" sum({t}.quad_class = 1), sum({t}.quad_class = 2), sum({t}.quad_class = 3), sum({t}.quad_class = 4)"
        f" FROM {source} AND {party} AND m IS NOT NULL GROUP BY m ORDER BY m"
    )
    return [
        SeriesPoint(str(m), int(n), None if mean is None else round(float(mean), 3), round(float(total), 3), _quad(*qs))
        for m, n, mean, total, *qs in db.execute(sql, args + party_args)
    ]


def _dyad_condition(t: str, actor: str, other: str | None) -> tuple[str, list[Any]] | None:
    """The fast path: country codes matched on the rows' own (indexed) country columns."""
    if not COUNTRY_CODE.fullmatch(actor) or (other is not None and not COUNTRY_CODE.fullmatch(other)):
        return None
    if other is None:
        return f"({t}.source_country = ? OR {t}.target_country = ?)", [actor, actor]
    pair = (
        f"(({t}.source_country = ? AND {t}.target_country = ?) OR ({t}.source_country = ? AND {t}.target_country = ?))"
    )
    return pair, [actor, other, other, actor]


def _mention_party(t: str, unit: Unit, actor: str, other: str | None) -> tuple[str, list[Any]]:
    party, args = _party_condition(actor, other)
    if unit == "mention":
        return party.replace("e.id IN", f"{t}.id IN", 1), args
    return f"{t}.id IN (SELECT e.cluster_id FROM events e WHERE {party})", args


def _quad(*values: Any) -> tuple[int, int, int, int]:
    a, b, c, d = (int(v or 0) for v in values)
    return a, b, c, d


def _party_condition(actor: str, other: str | None) -> tuple[str, list[Any]]:
    """Mentions (alias ``e``) where ``actor`` is a party and, when given, ``other`` is the other party."""
    first, first_args = actor_condition(actor, "a")
    if other is None:
        return f"e.id IN (SELECT a.event_id FROM event_actors a WHERE {first})", first_args
    second, second_args = actor_condition(other, "b")
    sql = (
        "e.id IN (SELECT a.event_id FROM event_actors a JOIN event_actors b"
        f" ON b.event_id = a.event_id AND b.role <> a.role WHERE {first} AND {second})"
    )
    return sql, first_args + second_args


@dataclass(frozen=True, slots=True)
class Edge:
    """Events from one party to another (countries, else names), with their mean Goldstein value."""

    source: str
    target: str
    events: int
    goldstein_mean: float | None


@dataclass(frozen=True, slots=True)
class PlaceCount:
    """Events at one place."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    events: int


def network(
    db: sqlite3.Connection, q: EventQuery | None = None, unit: Unit = "cluster", limit: int = 200
) -> list[Edge]:
    """The heaviest dyads (by number of events) for an actor network, each party a country or else a name."""
    source, args, t = _source(db, unit, q or EventQuery())
    src = f"coalesce({t}.source_country, {t}.source_name)"
    tgt = f"coalesce({t}.target_country, {t}.target_name)"
    sql = (
        f"SELECT {src} AS s, {tgt} AS g, count(*) AS n, avg({t}.goldstein) FROM {source}"
        f" AND s IS NOT NULL AND g IS NOT NULL GROUP BY s, g ORDER BY n DESC, s, g LIMIT ?"
    )
    return [Edge(s, g, n, None if m is None else round(m, 3)) for s, g, n, m in db.execute(sql, [*args, limit])]


def places(db: sqlite3.Connection, q: EventQuery | None = None, unit: Unit = "cluster") -> list[PlaceCount]:
    """Events per place (for a map), the most frequent first."""
    source, args, t = _source(db, unit, q or EventQuery())
    sql = (
        f"SELECT p.name, p.country, p.lat, p.lon, count(*) AS n FROM places p JOIN (SELECT {t}.place_id FROM {source})"
        f" x ON x.place_id = p.id GROUP BY p.id ORDER BY n DESC, p.name"
    )
    return [PlaceCount(*row) for row in db.execute(sql, args)]
