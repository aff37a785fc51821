"""Incremental clustering of mentions into events, in the store.

The clusters are defined by one deterministic pass over all mentions in canonical order (by day, the
most specific report first, then by id; see ``clusters.Mention.order``): each mention joins the cluster,
among those it is linked to, with which it has the most links and no conflict (ties: the older
cluster), or starts a new one named after itself. Input order never matters.

Because a mention can only join a cluster whose members all lie within ``cluster_window_days`` of it,
the pass at a given day depends only on the last ``2 * window`` days. An update therefore re-runs the
pass from the first day that changed (mentions added or removed), starting from the stored clusters of
the days before, and stops as soon as ``2 * window`` consecutive days come out exactly as stored: the
result is the one a full re-run would give, without re-running it.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from eventwire.store.clusters import ClusterRules, Mention, Party, Spot, anchor_keys, link, probe_keys

log = logging.getLogger(__name__)

CHUNK_DAYS = 64  # days of mentions read from the store at once

_MENTION_SQL = (
    "SELECT e.id, e.type, e.status, e.mode, e.day_start, e.day_end, e.date_explicit, e.specificity,"
    " e.source_country, e.source_key, e.source_sector, e.target_country, e.target_key, e.target_sector,"
    " p.key, p.country, p.lat, p.lon, p.precision, e.cluster_id"
    " FROM events e LEFT JOIN places p ON p.id = e.place_id"
)

CLUSTER_ROWS_SQL = """
INSERT INTO clusters (id, type, mode, cameo, status, source_country, source_name, source_sector, target_country,
    target_name, target_sector, date_start, date_end, month, place_id, goldstein, quad_class, confidence, n_mentions,
    n_documents, n_sources, first_report, last_report)
SELECT s.id, s.type, s.mode, s.cameo, s.status, s.source_country, s.source_name, s.source_sector, s.target_country,
    s.target_name, s.target_sector, s.date_start, s.date_end, substr(coalesce(s.date_start, a.first), 1, 7),
    s.place_id, s.goldstein, s.quad_class, a.confidence, a.n, a.docs, a.sources, a.first, a.last
