"""``eventwire code``: code files, folders or stdin into event JSONL (and optionally the store)."""

from __future__ import annotations

import functools
import itertools
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from eventwire.cli.inputs import (
    COUNTRY_HELP,
    Tally,
    code_items,
    home_country,
    open_store,
    quiet_libraries,
    refusal_line,
    skipped_line,
)
from eventwire.cli.pending import PendingRun
from eventwire.errors import NotEnglish
from eventwire.formats import FORMATS
from eventwire.ingest.language import detect_language
from eventwire.model import Document, parse_published

if TYPE_CHECKING:
    from eventwire.pipeline import CodeResult
    from eventwire.store import Store


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    try:
        return parse_published(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


@click.command()
@click.argument("paths", nargs=-1, metavar="[PATHS]...")
@click.option(
    "--published", callback=_published, metavar="DATE", help="Publication date (YYYY-MM-DD) of plain-text inputs."
)
@click.option("--country", callback=home_country, metavar="ISO3", help=COUNTRY_HELP)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Write the events here instead of stdout (with --engine dask: a folder of Parquet files).",
)
@click.option(
    "--db", type=click.Path(path_type=Path, dir_okay=False), help="Also store documents and events in this SQLite file."
)
@click.option(
    "-f",
    "--format",
    "format_",
    type=click.Choice(list(FORMATS)),
    default="jsonl",
    show_default=True,
    help="Output format (the formats of `eventwire export`; table fits the terminal).",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=None,
    help="Drop events below this confidence (default: the coder's threshold).",
)
@click.option("--retry-failed", is_flag=True, help="With --db: documents whose coding failed are pending again.")
@click.option(
    "-p",
    "--processes",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Worker processes of the local engine (default: one per core).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: this machine's processes; dask: a Dask cluster (docs/scale.md).",
)
@click.option("--scheduler", metavar="ADDRESS", help="With --engine dask: the scheduler (default: start a local one).")
@click.option("--workers", type=click.IntRange(min=1), metavar="N", help="With --engine dask and no --scheduler.")
def code(
    paths: tuple[str, ...],
    published: date | None,
    country: str | None,
    output: Path | None,
    db: Path | None,
    format_: str,
    min_confidence: float | None,
    retry_failed: bool,
    processes: int | None,
    engine: str,
    scheduler: str | None,
    workers: int | None,
) -> None:
    """Code PATHS (files or folders of text, pages, JSONL, CSV or feeds) into events.

    Files are read as `eventwire ingest` reads them (.txt, .md, .html, .json, .jsonl, .csv, feed files), under
    the same size limits, without fetching anything; folders are read recursively. Plain text and pages lose a
    doubled title, share lines and "Original Source Link" footers; JSON, JSONL and CSV documents are coded as
    given. With no PATHS, stdin is read, or, with --db, the documents stored by `eventwire ingest` and not yet
    coded. Documents not in English are reported and not coded (stored as such with --db).

    With --db and no PATHS, pending documents are claimed in the store, so several processes can code one store
    at once; a document whose coding fails is stored as failed and not tried again (--retry-failed tries again).
    The -o file is written whole when the run ends (from the store with --db), never left half-written; a run
    killed before its end is taken over by the next one writing the same -o file.

    Each refused input gets one line naming it, the stage and the error code; skipped files get one line with
    the reason; the other inputs are still coded. The exit status is 1 when any input was refused or could not
    be coded, else 0.

    Documents stream from the readers to the output in batches, coded by one worker process per core (or
    --processes N); events are written as they come. With --engine dask, JSONL or Parquet files (or, with
    --db and no PATHS, the stored documents) are coded in partitions on a Dask cluster, into the store (--db)
    and/or a folder of Parquet files (-o FOLDER); see docs/scale.md.
    """
    from eventwire.cli.output import event_writer, progress
    from eventwire.formats import DocInfo, EventRecord

    quiet_libraries()
    if engine == "dask":
        from eventwire.cli.scale_code import code_on_dask

        code_on_dask(paths, output, db, scheduler, workers, min_confidence)
        return
    if output is not None and output.is_dir():
        raise click.BadParameter(f"{output} is a folder; give a file for the events", param_hint="-o/--output")
    tally = Tally()
    run = _Run()
    with ExitStack() as stack:
        store = open_store(db, stack) if db is not None else None
        pending = not paths and store is not None
        if pending and store is not None:
            _code_pending(store, output, format_, PendingRun(processes, min_confidence), retry_failed, run)
            documents: Iterable[Document] = ()
        else:
            documents = _english(code_items(paths, tally, store), (published, country), store, run)
        writer = event_writer(format_, output, stack) if not pending else None
        for result in progress(_coded(documents, processes, min_confidence), total=None, label="coding"):
            assert writer is not None
            if store is not None:
                store.add_document(result.document)
            if result.error is not None:
                click.echo(refusal_line(result.error, result.document.id), err=True)
                run.failed += 1
                if store is not None:
                    store.record_failure(result.document.id, "code", result.error)
                continue
            events = result.events
            run.coded += 1
            if store is not None:
                store.set_events(result.document.id, events)
            document = DocInfo.of(result.document)
            for event in events:
                writer.write(EventRecord(event, document))
    click.echo(f"eventwire: {run.summary(tally, pending)}", err=True)
    if tally.refused or run.failed:
        sys.exit(1)


