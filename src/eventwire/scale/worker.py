"""What runs on a Dask worker: the coder, loaded once by a worker plugin, and the task that codes a partition.

The task reads its partition, hands the documents to ``Coder.code_many`` (the same call the local engine makes) and
either writes the events to the run's Parquet folder or sends the results back for the client to store.
"""

from __future__ import annotations

import logging
import os
import resource
import time
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from distributed import Worker, WorkerPlugin, get_worker

from eventwire.errors import EventwireError, NotEnglish
from eventwire.ingest.language import Language, detect_language
from eventwire.model import Document
from eventwire.scale.local import ready_coder
from eventwire.scale.output import Failure, Marker, ParquetFolder
from eventwire.scale.partitions import Partition, read_partition

if TYPE_CHECKING:
    from eventwire.pipeline import Coder, CodeResult

log = logging.getLogger(__name__)

PLUGIN = "eventwire-coder"


class CoderPlugin(WorkerPlugin):
    """Loads the coder once when a worker starts (and again in a worker started to replace a dead one)."""

    name = PLUGIN

    def __init__(self, options: dict[str, Any] | None = None, batch_size: int = 32) -> None:
        self.options = dict(options or {})
        self.batch_size = batch_size
        self.coder: Coder | None = None
        self.ready_seconds = 0.0

    def setup(self, worker: Worker) -> None:
        self.coder, self.ready_seconds = _loaded_coder(self.options)
        log.info("worker %s: coder ready in %.1f s", worker.address, self.ready_seconds)


# One coder per worker process and options, with the seconds it took to load: a plugin registered again (a second
# run on the same cluster) reuses it.
_coders: dict[str, tuple[Coder, float]] = {}


def _loaded_coder(options: dict[str, Any]) -> tuple[Coder, float]:

    key = repr(sorted(options.items()))
    if key not in _coders:
        started = time.perf_counter()
        coder = ready_coder(options)  # every table the coder reads lazily is loaded now, not in the first task
        _coders[key] = (coder, time.perf_counter() - started)
    return _coders[key]


@dataclass(frozen=True, slots=True)
class PartitionReport:
    """What coding one partition gave. ``results`` (the coded documents) and ``foreign`` (documents not in English,
    which are not coded) are kept only when the client writes them to the store."""

    number: int
    documents: int
    coded: int
    events: int
    failures: tuple[Failure, ...]
    worker: str
    seconds: float
    results: tuple[CodeResult, ...] = field(default=())
    foreign: tuple[tuple[Document, Language], ...] = field(default=())
    error: str | None = None


def code_partition(partition: Partition, output: ParquetFolder | None, min_confidence: float = 0.0) -> PartitionReport:
    """Code one partition on this worker: into the Parquet folder ``output``, or back to the client when None.
    Events below ``min_confidence`` are dropped, as ``eventwire code`` drops them.

    Documents are read and checked as ``eventwire code`` reads them: a file's documents not in English are reported
    and not coded (documents from the store were checked when they were ingested)."""
    plugin = _plugin()
    assert plugin.coder is not None, "the coder plugin did not set up"
    started = time.perf_counter()
    failures: list[Failure] = []
    documents: list[Document] = []
    foreign: list[tuple[Document, Language]] = []
    for item in read_partition(partition):
        if item.error is not None or item.document is None:
            failures.append(_failure(item.name, item.error or EventwireError("no document")))
            continue
        language = detect_language(item.document.text) if partition.kind != "documents" else None
        if language is not None and not language.english:
            foreign.append((item.document, language))
            failures.append(Failure(item.name, NotEnglish.stage, NotEnglish.code, language.reason()))
            continue
        documents.append(item.document)
    coded_results = plugin.coder.code_many(documents, batch_size=plugin.batch_size)
    results = tuple(replace(r, events=[e for e in r.events if e.confidence >= min_confidence]) for r in coded_results)
    failures += [_failure(r.document.id, r.error) for r in results if r.error is not None]
    events = [event for result in results for event in result.events]
    coded = sum(result.error is None for result in results)
    if output is not None:
        output.write(
            partition.number, events, Marker(partition.number, len(documents), coded, len(events), tuple(failures))
        )
    seconds = time.perf_counter() - started
    report = PartitionReport(partition.number, len(documents), coded, len(events), tuple(failures), _me(), seconds)
    return report if output is not None else replace(report, results=results, foreign=tuple(foreign))


def worker_facts(dask_worker: Worker) -> dict[str, float | int]:
    """This worker's process id, the seconds its coder took to be ready and its peak memory so far (MB); run with
    ``Client.run``, which passes the worker."""
    plugin = dask_worker.plugins[PLUGIN]
    assert isinstance(plugin, CoderPlugin)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    return {"pid": os.getpid(), "ready_seconds": round(plugin.ready_seconds, 3), "peak_rss_mb": round(peak, 1)}


def _plugin() -> CoderPlugin:
    plugin = get_worker().plugins[PLUGIN]
    assert isinstance(plugin, CoderPlugin)
    return plugin


def _me() -> str:
    return str(get_worker().address)


def _failure(name: str, error: EventwireError) -> Failure:
    return Failure(name, error.stage, error.code, error.message)
