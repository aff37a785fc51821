"""A whole run on Dask: partitions of a file or of the store's uncoded documents, coded by the engine, written to a
Parquet folder (by the workers) or to the store (by this process, its one writer)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.errors import EventwireError
from eventwire.model import Event
from eventwire.scale.engine import DaskEngine, DaskOptions
from eventwire.scale.output import Failure, ParquetFolder
from eventwire.scale.partitions import Partition, plan, plan_documents
from eventwire.scale.worker import PartitionReport
from eventwire.settings import SETTINGS

if TYPE_CHECKING:
    from eventwire.store import Store

Progress = Callable[[PartitionReport], None]
PARTITION_SIZE = int(SETTINGS["partition_size"].default)


@dataclass(slots=True)
class RunSummary:
    """What a run did: partitions coded now and skipped as done before, documents, events, failures."""

    partitions: int = 0
    skipped: int = 0
    documents: int = 0
    coded: int = 0
    events: int = 0
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)
    failed_partitions: list[str] = field(default_factory=list)
    workers: dict[str, dict[str, float | int]] = field(default_factory=dict)

    def add(self, report: PartitionReport) -> None:
        if report.error is not None:
            self.failed_partitions.append(report.error)
            return
        self.partitions += 1
        self.documents += report.documents
        self.coded += report.coded
        self.events += report.events
        self.failures.extend(report.failures)


def code_file(
    source: Path,
    output: ParquetFolder | Store,
    options: DaskOptions | None = None,
    partition_size: int = PARTITION_SIZE,
    progress: Progress | None = None,
) -> RunSummary:
    """Code a JSONL or Parquet file of documents on Dask into a Parquet folder or the store (documents and events)."""
    source = source.resolve()
    partitions: Iterable[Partition] = plan(source, partition_size)
    done: set[int] = set()
    summary = RunSummary()
    if isinstance(output, ParquetFolder):
        done = output.prepare(_plan_of(source, partition_size))
        summary.skipped = len(done)
        partitions = (p for p in partitions if p.number not in done)
    return _run(partitions, output, options or DaskOptions(), summary, progress, add_documents=True)


def code_stored(
    store: Store,
    output: ParquetFolder | None = None,
    options: DaskOptions | None = None,
    partition_size: int = PARTITION_SIZE,
    progress: Progress | None = None,
) -> RunSummary:
    """Code the store's documents not coded yet on Dask; events go back into the store, or to a Parquet folder."""
    partitions = plan_documents(store.uncoded(), partition_size)
    target: ParquetFolder | Store = output if output is not None else store
    if isinstance(target, ParquetFolder):
        target.prepare({"input": f"store {store.path.resolve()}", "partition_size": partition_size})
    return _run(partitions, target, options or DaskOptions(), RunSummary(), progress, add_documents=False)


def _run(
    partitions: Iterable[Partition],
    output: ParquetFolder | Store,
    options: DaskOptions,
    summary: RunSummary,
    progress: Progress | None,
    add_documents: bool,
) -> RunSummary:
    started = time.perf_counter()
    folder = output if isinstance(output, ParquetFolder) else None
    with DaskEngine(options) as engine:
        for report in engine.run(partitions, folder):
            if folder is None and report.error is None:
                _store(output, report, add_documents)  # type: ignore[arg-type]
            summary.add(report)
            if progress is not None:
                progress(report)
        summary.workers = engine.workers()
    summary.seconds = time.perf_counter() - started
    return summary


def _store(store: Store, report: PartitionReport, add_documents: bool) -> None:
    """Write a partition's documents and events into the store: each document's events replace any it had, so a
    partition stored twice leaves one copy."""
    for document, language in report.foreign:
        store.add_document(document, status="not_english", reason=language.reason(), language=language.code)
    for result in report.results:
        if add_documents:
            store.add_document(result.document)
        if result.error is not None:
            store.record_failure(result.document.id, "code", result.error)
        else:
            store.set_events(result.document.id, result.events)
    for failure in report.failures:
        if failure.stage == "read":
            store.record_failure(failure.name, "read", EventwireError(failure.message, code=failure.code))


def _plan_of(source: Path, partition_size: int) -> dict[str, Any]:
    stat = source.stat()
    return {"input": str(source), "bytes": stat.st_size, "mtime_ns": stat.st_mtime_ns, "partition_size": partition_size}


def iter_events(folder: Path) -> Iterator[Event]:
    """The events of a finished (or partly finished) run's Parquet folder."""
    return ParquetFolder(folder).events()
