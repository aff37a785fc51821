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
@click.option("--scale", "scale_bench", is_flag=True, help="Instead: the scale and speed figures (see below).")
@click.option("--no-whole-corpus", is_flag=True, help="With --scale: skip coding the whole corpus (the longest part).")
@click.option("--no-dask", is_flag=True, help="With --scale: skip the Dask runs.")
def bench(
    corpus: Path | None,
    processes: int,
    limit: int | None,
    batch_size: int,
    as_json: bool,
    scale_bench: bool,
    no_whole_corpus: bool,
    no_dask: bool,
) -> None:
    """Time the spaCy parse alone and the full eventwire coding on CORPUS (document JSONL).

    CORPUS defaults to the Reuters-21578 corpus in ../shared. Both passes run on the same documents,
    after the model is loaded (once per worker with --processes). Prints documents and words per
    second, how many times longer the full coding takes, and the peak memory (RSS).

    With --scale: side by side, `eventwire code` with its default settings timed as a whole process on the
    first --limit documents (default 2,000) against a bare 2-process spaCy parse of them; peak memory per
    worker; peak memory coding the whole corpus against its first 1,000 documents; start-up of one worker;
    the Dask engine with 2 workers against 1, and whether its events are those of `eventwire code`.
    """
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
