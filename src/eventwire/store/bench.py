"""``eventwire bench --store``: the store on a million synthetic events.

Times what issue 13 asks to be fast: a filtered query and a dyad-month aggregation (each under 1 s) and
clustering 100,000 new mentions that arrive after a million are stored (under 60 s). The data comes from
``store.synthetic`` with a fixed seed; a store built once is reused when given again with ``--db``.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import islice
from pathlib import Path
from typing import Any

from eventwire.model import Document, Event
from eventwire.store import stats
from eventwire.store.query import EventQuery
from eventwire.store.sqlite import Store
from eventwire.store.synthetic import base_happenings, corpus

DAYS = 3 * 365
DOCUMENTS_PER_WRITE = 2_000
REPEATS = 3
QUERY_LIMIT = 1.0
CLUSTER_LIMIT = 60.0


@dataclass(frozen=True, slots=True)
class Timing:
    """One timed operation: the median of a few runs (the first run is kept too)."""

    name: str
    seconds: float
    first: float
    rows: int
    limit: float | None = None
    cpu: float = 0.0  # median processor time of this process: the share of the wall time that was ours

    @property
    def ok(self) -> bool:
        return self.limit is None or self.seconds < self.limit


@dataclass(slots=True)
class StoreBench:
    """Everything the benchmark measured."""

    path: Path
    seed: int
    mentions: int = 0
    events: int = 0
    build_seconds: float | None = None
    timings: list[Timing] = field(default_factory=list)
    new_mentions: int = 0
    new_insert_seconds: float = 0.0
    new_cluster_seconds: float = 0.0
    new_cluster_cpu: float = 0.0
    load_average: float = 0.0
    joined_existing: int = 0
    events_after: int = 0
    size_mb: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "seed": self.seed,
            "mentions": self.mentions,
            "events": self.events,
            "build_seconds": self.build_seconds,
            "timings": [
                {
                    "name": t.name,
                    "seconds": round(t.seconds, 4),
                    "cpu": round(t.cpu, 4),
                    "first": round(t.first, 4),
                    "rows": t.rows,
                    "ok": t.ok,
                }
                for t in self.timings
            ],
            "new_mentions": self.new_mentions,
            "new_insert_seconds": round(self.new_insert_seconds, 2),
            "new_cluster_seconds": round(self.new_cluster_seconds, 2),
            "new_cluster_cpu": round(self.new_cluster_cpu, 2),
            "load_average": self.load_average,
            "new_joined_existing_events": self.joined_existing,
            "events_after": self.events_after,
            "size_mb": round(self.size_mb, 1),
        }


def _write(store: Store, documents: Iterable[tuple[Document, list[Event]]]) -> int:
    """Store documents and their events unclustered, in large transactions; returns the events written."""
    written = 0
    iterator = iter(documents)
    while batch := list(islice(iterator, DOCUMENTS_PER_WRITE)):
        with store.db:
            store.db.executemany(
                "INSERT OR IGNORE INTO documents (id, title, text, published, source, meta, added_at)"
                " VALUES (?, ?, ?, ?, ?, '{}', 'bench')",
                [(d.id, d.title, d.text, d.published.isoformat() if d.published else None, d.source) for d, _ in batch],
            )
        written += store.write_events(((d.id, events) for d, events in batch), cluster=False)
    return written


def _timed(name: str, run: Callable[[], int], limit: float | None) -> Timing:
    seconds, cpu, rows = [], [], 0
    for _ in range(REPEATS):
        start, start_cpu = time.perf_counter(), time.process_time()
        rows = run()
        seconds.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return Timing(name, statistics.median(seconds), seconds[0], rows, limit, statistics.median(cpu))


def _queries(store: Store) -> Iterator[tuple[str, EventQuery, bool]]:
    half = (date(2022, 1, 1), date(2022, 6, 30))
    yield (
        "country XAB, ASSAULT, 2022-01..06: newest 100 mentions",
        EventQuery(country="XAB", types=("ASSAULT",), since=half[0], until=half[1], sort="-date", limit=100),
        False,
    )
    yield "actor XACGOV: newest 100 mentions", EventQuery(actor="XACGOV", sort="-date", limit=100), False
    yield (
        "box 20..40E 0..30N, PROTEST: 100 events (clusters) by reports",
        EventQuery(bbox=(20.0, 0.0, 40.0, 30.0), types=("PROTEST",), sort="-reports", limit=100),
        True,
    )


def _measure(store: Store, bench: StoreBench) -> None:
    for name, query, clusters in _queries(store):

        def run(q: EventQuery = query, c: bool = clusters) -> int:
            rows = list(store.clusters(q) if c else store.mentions(q))
            total = store.count_clusters(q) if c else store.count_mentions(q)
            return len(rows) + 0 * total

        bench.timings.append(_timed(f"filtered query and its count: {name}", run, QUERY_LIMIT))
    for unit in ("cluster", "mention"):
        label = "events (clusters)" if unit == "cluster" else "mentions"
        bench.timings.append(
            _timed(
                f"dyad x month counts over all {label}",
                lambda u=unit: len(stats.counts(store.db, "dyad", unit=u)),  # type: ignore[misc]
                QUERY_LIMIT,
            )
        )
    bench.timings.append(
        _timed(
            "cooperation-conflict series of XAA with XAB",
            lambda: len(stats.series(store.db, "XAA", "XAB")),
            QUERY_LIMIT,
        )
    )


def _new_mentions(store: Store, seed: int, mentions: int, count: int, bench: StoreBench) -> None:
    """Documents of the last weeks and the next ones, a third of their reports about stored happenings."""
    last = date.fromisoformat(store.db.execute("SELECT max(date_start) FROM events").fetchone()[0])
    recent_from = last - timedelta(days=30)
    reuse = [h for h in base_happenings(seed, mentions, DAYS) if recent_from <= h.day <= last]
    before = {
        row[0] for row in store.db.execute("SELECT id FROM clusters WHERE date_start >= ?", (recent_from.isoformat(),))
    }
    start = time.perf_counter()
    bench.new_mentions = _write(store, corpus(seed + 1, count, 60, prefix="new", reuse=reuse, start=recent_from))
    bench.new_insert_seconds = time.perf_counter() - start
    start, start_cpu = time.perf_counter(), time.process_time()
    store.cluster_pending()
    bench.new_cluster_seconds = time.perf_counter() - start
    bench.new_cluster_cpu = time.process_time() - start_cpu
    joined = store.db.execute(
        "SELECT cluster_id FROM events WHERE doc_id LIKE 'new-%' AND cluster_id IN (SELECT id FROM clusters)"
    ).fetchall()
    bench.joined_existing = sum(1 for (cid,) in joined if cid in before)
    bench.events_after = store.count("clusters")


def run_store_bench(
    path: Path, mentions: int = 1_000_000, new: int = 100_000, seed: int = 13, say: Callable[[str], None] = print
) -> StoreBench:
    """Build (or reuse) the synthetic store at ``path``, time queries and aggregations, then cluster ``new`` more."""
    bench = StoreBench(path, seed)
    with Store(path) as store:
        stored = store.count("events")
        if stored < mentions:
            say(f"building {mentions:,} synthetic events in {path} (seed {seed}) ...")
            start = time.perf_counter()
            _write(store, corpus(seed, mentions, DAYS))
            store.cluster_pending()
            bench.build_seconds = time.perf_counter() - start
        bench.mentions, bench.events = store.count("events"), store.count("clusters")
        bench.load_average = round(os.getloadavg()[0], 1)
        say(f"measuring queries on {bench.mentions:,} mentions in {bench.events:,} events ...")
        _measure(store, bench)
        bench.size_mb = path.stat().st_size / 1e6
        copy = path.with_name(path.stem + "-new.db")
        copy.unlink(missing_ok=True)
        target = sqlite3.connect(copy)
        store.db.backup(target)
        target.close()
    say(f"clustering {new:,} new mentions (in a copy, {copy.name}, so {path.name} can be reused) ...")
    with Store(copy) as store:
        _new_mentions(store, seed, mentions, new, bench)
    copy.unlink()
    return bench
