"""Aggregates over the store: counts by type, dyad or country and month, and a cooperation-conflict series.

Counts are of events (clusters: one per happening) by default, or of mentions (reports). An event's month
is that of its date, else of its document's publication. The series gives, per month, how many events an
actor (or a pair of actors) took part in, their mean and total Goldstein value (-10 conflict .. +10
cooperation, from the CAMEO code) and how many fell in each of the four quad classes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any, Literal

from eventwire.store.query import EventQuery, QueryError, actor_condition, where

By = Literal["type", "dyad", "country"]
Unit = Literal["cluster", "mention"]

_MONTH = "substr(coalesce({t}.date_start, {t}.published), 1, 7)"
_CLUSTER_MONTH = "substr(coalesce({t}.date_start, {t}.first_report), 1, 7)"


@dataclass(frozen=True, slots=True)
class Count:
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


def _source(unit: Unit, q: EventQuery) -> tuple[str, list[Any], str]:
    """FROM and WHERE of the rows to aggregate (mentions ``e`` or clusters ``c``), and their alias."""
    condition, args = where(q)
    if unit == "mention":
        return f"events e WHERE {condition}", args, "e"
    if condition == "1":
        return "clusters c WHERE 1", [], "c"
    return f"clusters c WHERE c.id IN (SELECT e.cluster_id FROM events e WHERE {condition})", args, "c"


def counts(db: sqlite3.Connection, by: By, q: EventQuery | None = None, unit: Unit = "cluster") -> list[Count]:
    """Counts by key and month, ordered by key then month; rows without a date are left out."""
    q = q or EventQuery()
    source, args, t = _source(unit, q)
    month = _MONTH.format(t=t) if unit == "mention" else _CLUSTER_MONTH.format(t=t)
    if by == "type":
        sql = f"SELECT {t}.type, {month} AS m, count(*) FROM {source} AND m IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"
    elif by == "dyad":
        key = f"coalesce({t}.source_country, '-') || '>' || coalesce({t}.target_country, '-')"
        sql = f"SELECT {key}, {month} AS m, count(*) FROM {source} AND m IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"
    elif by == "country":
        sql = (
            f"SELECT country, m, count(*) FROM ("
            f" SELECT {t}.source_country AS country, {month} AS m FROM {source} AND {t}.source_country IS NOT NULL"
            f" UNION ALL SELECT {t}.target_country, {month} FROM {source}"
            f" AND {t}.target_country IS NOT NULL AND {t}.target_country IS NOT {t}.source_country"
            f") WHERE m IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"
        )
        args = args + args
    else:
        raise QueryError(f"cannot count by {by!r}; expected type, dyad or country")
    return [Count(str(k), str(m), int(n)) for k, m, n in db.execute(sql, args)]


def series(
    db: sqlite3.Connection,
    actor: str,
    other: str | None = None,
    q: EventQuery | None = None,
    unit: Unit = "cluster",
) -> list[SeriesPoint]:
    """Per month: events of ``actor`` (with ``other`` on the other side, when given), Goldstein and quad classes."""
    q = q or EventQuery()
    condition, args = where(q)
    party, party_args = _party_condition(actor, other)
    mentions = f"SELECT e.id FROM events e WHERE {condition} AND {party}"
    if unit == "mention":
        table, month, ids = "events r", _MONTH.format(t="r"), f"r.id IN ({mentions})"
    else:
        table, month = "clusters r", _CLUSTER_MONTH.format(t="r")
        ids = f"r.id IN (SELECT e.cluster_id FROM events e WHERE {condition} AND {party})"
    sql = (
        f"SELECT {month} AS m, count(*), avg(r.goldstein), total(r.goldstein),"
        " sum(r.quad_class = 1), sum(r.quad_class = 2), sum(r.quad_class = 3), sum(r.quad_class = 4)"
        f" FROM {table} WHERE {ids} AND m IS NOT NULL GROUP BY m ORDER BY m"
    )
    return [
        SeriesPoint(
            str(m),
            int(n),
            None if mean is None else round(float(mean), 3),
            round(float(total), 3),
            _quad(q1, q2, q3, q4),
        )
        for m, n, mean, total, q1, q2, q3, q4 in db.execute(sql, args + party_args)
    ]


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
