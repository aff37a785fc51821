"""``eventwire ingest`` and ``eventwire watch``: store documents from files, folders, URLs and feeds."""

from __future__ import annotations

import re
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import date
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import click

from eventwire.cli.inputs import COUNTRY_HELP, home_country, open_store, quiet_libraries, report
from eventwire.cli.pending import PendingRun, code_pending
from eventwire.ingest.dedup import DEFAULT_THRESHOLD
from eventwire.ingest.fetch import DEFAULT_TIMEOUT, Fetcher, FetchOptions
from eventwire.ingest.run import Ingester, IngestStats
from eventwire.ingest.sources import SourceReader
from eventwire.model import parse_published

if TYPE_CHECKING:
    from eventwire.store import Store

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def _since(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    try:
        return parse_published(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def parse_duration(value: str) -> float:
    """Seconds in "90", "30s", "15m", "2h" or "1d"."""
    match = _DURATION.match(value)
    if not match:
        raise ValueError(f"{value!r} is not a duration like 30s, 15m or 2h")
    return float(match.group(1)) * _UNITS[match.group(2)]


def _every(ctx: click.Context, param: click.Parameter, value: str) -> float:
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def _ingester(
    store: Store,
    fetcher: Fetcher,
    threshold: float,
    since: date | None,
    country: str | None,
    recursive: bool = False,
    text_column: str | None = None,
) -> Ingester:
    reader = SourceReader(fetcher, recursive=recursive, text_column=text_column)
    return Ingester(store, reader, threshold=threshold, since=since, country=country)


def run_ingest(ingester: Ingester, sources: tuple[str, ...], label: str) -> IngestStats:
    """Ingest with a progress line of counts on stderr (terminals only); each refused or skipped input is
    printed on one line naming it."""
    with _progress(label) as update:
        for item, _outcome in ingester.run(sources):
            report(item)
            update(ingester.stats)
    return ingester.stats


def _no_progress(stats: IngestStats) -> None:
    return None


@contextmanager
def _progress(label: str) -> Iterator[Callable[[IngestStats], None]]:
    if not sys.stderr.isatty():
        yield _no_progress
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from eventwire.cli.output import RateColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), RateColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True)) as bar:
        task = bar.add_task(label)

        def update(stats: IngestStats) -> None:
            summary = f"{label}: {stats.new} new, {stats.duplicate} dup, {stats.failed} refused"
            bar.update(task, description=summary, advance=1)

        yield update


_source_options = [
    click.option("--db", type=click.Path(path_type=Path, dir_okay=False), required=True, help="SQLite store."),
    click.option("--allow-private", is_flag=True, help="Allow fetching from private, loopback and link-local hosts."),
    click.option(
        "--near-dup-threshold",
        "threshold",
        type=click.FloatRange(0, 1, min_open=True),
        default=DEFAULT_THRESHOLD,
        show_default=True,
        help="Word-shingle Jaccard similarity at or above which a document is a near-duplicate.",
    ),
    click.option("--since", callback=_since, metavar="DATE", help="Skip documents published before DATE (YYYY-MM-DD)."),
    click.option("--country", callback=home_country, metavar="ISO3", help=COUNTRY_HELP),
    click.option("--timeout", type=float, default=DEFAULT_TIMEOUT, show_default=True, help="Seconds per request."),
]


def _with_source_options(func: click.decorators.FC) -> click.decorators.FC:
    for option in reversed(_source_options):
        func = option(func)
    return func


