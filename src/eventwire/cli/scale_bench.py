"""``eventwire bench --scale``: the scale and speed figures side by side (``eventwire.scale.bench``)."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from eventwire.scale.bench import ScaleBench, run_scale_bench


def scale_bench(corpus: Path, count: int, whole_corpus: bool, dask: bool, as_json: bool) -> None:
    click.echo(f"eventwire bench --scale: {count} documents from {corpus}; this takes several minutes", err=True)
    result = run_scale_bench(corpus, count, whole_corpus=whole_corpus, dask=dask)
    if as_json:
        click.echo(json.dumps({"corpus": str(corpus), **result.to_json()}, indent=2))
    else:
        _print(result)


def _print(result: ScaleBench) -> None:
    console = Console(width=max(140, Console().width))
    runs = Table(title="whole processes")
    for column in ("run", "wall s", "processor s", "peak RSS main MB", "peak RSS workers MB", "PSS all MB"):
        runs.add_column(column, justify="left" if column == "run" else "right")
    for run in result.runs.values():
        workers = ", ".join(f"{rss:.0f}" for rss in run.worker_rss_mb) or "-"
        runs.add_row(
            run.command,
            f"{run.seconds:.1f}",
            f"{run.cpu_seconds:.1f}",
            f"{run.main_rss_mb:.0f}",
            workers,
            f"{run.peak_pss_total_mb:.0f}",
        )
    for count, dask in sorted(result.dask.items()):
        rss = ", ".join(f"{r:.0f}" for r in dask.worker_rss_mb)
        runs.add_row(
            f"Dask, {count} worker(s): ready, then coding",
            f"{dask.ready_seconds:.1f} + {dask.seconds:.1f}",
            "-",
            "-",
            rss,
            "-",
        )
    console.print(runs)
    figures = Table(title=f"figures ({result.documents} documents)")
    for column in ("figure", "measured", "target", "holds", "how"):
        figures.add_column(column, justify="right" if column in ("measured", "target") else "left")
    for figure in result.figures():
        figures.add_row(
            figure.name, f"{figure.value:.2f}", figure.target, "yes" if figure.holds else "NO", figure.detail
        )
    console.print(figures)
    console.print(f"load average: before {result.load_before}; after {result.load_after}")
