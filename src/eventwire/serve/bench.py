"""``eventwire bench --serve``: many concurrent clients asking a real explorer server for filtered events.

The store is a synthetic one (``synthetic.py``), built once and kept. The server is ``eventwire serve`` in its
own process on a free localhost port; the load comes from a second process (``load.py``). Prints figures; a
benchmark, not a test.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from eventwire.serve import synthetic

log = logging.getLogger(__name__)

TARGET_P99_MS = 500.0
_SERVE = "from eventwire.cli import main; main()"


@dataclass(frozen=True, slots=True)
class ServeBench:
    """What was measured: the store, the load and the latencies (milliseconds)."""

    db: Path
    events: int
    build_seconds: float | None
    load: dict[str, Any]

    @property
    def p99_ms(self) -> float:
        return float(self.load["p99_ms"])

    @property
    def passed(self) -> bool:
        return self.p99_ms < TARGET_P99_MS and self.load["errors"] == 0

    def to_json(self) -> dict[str, Any]:
        return {
            "db": str(self.db),
            "events": self.events,
            "build_seconds": self.build_seconds,
            "target_p99_ms": TARGET_P99_MS,
            "passed": self.passed,
            **self.load,
        }


def default_db(events: int) -> Path:
    return Path("build") / "bench" / f"serve-{events}.db"


def ensure_store(path: Path, events: int, progress: Callable[[int], None] | None = None) -> tuple[int, float | None]:
    """The synthetic store at ``path``, built first if missing; returns its events and the build time (or None)."""
    if path.exists():
        return _count(path), None
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    written = synthetic.build(partial, events, progress=progress)
    partial.rename(path)
    return written, time.perf_counter() - started


def _count(path: Path) -> int:
    import sqlite3

    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as db:
        return int(db.execute("SELECT count(*) FROM events").fetchone()[0])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def server(
    db: Path, port: int, timeout: float = 60.0, env: dict[str, str] | None = None, cache: int | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    """``eventwire serve`` on ``port`` in its own process (with ``env`` added to its environment, ``cache``
    answers kept), stopped on exit."""
    cmd = [sys.executable, "-c", _SERVE, "serve", "--db", str(db), "--port", str(port)]
    cmd += [] if cache is None else ["--cache", str(cache)]
    with tempfile.TemporaryFile() as log_file:  # not a pipe: a chatty server must never block on a full pipe
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log_file, env={**os.environ, **(env or {})})
        try:
            wait_ready(f"http://127.0.0.1:{port}/api/health", proc, timeout, log_file)
            yield proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def wait_ready(url: str, proc: subprocess.Popen[bytes], timeout: float, log_file: IO[bytes]) -> None:
    """Wait until the server answers ``url``; raise with its error output if it dies or takes too long."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log_file.seek(0)
            err = log_file.read().decode(errors="replace")
            raise RuntimeError(f"the server exited with {proc.returncode}: {err.strip()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server did not answer {url} within {timeout:.0f} s")


def run_load(port: int, clients: int, requests: int, seed: int, db: Path) -> dict[str, Any]:
    """Run the load generator in a second process and return its figures."""
    cmd = [sys.executable, "-m", "eventwire.serve.load", "--port", str(port), "--db", str(db)]
    cmd += ["--clients", str(clients), "--requests", str(requests), "--seed", str(seed)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the load generator failed: {done.stderr.strip()[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def run_serve_bench(
    db: Path,
    events: int,
    clients: int,
    requests: int,
    progress: Callable[[int], None] | None = None,
    cache: int | None = None,
) -> ServeBench:
    """Build the store if needed, start the server, warm it, then measure ``clients`` concurrent clients.

    ``cache``: answers the server keeps (None: its default; 0: none). Its hits are reported."""
    stored, build_seconds = ensure_store(db, events, progress)
    port = free_port()
    with server(db, port, cache=cache) as proc:
        run_load(port, clients=min(clients, 10), requests=5, seed=1, db=db)  # warm the caches and the server
        warm = _cache_figures(port)
        before = cpu_seconds(proc.pid)
        load = run_load(port, clients=clients, requests=requests, seed=14, db=db)
        after = cpu_seconds(proc.pid)
        figures = _cache_figures(port)
        load["server_threads"] = _health(port)["threads"]
    if before is not None and after is not None and load["requests"]:
        load["server_cpu_ms_per_request"] = round(1000 * (after - before) / load["requests"], 2)
    load["cache_entries"] = figures["entries"]
    load["cache_hits"] = figures["hits"] - warm["hits"]
    load["load_average_1min"] = round(os.getloadavg()[0], 2)  # what else the machine was doing meanwhile
    return ServeBench(db, stored, build_seconds, load)


def _cache_figures(port: int) -> dict[str, int]:
    figures: dict[str, int] = _health(port)["cache"]
    return figures


def _health(port: int) -> dict[str, Any]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=30) as response:
        health: dict[str, Any] = json.loads(response.read())
        return health


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) a process has used so far, from /proc (None where there is no /proc).

    With other work on the machine, latency depends on how much CPU the server gets; its CPU time per request
    does not, so the benchmark reports both."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks
