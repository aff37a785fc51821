"""``eventwire bench``: throughput of the bare spaCy parse and of the full coding, on the same documents."""

from __future__ import annotations

import json
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
@click.option("--events", type=click.IntRange(min=1000), default=1_000_000, show_default=True, help="With --store.")
@click.option("--new", type=click.IntRange(min=100), default=100_000, show_default=True, help="With --store.")
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help="With --store: build (or reuse) it here.")
def bench(
    corpus: Path | None,
    processes: int,
    limit: int | None,
    batch_size: int,
    as_json: bool,
    store_bench: bool,
    events: int,
    new: int,
    db: Path | None,
) -> None:
    """Time the spaCy parse alone and the full eventwire coding on CORPUS (document JSONL).

    CORPUS defaults to the Reuters-21578 corpus in ../shared. Both passes run on the same documents,
    after the model is loaded (once per worker with --processes). Prints documents and words per
    second, how many times longer the full coding takes, and the peak memory (RSS).

    With --store: build a store of --events synthetic events (fixed seed; kept and reused with --db,
    else in a temporary folder), time filtered queries and dyad-month counts (target: under 1 s each),
    then cluster --new more mentions arriving as new documents (target: under 60 s).
    """
    if store_bench:
        from eventwire.cli.store_bench import store_bench as run_store

        run_store(events, new, db, as_json)
        return
    corpus = corpus or default_corpus()
    if corpus is None:
        raise click.ClickException(f"no corpus given and ../shared/{REUTERS} not found; give a document JSONL file")
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
