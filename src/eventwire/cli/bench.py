"""``eventwire bench``: throughput of the bare spaCy parse and of the full coding, on the same documents."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from eventwire.errors import EvalError
from eventwire.eval.bench import BenchResult, read_corpus, run_bench
from eventwire.eval.paths import REUTERS, default_corpus
from eventwire.settings import SETTINGS


@click.command()
@click.argument("corpus", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-p", "--processes", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes.")
@click.option("--limit", type=click.IntRange(min=1), metavar="N", help="Use only the first N documents.")
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=int(str(SETTINGS["batch_size"].default)),
    show_default=True,
    help="Documents per spaCy batch.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--store", "store_bench", is_flag=True, help="Instead: time the store on synthetic events (see below).")
@click.option("--serve", "serve", is_flag=True, help="Instead: load-test the explorer API (see below).")
@click.option(
    "--events", type=click.IntRange(min=1000), default=1_000_000, show_default=True, help="With --store or --serve."
)
@click.option("--new", type=click.IntRange(min=100), default=100_000, show_default=True, help="With --store.")
@click.option("--clients", type=click.IntRange(min=1), default=100, show_default=True, help="With --serve.")
@click.option("--requests", type=click.IntRange(min=1), default=20, show_default=True, help="With --serve: per client.")
@click.option(
    "--db", type=click.Path(path_type=Path, dir_okay=False), help="With --store or --serve: build (or reuse) it here."
)
@click.option(
    "--cache",
    type=click.IntRange(min=0),
    help="With --serve: answers the server keeps until the store changes (default: serve's; 0: no cache).",
)
@click.option("--scale", "scale_bench", is_flag=True, help="Instead: the scale and speed figures (see below).")
@click.option("--no-whole-corpus", is_flag=True, help="With --scale: skip coding the whole corpus (the longest part).")
@click.option("--no-dask", is_flag=True, help="With --scale: skip the Dask runs.")
def bench(
    corpus: Path | None,
    processes: int,
    limit: int | None,
    batch_size: int,
    as_json: bool,
    store_bench: bool,
    serve: bool,
    events: int,
    new: int,
    clients: int,
    requests: int,
    db: Path | None,
    cache: int | None,
    scale_bench: bool,
    no_whole_corpus: bool,
    no_dask: bool,
) -> None:
    """Time the spaCy parse alone and the full eventwire coding on CORPUS (document JSONL).

    CORPUS defaults to the Reuters-21578 corpus in ../shared. Both passes run on the same documents,
    after the model is loaded (once per worker with --processes). Prints documents and words per
    second, how many times longer the full coding takes, and the peak memory (RSS).

    With --store: build a store of --events synthetic events (fixed seed; kept and reused with --db,
    else in a temporary folder), time filtered queries and dyad-month counts (target: under 1 s each),
    then cluster --new more mentions arriving as new documents (target: under 60 s).

    With --serve: build (once, kept in build/bench/, or at --db) a synthetic store of --events events,
    start `eventwire serve` on it on a free localhost port, and have a second process run --clients
    clients at once, each sending --requests filtered event requests in a row. Prints requests per
    second, latency percentiles, the server's CPU time per request and how many answers came from its
    cache (--cache 0: none); the target is a p99 under 500 ms.

    With --scale: side by side, `eventwire code` with its default settings timed as a whole process on the
    first --limit documents (default 2,000) against a bare 2-process spaCy parse of them; peak memory per
    worker; peak memory coding the whole corpus against its first 1,000 documents; start-up of one worker;
    the Dask engine with 2 workers against 1, and whether its events are those of `eventwire code`.
    """
    if store_bench:
        from eventwire.cli.store_bench import store_bench as run_store

        run_store(events, new, db, as_json)
        return
    if serve:
        _serve(db, events, clients, requests, as_json, cache)
        return
    corpus = corpus or default_corpus()
    if corpus is None:
        raise click.ClickException(f"no corpus given and ../shared/{REUTERS} not found; give a document JSONL file")
    if scale_bench:
        from eventwire.cli.scale_bench import scale_bench as run_scale

        run_scale(corpus, limit or 2000, not no_whole_corpus, not no_dask, as_json)
        return
    try:
        documents = read_corpus(corpus, limit)
    except EvalError as exc:
        raise click.ClickException(str(exc)) from exc
    if not documents:
        raise click.ClickException(f"{corpus} holds no readable documents")
    click.echo(f"eventwire bench: {len(documents)} documents from {corpus}, {processes} process(es)", err=True)
    result = run_bench(documents, processes=processes, batch_size=batch_size)
    if as_json:
        click.echo(json.dumps({"corpus": str(corpus), **result.to_json()}, indent=2))
    else:
        _print(result)


def _print(result: BenchResult) -> None:
    table = Table()
    for column in ("", "seconds", "docs/s", "words/s"):
        table.add_column(column, justify="right" if column else "left")
    for phase in (result.bare, result.full):
        table.add_row(phase.name, f"{phase.seconds:.2f}", f"{phase.docs_per_s:,.1f}", f"{phase.words_per_s:,.0f}")
    console = Console()
    console.print(f"{result.docs} documents, {result.words:,} words, {result.processes} process(es)")
    console.print(table)
    console.print(f"full/bare time ratio: {result.ratio:.2f}")
    console.print(f"events found: {result.full.events}; model load and warm-up: {result.load_seconds:.1f} s")
    console.print(
        f"peak RSS: {result.peak_rss_mb:,.0f} MB main process, {result.peak_child_rss_mb:,.0f} MB largest worker"
    )


def _serve(db: Path | None, events: int, clients: int, requests: int, as_json: bool, cache: int | None) -> None:
    from eventwire.serve.bench import TARGET_P99_MS, default_db, run_serve_bench

    path = db or default_db(events)
    click.echo(f"eventwire bench --serve: {path} ({events:,} events; built if missing)", err=True)
    progress = lambda n: click.echo(f"  {n:,} events written", err=True)  # noqa: E731
    result = run_serve_bench(path, events, clients, requests, progress, cache=cache)
    if as_json:
        click.echo(json.dumps(result.to_json(), indent=2))
        return
    load = result.load
    built = f", built in {result.build_seconds:.0f} s" if result.build_seconds is not None else ""
    click.echo(f"store: {result.db}, {result.events:,} events{built}")
    click.echo(
        f"{load['clients']} clients, {load['requests']:,} requests in {load['seconds']:.1f} s:"
        f" {load['requests_per_s']:,.0f} requests/s, {load['errors']} errors"
    )
    click.echo(
        f"latency ms: p50 {load['p50_ms']:.0f}, p90 {load['p90_ms']:.0f}, p99 {load['p99_ms']:.0f},"
        f" max {load['max_ms']:.0f}"
    )
    if "server_cpu_ms_per_request" in load:
        click.echo(f"server CPU per request: {load['server_cpu_ms_per_request']:.2f} ms")
    click.echo(f"requests answered at once by the server: {load['server_threads']} (eventwire serve --threads)")
    if load["cache_entries"]:
        share = load["cache_hits"] / max(1, load["requests"])
        click.echo(f"answered from the cache: {load['cache_hits']:,} requests ({share:.0%}; --cache 0 to turn it off)")
    else:
        click.echo("no answer cache (--cache 0)")
    click.echo(f"load average (1 min) at the end: {load['load_average_1min']:.2f} on {os.cpu_count()} cores")
    verdict = "under" if result.passed else "NOT under"
    click.echo(f"p99 {result.p99_ms:.0f} ms: {verdict} the {TARGET_P99_MS:.0f} ms target")