FROM (
    SELECT cluster_id, max(confidence) AS confidence, count(*) AS n, count(DISTINCT doc_id) AS docs,
        count(DISTINCT doc_source) AS sources, min(published) AS first, max(published) AS last
    FROM events WHERE cluster_id IN (SELECT id FROM temp.dirty_clusters) GROUP BY cluster_id
) a JOIN events s ON s.id = a.cluster_id
"""


def _party(country: str | None, key: str | None, sector: str | None) -> Party | None:
    return Party(country, key, sector) if key is not None else None


def _mention(row: tuple[Any, ...]) -> tuple[Mention, str | None]:
    """A mention and its stored cluster id from a row of ``_MENTION_SQL``."""
    (id_, type_, status, mode, d0, d1, explicit, spec, sc, sk, ss, tc, tk, ts, pk, pc, lat, lon, prec, cluster) = row
    place = Spot(pk, pc, lat, lon, prec) if pk is not None else None
    source, target = _party(sc, sk, ss), _party(tc, tk, ts)
    mention = Mention(id_, type_, status, mode, d0, d1, bool(explicit), spec, source, target, place)
    return mention, cluster


@dataclass(frozen=True, slots=True)
class Removed:
    """A mention taken out of the store: where it was, for repairing its cluster."""

    type: str
    status: str
    day_start: int | None
    cluster_id: str | None


@dataclass(slots=True)
class _Pass:
    """The state of the clustering pass over one block of compatible types and statuses (so ``link``,
    which does not compare them, is enough)."""

    rules: ClusterRules
    members: dict[str, list[Mention]] = field(default_factory=dict)
    seed_order: dict[str, tuple[int, int, int, str]] = field(default_factory=dict)
    assigned: dict[str, str] = field(default_factory=dict)
    buckets: dict[tuple[int, str], list[Mention]] = field(default_factory=lambda: defaultdict(list))
    days: dict[int, list[Mention]] = field(default_factory=lambda: defaultdict(list))

    def keep(self, m: Mention, cluster_id: str) -> None:
        """Take a mention with its cluster as given (context before the first changed day)."""
        self.assigned[m.id] = cluster_id
        members = self.members.setdefault(cluster_id, [])
        members.append(m)
        order = min(x.order() for x in members)
        self.seed_order[cluster_id] = order
        self._index(m)

    def assign(self, m: Mention) -> str:
        """Put a mention in the best cluster it is linked to without conflict, or in a new one."""
        links: dict[str, int] = defaultdict(int)
        known: dict[str, int] = {}  # relation of m to the mentions looked at, computed once
        rules = self.rules
        for day in range(m.day_start - rules.window_days, m.day_start + 1):
            for key in probe_keys(m, rules):
                for other in self.buckets.get((day, key), ()):
                    if other.id not in known:
                        known[other.id] = found = link(m, other, rules)
                        if found == 1:
                            links[self.assigned[other.id]] += 1
        chosen = m.id
        for cid in sorted(links, key=lambda c: (-links[c], self.seed_order[c])):
            members = self.members[cid]
            if all((known[x.id] if x.id in known else link(m, x, rules)) >= 0 for x in members):
                chosen = cid
                break
        if chosen == m.id:
            self.members[chosen] = []
            self.seed_order[chosen] = m.order()
        self.members[chosen].append(m)
        self.assigned[m.id] = chosen
        self._index(m)
        return chosen

    def _index(self, m: Mention) -> None:
        self.days[m.day_start].append(m)
        for key in anchor_keys(m, self.rules):
            self.buckets[(m.day_start, key)].append(m)

    def forget_before(self, day: int) -> None:
        """Drop mentions (and clusters) older than ``day``: nothing later can join them."""
        for old in [d for d in self.days if d < day]:
            for m in self.days.pop(old):
                cid = self.assigned.pop(m.id)
                if cid in self.members and all(x.day_start < day for x in self.members[cid]):
                    del self.members[cid]
                    del self.seed_order[cid]
        for key in [k for k in self.buckets if k[0] < day]:
            del self.buckets[key]


class Clusterer:
    """Keeps ``events.cluster_id`` and the ``clusters`` table up to date; the caller holds the transaction."""

    def __init__(self, db: sqlite3.Connection, rules: ClusterRules | None = None) -> None:
        self.db = db
        self.rules = rules or ClusterRules.from_settings()

    def update(self, removed: Iterable[Removed] = ()) -> int:
        """Cluster every pending mention (``cluster_id`` NULL) and repair the clusters of removed ones.

        Returns how many mentions changed cluster.
        """
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS dirty_clusters (id TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM temp.dirty_clusters")
        removed = list(removed)
        self._mark_dirty(r.cluster_id for r in removed if r.cluster_id)
        changed = self._undated()
        for block, days in sorted(self._dirty_days(removed).items()):
            changed += self._run_block(block, sorted(days))
        self._refresh_cluster_rows()
        return changed

    def _undated(self) -> int:
        """A pending mention without any day, or of a status that does not cluster, is an event of its own."""
        statuses = sorted(self.rules.status_groups)
        marks = ", ".join("?" * len(statuses))
        ids = [
            r[0]
            for r in self.db.execute(
                f"SELECT id FROM events WHERE cluster_id IS NULL AND (day_start IS NULL OR status NOT IN ({marks}))",
                statuses,
            )
        ]
        self.db.executemany("UPDATE events SET cluster_id = id WHERE id = ?", [(i,) for i in ids])
        self._mark_dirty(ids)
        return len(ids)

    def _dirty_days(self, removed: list[Removed]) -> dict[tuple[str, str], set[int]]:
        blocks: dict[tuple[str, str], set[int]] = defaultdict(set)
        rows = self.db.execute(
            "SELECT DISTINCT type, status, day_start FROM events WHERE cluster_id IS NULL AND day_start IS NOT NULL"
        ).fetchall()
        rows += [(r.type, r.status, r.day_start) for r in removed if r.day_start is not None]
        for type_, status, day in rows:
            if status not in self.rules.status_groups:
                continue
            blocks[(self.rules.type_block(type_), self.rules.status_block(status))].add(int(day))
        return blocks

    def _load(self, block: tuple[str, str], first: int, last: int) -> Iterator[tuple[Mention, str | None]]:
        types, statuses = self.rules.block_types(block[0]), self.rules.block_statuses(block[1])
        sql = (
            f"{_MENTION_SQL} WHERE e.type IN ({', '.join('?' * len(types))})"
            f" AND e.day_start BETWEEN ? AND ? AND e.status IN ({', '.join('?' * len(statuses))})"
        )
        for row in self.db.execute(sql, (*types, first, last, *statuses)):
            yield _mention(row)

    def _run_block(self, block: tuple[str, str], dirty: list[int]) -> int:
        """Re-run the pass over one block from each changed day until it settles; returns changes."""
        changed, pending = 0, list(dirty)
        while pending:
            start = pending.pop(0)
            settled_at, count = self._segment(block, start, pending)
            changed += count
            pending = [d for d in pending if d > settled_at]
        return changed

    def _segment(self, block: tuple[str, str], start: int, later_dirty: list[int]) -> tuple[int, int]:
        """One run of the pass from ``start``; returns (the day it settled on, mentions changed)."""
        w = self.rules.window_days
        state = _Pass(self.rules)
        for m, cid in sorted(self._load(block, start - 2 * w, start - 1), key=lambda x: x[0].order()):
            if cid is not None:
                state.keep(m, cid)
        changed: list[tuple[str, str]] = []
        stored: dict[int, list[tuple[str, str | None]]] = {}
        day, last_day = start, self._last_day(block)
        while day <= last_day:
            chunk = sorted(self._load(block, day, day + CHUNK_DAYS - 1), key=lambda x: x[0].order())
            by_day: dict[int, list[tuple[Mention, str | None]]] = defaultdict(list)
            for item in chunk:
                by_day[item[0].day_start].append(item)
            for d in range(day, day + CHUNK_DAYS):
                state.forget_before(d - 2 * w)
                stored[d] = []
                for m, old in by_day.get(d, ()):
                    new = state.assign(m)
                    stored[d].append((new, old))
                    if new != old:
                        changed.append((new, m.id))
                        self._mark_dirty([new] + ([old] if old else []))
                if self._settled(stored, d, later_dirty):
                    self._write(changed)
                    return d, len(changed)
                stored.pop(d - 2 * w, None)
            day += CHUNK_DAYS
        self._write(changed)
        return last_day, len(changed)

    def _settled(self, stored: dict[int, list[tuple[str, str | None]]], day: int, later_dirty: list[int]) -> bool:
        """The last 2 * window days came out as stored and no changed day is due before the next one."""
        w = self.rules.window_days
        if later_dirty and later_dirty[0] <= day + 1:
            return False
        window = [stored.get(d) for d in range(day - 2 * w + 1, day + 1)]
        return all(items is not None and all(new == old for new, old in items) for items in window)

    def _last_day(self, block: tuple[str, str]) -> int:
        types = self.rules.block_types(block[0])
        row = self.db.execute(
            f"SELECT max(day_start) FROM events WHERE type IN ({', '.join('?' * len(types))})", types
        ).fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _write(self, changed: list[tuple[str, str]]) -> None:
        self.db.executemany("UPDATE events SET cluster_id = ? WHERE id = ?", changed)

    def _mark_dirty(self, ids: Iterable[str]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO temp.dirty_clusters VALUES (?)", [(i,) for i in ids])

    def _refresh_cluster_rows(self) -> None:
        self.db.execute("DELETE FROM clusters WHERE id IN (SELECT id FROM temp.dirty_clusters)")
        self.db.execute(CLUSTER_ROWS_SQL)
        self.db.execute("DELETE FROM temp.dirty_clusters")

    def rebuild(self) -> int:
        """Forget every cluster and cluster all mentions again from scratch (same result as incremental)."""
        self.db.execute("UPDATE events SET cluster_id = NULL")
        self.db.execute("DELETE FROM clusters")
        return self.update()
