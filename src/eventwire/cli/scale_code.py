"""``eventwire code --engine dask``: JSONL or Parquet files, or the store's uncoded documents, coded on Dask."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path

import click

from eventwire.cli.inputs import open_store, refusal_line
from eventwire.errors import EventwireError
from eventwire.scale.engine import DaskOptions
from eventwire.scale.output import ParquetFolder
from eventwire.scale.run import RunSummary, code_file, code_stored
from eventwire.scale.worker import PartitionReport

SUFFIXES = (".jsonl", ".ndjson", ".parquet")


def code_on_dask(
    paths: tuple[str, ...],
    output: Path | None,
    db: Path | None,
    scheduler: str | None,
    workers: int | None,
    min_confidence: float | None,
) -> None:
    """Run the Dask engine and report as ``eventwire code`` does: one line per refused document, a summary."""
    files = _files(paths)
    if files and (db is None) == (output is None):
        raise click.UsageError("--engine dask writes files' events into the store (--db) or a Parquet folder (-o)")
    if not files and db is None:
        raise click.UsageError("--engine dask codes JSONL or Parquet files, or with --db the stored documents")
    options = DaskOptions(scheduler=scheduler, workers=workers, min_confidence=min_confidence)
    summaries: list[RunSummary] = []
    try:
        with ExitStack() as stack:
            store = open_store(db, stack) if db is not None else None
            if not files and store is not None:
                folder = ParquetFolder(output) if output is not None else None
                summaries.append(code_stored(store, folder, options, progress=_report))
            for path in files:
                target = store if store is not None else _folder(output, path, len(files))
                assert target is not None
                summaries.append(code_file(path, target, options, progress=_report))
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc
    _summary(summaries)


def _files(paths: tuple[str, ...]) -> list[Path]:
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
        elif path.suffix in SUFFIXES and path.is_file():
            files.append(path)
        else:
            raise click.BadParameter(f"{name} is not a JSONL or Parquet file of documents", param_hint="PATHS")
    return files


def _folder(output: Path | None, path: Path, count: int) -> ParquetFolder:
    assert output is not None
    return ParquetFolder(output if count == 1 else output / path.stem)


def _report(report: PartitionReport) -> None:
    for failure in report.failures:
        error = EventwireError(failure.message, doc_id=failure.name, code=failure.code, stage=failure.stage)
        click.echo(refusal_line(error, failure.name), err=True)
    if report.error is not None:
        click.echo(f"eventwire: {report.error}", err=True)


def _summary(summaries: list[RunSummary]) -> None:
    totals = [sum(getattr(s, name) for s in summaries) for name in ("partitions", "skipped", "documents", "coded")]
    events = sum(s.events for s in summaries)
    failed = sum(len(s.failures) for s in summaries)
    lost = [p for s in summaries for p in s.failed_partitions]
    partitions, skipped, documents, coded = totals
    click.echo(
        f"eventwire: coded {coded} of {documents} documents in {partitions} partitions on Dask ({skipped} done before);"
        f" {events} events, {failed} refused, {len(lost)} partitions failed",
        err=True,
    )
    if failed or lost:
        sys.exit(1)
