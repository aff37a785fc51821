"""The printing half of ``eventwire bench --store`` (the measuring half is ``eventwire.store.bench``)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from eventwire.store.bench import CLUSTER_LIMIT, StoreBench, run_store_bench


def store_bench(events: int, new: int, db: Path | None, as_json: bool) -> None:
    """Run the store benchmark and print its figures."""

    def say(text: str) -> None:
        click.echo(f"eventwire bench --store: {text}", err=True)

    if db is None:
        with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as folder:
            result = run_store_bench(Path(folder) / "bench.db", events, new, say=say)
    else:
        result = run_store_bench(db, events, new, say=say)
    if as_json:
        click.echo(json.dumps(result.to_json(), indent=2))
    else:
        _print(result)


def _print(result: StoreBench) -> None:
    console = Console(width=100)
    built = f"built in {result.build_seconds:.0f} s" if result.build_seconds is not None else "reused"
    console.print(
        f"store: {result.mentions:,} synthetic mentions in {result.events:,} events (seed {result.seed}), "
        f"{result.size_mb:,.0f} MB, {built}; load average {result.load_average} on {os.cpu_count()} cores"
    )
    table = Table()
    for column in ("operation", "median s", "cpu s", "first s", "rows", "target"):
        table.add_column(column, justify="left" if column == "operation" else "right")
    for t in result.timings:
        verdict = f"< {t.limit:g} s {'ok' if t.ok else 'MISSED'}" if t.limit else ""
        table.add_row(t.name, f"{t.seconds:.3f}", f"{t.cpu:.3f}", f"{t.first:.3f}", f"{t.rows:,}", verdict)
    ok = result.new_cluster_seconds < CLUSTER_LIMIT
    table.add_row(
        f"clustering {result.new_mentions:,} new mentions (new documents of the last and next weeks)",
        f"{result.new_cluster_seconds:.1f}",
        f"{result.new_cluster_cpu:.1f}",
        "",
        f"{result.new_mentions:,}",
        f"< {CLUSTER_LIMIT:g} s {'ok' if ok else 'MISSED'}",
    )
    console.print(table)
    console.print(
        f"new mentions stored (unclustered) in {result.new_insert_seconds:.1f} s; "
        f"{result.joined_existing:,} of them joined events stored before; {result.events_after:,} events after"
    )