@click.command()
@click.argument("sources", nargs=-1, required=True)
@_with_source_options
@click.option("-r", "--recursive", is_flag=True, help="Read folders recursively.")
@click.option(
    "--text-column", metavar="NAME", help="CSV/JSON column holding the text (default: text, body or content)."
)
def ingest(
    sources: tuple[str, ...],
    db: Path,
    allow_private: bool,
    threshold: float,
    since: date | None,
    country: str | None,
    timeout: float,
    recursive: bool,
    text_column: str | None,
) -> None:
    """Store documents from SOURCES (files, folders, file: and http(s) URLs, RSS/Atom feeds) in the --db store.

    Files: .txt, .md, .html/.htm, .json, .jsonl, .csv and .rss/.atom/.xml feeds; JSONL and CSV files are
    streamed, so they may be of any size. Text is cleaned, its language detected and exact and near
    duplicates linked to their first copy; only new English first copies are coded later by `eventwire
    code --db FILE`. Running it again adds nothing new.

    Each refused input gets one line naming it, the stage and the error code; each skipped file or
    subfolder one line with the reason. The exit status is 1 when any input was refused or missing
    (the others are still stored), else 0.
    """
    quiet_libraries()
    with ExitStack() as stack:
        store = open_store(db, stack)
        fetcher = stack.enter_context(Fetcher(FetchOptions(timeout=timeout, allow_private=allow_private)))
        ingester = _ingester(store, fetcher, threshold, since, country, recursive, text_column)
        stats = run_ingest(ingester, sources, "ingesting")
    click.echo(f"eventwire: ingested {stats.summary()}", err=True)
    if stats.failed:
        sys.exit(1)


@click.command()
@click.argument("feeds", nargs=-1, required=True)
@_with_source_options
@click.option("--every", callback=_every, default="15m", show_default=True, help="Time between polls (30s, 15m, 1h).")
@click.option("--rounds", type=click.IntRange(min=1), help="Stop after this many polls (default: until stopped).")
@click.option("--code/--no-code", "code_new", default=True, show_default=True, help="Code new documents each round.")
@click.option(
    "-p", "--processes", type=click.IntRange(min=1), metavar="N", help="Coding processes (default: one per core)."
)
def watch(
    feeds: tuple[str, ...],
    db: Path,
    allow_private: bool,
    threshold: float,
    since: date | None,
    country: str | None,
    timeout: float,
    every: float,
    rounds: int | None,
    code_new: bool,
    processes: int | None,
) -> None:
    """Poll FEEDS every --every until stopped (Ctrl-C or SIGTERM), ingesting and coding new entries.

    Refused sources are reported each round. When every source is refused in the first round there is
    nothing to watch: it stops with exit status 1. Otherwise the exit status is 1 when any source was
    refused in the last round, else 0.
    """
    quiet_libraries()
    stop = threading.Event()
    _stop_on_sigterm(stop)
    done = 0
    refused = False
    with ExitStack() as stack:
        store = open_store(db, stack)
        fetcher = stack.enter_context(Fetcher(FetchOptions(timeout=timeout, allow_private=allow_private)))
        coder = _Coding(store, processes) if code_new else None
        try:
            while not stop.is_set():
                ingester = _ingester(store, fetcher, threshold, since, country)
                stats = run_ingest(ingester, feeds, f"round {done + 1}")
                coded = coder.code_pending() if coder else 0
                done += 1
                refused = bool(stats.failed)
                click.echo(f"eventwire: round {done}: {stats.summary()}; coded {coded}", err=True)
                if done == 1 and _all_refused(stats):
                    click.echo("eventwire: every source was refused; nothing to watch", err=True)
                    break
                if rounds is not None and done >= rounds:
                    break
                stop.wait(every)
        except KeyboardInterrupt:
            click.echo("eventwire: stopped", err=True)
    if refused:
        sys.exit(1)


def _all_refused(stats: IngestStats) -> bool:
    """No source gave anything but refusals (nothing new, known, duplicate or skipped)."""
    good = stats.new + stats.duplicate + stats.not_english + stats.known + stats.old + stats.skipped
    return stats.failed > 0 and good == 0


def _stop_on_sigterm(stop: threading.Event) -> None:
    def handler(signum: int, frame: FrameType | None) -> None:
        stop.set()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, handler)


class _Coding:
    """Codes the store's pending documents (claimed, like `code --db`); the model is loaded on first need."""

    def __init__(self, store: Store, processes: int | None = None) -> None:
        self.store = store
        self.run = PendingRun(processes)  # its engine loads the coder on first use and keeps it between rounds

    def code_pending(self) -> int:
        before = self.run.coded
        code_pending(self.store, self.run)
        return self.run.coded - before