def _code_pending(store: Store, output: Path | None, format_: str, work: PendingRun, retry: bool, run: _Run) -> None:
    """--db without paths: code the store's pending documents (claimed, so other processes can share the work)."""
    from eventwire.cli.output import event_writer
    from eventwire.cli.pending import code_pending, code_pending_to

    if retry:
        store.work.retry_failed()
    with ExitStack() as stack:
        if output is None:
            done = code_pending(store, work, event_writer(format_, None, stack))
        else:
            write = functools.partial(event_writer, format_, output)
            done = code_pending_to(store, work, output, write)
    run.coded, run.failed = done.coded, done.failed


@dataclass
class _Run:
    coded: int = 0
    failed: int = 0
    not_english: int = 0

    def summary(self, tally: Tally, pending: bool) -> str:
        if pending:
            return f"coded {self.coded} of {self.coded + self.failed} stored documents; {self.failed} refused"
        total = tally.documents + tally.refused
        return (
            f"coded {self.coded} of {total} inputs; {tally.refused + self.failed} refused, "
            f"{self.not_english} not English, {tally.skipped} skipped"
        )


def _english(
    items: Iterable[object], given: tuple[date | None, str | None], store: Store | None, run: _Run
) -> Iterator[Document]:
    """The documents of ``items`` in English, with the publication date (plain text) and home country (any input)
    the command gives where they have none; others are reported, and stored as not English with --db."""
    from eventwire.ingest.files import Item

    for item in items:
        assert isinstance(item, Item) and item.document is not None
        document = item.document
        published, country = given
        if published is not None and document.published is None and not item.verbatim:
            document = replace(document, published=published)
        if country is not None and document.country is None:
            document = replace(document, country=country)
        language = detect_language(document.text)
        if language.english:
            yield document
            continue
        run.not_english += 1
        reason = language.reason()
        click.echo(skipped_line(item.name, f"{reason} [{NotEnglish.code}]", stage=NotEnglish.stage), err=True)
        if store is not None:
            store.add_document(document, status="not_english", reason=reason, language=language.code)


def _coded(documents: Iterable[Document], processes: int | None, min_confidence: float | None) -> Iterator[CodeResult]:
    """Code the documents with the local engine, keeping the events from ``min_confidence`` up (default: the
    coder's threshold); the model is loaded only when there is a first document."""
    from eventwire.scale.local import LocalEngine

    stream = iter(documents)
    first = next(stream, None)
    if first is None:
        return
    engine = LocalEngine(processes, coder_options={"min_confidence": min_confidence})
    yield from engine.code(itertools.chain([first], stream))
