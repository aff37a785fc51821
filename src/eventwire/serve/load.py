"""A load generator for ``eventwire bench --serve``, run as its own process: many HTTP clients at once.

Each client holds one keep-alive connection and sends its requests one after another (a closed loop), as a
browser tab would; latency is from writing a request to reading the last byte of its response. The client
speaks plain HTTP/1.1 over asyncio streams, which costs far less CPU than a full HTTP library, so that on a
small machine the figures measure the server, not the load generator.

Filter values (types, countries, actors, places, dates) are read from the store under load, weighted by how
often they occur, so the same generator loads any store.

Run: ``python -m eventwire.serve.load --port 8000 --db eventwire.db --clients 100 --requests 20`` prints JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import random
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode


@dataclass(frozen=True, slots=True)
class Values:
    """Filter values found in the store under load, with how often each occurs, so requests look like a
    user's (who picks what the page shows): statuses, countries and actors weighted by their events, types,
    places, and the span of dates."""

    types: list[str]
    statuses: list[tuple[str, int]]
    countries: list[tuple[str, int]]
    actors: list[tuple[str, int]]
    places: list[str]
    first: date
    last: date


def values(db_path: Path, top: int = 300) -> Values:
    """Read the values once from the store (read-only)."""
    with sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True) as db:
        types = [t for (t,) in db.execute("SELECT DISTINCT type FROM events")]
        statuses = db.execute("SELECT status, count(*) FROM events GROUP BY 1").fetchall()
        countries = db.execute(
            "SELECT country, count(*) FROM event_actors WHERE country IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT ?",
            (top,),
        ).fetchall()
        actors = db.execute(
            "SELECT name, count(*) FROM event_actors WHERE name IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT ?", (top,)
        ).fetchall()
        places = [n for (n,) in db.execute("SELECT name FROM places ORDER BY id LIMIT ?", (top,))]
        first, last = db.execute("SELECT min(date_start), max(date_start) FROM events").fetchone()
    return Values(types, statuses, countries, actors, places, date.fromisoformat(first), date.fromisoformat(last))


def queries(rng: random.Random, v: Values, count: int) -> list[str]:
    """``count`` filtered event requests of the kinds the page sends, with values found in the store."""
    kinds = [_by_type, _by_country, _by_type_country, _by_dates, _by_status_country, _by_actor, _by_place, _paged]
    return [f"/api/events?{urlencode(rng.choice(kinds)(rng, v))}" for _ in range(count)]


def _weighted(rng: random.Random, options: list[tuple[str, int]]) -> str:
    return rng.choices([o for o, _ in options], weights=[n for _, n in options])[0]


def _dates(rng: random.Random, v: Values) -> dict[str, str]:
    start = v.first + timedelta(days=rng.randrange(max(1, (v.last - v.first).days - 30)))
    return {"since": start.isoformat(), "until": (start + timedelta(days=30)).isoformat()}


def _by_type(rng: random.Random, v: Values) -> dict[str, str]:
    return {"type": rng.choice(v.types)}


def _by_country(rng: random.Random, v: Values) -> dict[str, str]:
    return {"country": _weighted(rng, v.countries)}


def _by_type_country(rng: random.Random, v: Values) -> dict[str, str]:
    return _by_type(rng, v) | _by_country(rng, v)


def _by_dates(rng: random.Random, v: Values) -> dict[str, str]:
    return _dates(rng, v)


def _by_status_country(rng: random.Random, v: Values) -> dict[str, str]:
    return {"status": _weighted(rng, v.statuses), "country": _weighted(rng, v.countries)}


def _by_actor(rng: random.Random, v: Values) -> dict[str, str]:
    return {"actor": _weighted(rng, v.actors)}


def _by_place(rng: random.Random, v: Values) -> dict[str, str]:
    return {"place": rng.choice(v.places)}


def _paged(rng: random.Random, v: Values) -> dict[str, str]:
    return _by_type(rng, v) | _dates(rng, v) | {"offset": "50"}


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    size: int


async def _read(reader: asyncio.StreamReader) -> Reply:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next((int(v) for k, _, v in (h.partition(":") for h in lines[1:]) if k.lower() == "content-length"), None)
    if length is None:
        raise ValueError("response without Content-Length")
    await reader.readexactly(length)
    return Reply(status, length)


async def _client(host: str, port: int, paths: list[str], latencies: list[float], failures: list[str]) -> None:
    """One client: its requests in a row on one keep-alive connection (a new one after a failure)."""
    connection: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
    for path in paths:
        started = time.perf_counter()
        try:
            connection = connection or await asyncio.open_connection(host, port)
            connection[1].write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
            reply = await _read(connection[0])
        except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
            failures.append(f"{type(exc).__name__} {path}")
            if connection:
                connection[1].close()
            connection = None
            continue
        latencies.append(time.perf_counter() - started)
        if reply.status != 200:
            failures.append(f"{reply.status} {path}")
    if connection:
        connection[1].close()


async def run(host: str, port: int, clients: int, requests: int, seed: int, db: Path) -> dict[str, Any]:
    """Start ``clients`` clients at once, each sending ``requests`` requests; latency figures in milliseconds."""
    rng, v = random.Random(seed), values(db)
    plans = [queries(rng, v, requests) for _ in range(clients)]
    latencies: list[float] = []
    failures: list[str] = []
    started = time.perf_counter()
    await asyncio.gather(*(_client(host, port, plan, latencies, failures) for plan in plans))
    return summary(latencies, failures, time.perf_counter() - started, clients)


def percentile(sorted_values: list[float], share: float) -> float:
    """The value below which ``share`` of the values lie (nearest rank)."""
    if not sorted_values:
        return 0.0
    rank = min(len(sorted_values), max(1, math.ceil(share * len(sorted_values))))
    return sorted_values[rank - 1]


def summary(latencies: list[float], failures: list[str], seconds: float, clients: int) -> dict[str, Any]:
    ms = sorted(v * 1000 for v in latencies)
    return {
        "clients": clients,
        "requests": len(ms),
        "errors": len(failures),
        "first_errors": failures[:5],
        "seconds": round(seconds, 3),
        "requests_per_s": round(len(ms) / seconds, 1) if seconds else 0.0,
        "p50_ms": round(percentile(ms, 0.50), 1),
        "p90_ms": round(percentile(ms, 0.90), 1),
        "p99_ms": round(percentile(ms, 0.99), 1),
        "max_ms": round(ms[-1], 1) if ms else 0.0,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Load the explorer API with concurrent clients; prints JSON.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--requests", type=int, default=20, help="requests per client")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--db", type=Path, required=True, help="the store the server reads (for filter values)")
    args = parser.parse_args(argv)
    result = asyncio.run(run(args.host, args.port, args.clients, args.requests, args.seed, args.db))
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
