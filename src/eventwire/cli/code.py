"""``eventwire code``: code files, folders or stdin into event JSONL (and optionally the store)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import IO

import click

from eventwire.errors import EventwireError
from eventwire.ingest.clean import clean_text, doubled_title
from eventwire.ingest.files import ReadResult, is_jsonl, read_source
from eventwire.model import Document, Event, parse_published

INPUT_SUFFIXES = (".txt", ".md", ".jsonl", ".ndjson", ".json")


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    try:
        return parse_published(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def expand_paths(paths: tuple[Path, ...]) -> list[Path]:
    """Files as given; folders become their text and JSONL files, sorted."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in INPUT_SUFFIXES))
        else:
            files.append(path)
    return files


def read_inputs(paths: tuple[Path, ...], published: date | None) -> Iterator[ReadResult]:
    """Read every input (stdin when no path is given); plain text is cleaned of scraping debris."""
    if not paths:
        data = sys.stdin.buffer.read()
        yield from _cleaned(read_source(None, published, data=data), is_jsonl("<stdin>", data))
        return
    for path in expand_paths(paths):
        yield from _cleaned(read_source(path, published), path.suffix in (".jsonl", ".ndjson", ".json"))


def _cleaned(results: Iterator[ReadResult], structured: bool) -> Iterator[ReadResult]:
    """Plain text loses a doubled title, share lines and "Original Source Link"; JSONL is kept as given."""
    for result in results:
        doc = result.document
        if structured or doc is None:
            yield result
            continue
        title = doubled_title(doc.text)
        text = clean_text(doc.text, title)
        yield ReadResult(result.name, document=replace(doc, text=text, title=doc.title or title))


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--published", callback=_published, metavar="DATE", help="Publication date (YYYY-MM-DD) of plain-text inputs."
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Write event JSONL here instead of stdout."
)
@click.option(
    "--db", type=click.Path(path_type=Path, dir_okay=False), help="Also store documents and events in this SQLite file."
)
@click.option("--table", is_flag=True, help="Print a readable table of the events instead of JSONL.")
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=None,
    help="Drop events below this confidence (default: the coder's threshold).",
)
def code(
    paths: tuple[Path, ...],
    published: date | None,
    output: Path | None,
    db: Path | None,
    table: bool,
    min_confidence: float | None,
) -> None:
    """Code PATHS (plain text, JSONL documents, or folders of them) into events.

    Plain-text files become one document each, with the file name as id; a title repeated at the
    top, share lines and "Original Source Link" footers are removed first. JSONL files hold one
    document per line (keys id, text, title, published, url, source) and are coded as given. With no
    PATHS, stdin is read, or, with --db, the documents stored by `eventwire ingest` and not yet
    coded. A file that cannot be read is reported on one line naming it; the other inputs are still
    coded. The exit code is non-zero only when there was input and none of it could be coded.
    """
    from eventwire.cli.output import EventTable, progress
    from eventwire.pipeline import Coder

    coded = 0
    with ExitStack() as stack:
        store = _open_store(db, stack)
        pending = not paths and store is not None
        reads = [] if pending else list(read_inputs(paths, published))
        for r in reads:
            if r.error is not None:
                click.echo(f"eventwire: {r.error}", err=True)
        documents = (
            list(store.uncoded()) if pending and store is not None else [r.document for r in reads if r.document]
        )
        out: IO[str] = stack.enter_context(output.open("w", encoding="utf-8")) if output else sys.stdout
        sink = EventTable() if table else None
        coder = Coder(min_confidence=min_confidence)
        for result in progress(coder.code_many(documents), total=len(documents), label="coding"):
            if store is not None and not pending:
                store.add_document(result.document)
            if result.error is not None:
                click.echo(f"eventwire: {result.error}", err=True)
                if store is not None:
                    store.record_failure(result.document.id, "code", result.error)
                continue
            events = result.events
            coded += 1
            if store is not None:
                store.set_events(result.document.id, events)
            _emit(result.document, events, out, sink)
        if sink is not None:
            sink.print(out)
    total = len(documents) if pending else len(reads)
    click.echo(f"eventwire: coded {coded} of {total} {'stored documents' if pending else 'inputs'}", err=True)
    if coded == 0 and total > 0:
        sys.exit(1)


def _open_store(db: Path | None, stack: ExitStack):  # type: ignore[no-untyped-def]
    if db is None:
        return None
    from eventwire.store import Store

    try:
        return stack.enter_context(Store(db))
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc


def _emit(document: Document, events: list[Event], out: IO[str], sink: object) -> None:
    from eventwire.cli.output import EventTable

    if isinstance(sink, EventTable):
        sink.add(document, events)
        return
    for event in events:
        out.write(json.dumps(event.to_json(), ensure_ascii=False) + "\n")
