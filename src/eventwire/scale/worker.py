"""What runs on a Dask worker: the coder, loaded once by a worker plugin, and the task that codes a partition.

The task reads its partition, hands the documents to ``Coder.code_many`` (the same call the local engine makes) and
either writes the events to the run's Parquet folder or sends the results back for the client to store.
"""

from __future__ import annotations

import logging
import os
import resource
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from distributed import Worker, WorkerPlugin, get_worker

from eventwire.errors import EventwireError
from eventwire.model import Document, Event
from eventwire.scale.output import Failure, Marker, ParquetFolder
from eventwire.scale.partitions import Partition, read_partition

if TYPE_CHECKING:
    from eventwire.pipeline import Coder, CodeResult

log = logging.getLogger(__name__)

PLUGIN = "eventwire-coder"
WARM_UP = Document(id="warm-up", text="The minister met the president in Nairobi on Monday. Police arrested 5 men.")


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
    from eventwire.pipeline import Coder

    key = repr(sorted(options.items()))
    if key not in _coders:
        started = time.perf_counter()
        coder = Coder(**options)
        list(coder.code_many([WARM_UP]))  # every table the coder reads lazily is loaded now, not in the first task
        _coders[key] = (coder, time.perf_counter() - started)
    return _coders[key]


@dataclass(frozen=True, slots=True)
class PartitionReport:
    """What coding one partition gave. ``results`` holds the coded documents only when the client writes them."""

    number: int
    documents: int
    coded: int
    events: int
    failures: tuple[Failure, ...]
    worker: str
    seconds: float
    results: tuple[CodeResult, ...] = field(default=())
    error: str | None = None


def code_partition(partition: Partition, output: ParquetFolder | None) -> PartitionReport:
    """Code one partition on this worker: into the Parquet folder ``output``, or back to the client when None."""
    plugin = _plugin()
    assert plugin.coder is not None, "the coder plugin did not set up"
    started = time.perf_counter()
    failures: list[Failure] = []
    documents: list[Document] = []
    for read in read_partition(partition):
        if read.error is not None:
            failures.append(_failure(read.name, "read", read.error))
        elif read.document is not None:
            documents.append(read.document)
    results = tuple(plugin.coder.code_many(documents, batch_size=plugin.batch_size))
    events: list[Event] = []
    for result in results:
        if result.error is not None:
            failures.append(_failure(result.document.id, "code", result.error))
        events.extend(result.events)
    coded = sum(result.error is None for result in results)
    marker = Marker(partition.number, len(documents), coded, len(events), tuple(failures))
    if output is not None:
        output.write(partition.number, events, marker)
    seconds = time.perf_counter() - started
    kept = results if output is None else ()
    return PartitionReport(partition.number, len(documents), coded, len(events), tuple(failures), _me(), seconds, kept)


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


def _failure(name: str, stage: str, error: EventwireError) -> Failure:
    return Failure(name, stage, error.code, error.message)
