"""The Dask engine: a cluster (given by address, or a LocalCluster started here), the coder plugin on every worker,
and partitions handed out a few at a time, so that neither the client nor the scheduler holds the whole input.

A partition whose worker dies is given to another worker by the scheduler; one that raises is tried again
(``retries``); one that fails on every try is reported with its error and the run goes on. Writing is keyed by
partition number (Parquet) or document id (the store), so a partition coded twice is written once.
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from distributed import Client, Future, LocalCluster, as_completed

from eventwire.errors import ScaleError
from eventwire.scale.output import ParquetFolder
from eventwire.scale.partitions import Partition
from eventwire.scale.worker import PLUGIN, CoderPlugin, PartitionReport, code_partition, worker_facts

log = logging.getLogger(__name__)

IN_FLIGHT_PER_THREAD = 2  # partitions queued per worker thread: enough to keep it busy, few enough to stream
CONNECT_TIMEOUT = "30s"


@dataclass(frozen=True, slots=True)
class DaskOptions:
    """How to reach or start the cluster and how the workers code.

    ``scheduler``: the address of a running scheduler (``tcp://host:8786``); None starts a LocalCluster of
    ``workers`` processes (default: one per core) with one thread each. ``coder`` is passed to ``Coder(...)`` on
    every worker; ``min_confidence`` (default: the setting) drops weaker events, as ``eventwire code`` does.
    """

    scheduler: str | None = None
    workers: int | None = None
    batch_size: int = 32
    retries: int = 2
    coder: dict[str, Any] = field(default_factory=dict)
    memory_limit: str = "auto"
    min_confidence: float | None = None


class DaskEngine:
    """A client connected to a cluster whose workers hold a loaded coder. Use it as a context manager."""

    def __init__(self, options: DaskOptions | None = None) -> None:
        self.options = options or DaskOptions()
        self.cluster: LocalCluster | None = None
        self.client: Client | None = None

    def __enter__(self) -> DaskEngine:
        try:
            self.client = self._connect()
            # the workers keep every event; code_partition applies the floor (``min_confidence``)
            coder = {"min_confidence": 0.0, **self.options.coder}
            self.client.register_plugin(CoderPlugin(coder, self.options.batch_size), name=PLUGIN)
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    def _connect(self) -> Client:
        if self.options.scheduler:
            try:
                return Client(self.options.scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as exc:
                raise ScaleError(f"cannot reach the Dask scheduler at {self.options.scheduler}: {exc}") from exc
        workers = self.options.workers or os.cpu_count() or 1
        self.cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            memory_limit=self.options.memory_limit,
        )
        return Client(self.cluster)

    @property
    def threads(self) -> int:
        """Worker threads in the cluster now."""
        assert self.client is not None, "use the engine as a context manager"
        nthreads: dict[str, int] = self.client.nthreads()
        return max(1, sum(nthreads.values()))

    def workers(self) -> dict[str, dict[str, float | int]]:
        """Each worker's process id, coder start-up seconds and peak memory (MB), by address."""
        assert self.client is not None, "use the engine as a context manager"
        facts: dict[str, dict[str, float | int]] = self.client.run(worker_facts)
        return facts

    def run(self, partitions: Iterable[Partition], output: ParquetFolder | None) -> Iterator[PartitionReport]:
        """Code ``partitions`` on the cluster; yields each partition's report as it finishes (in any order)."""
        assert self.client is not None, "use the engine as a context manager"
        run = uuid.uuid4().hex[:8]
        pending = iter(partitions)
        window = IN_FLIGHT_PER_THREAD * self.threads
        numbers: dict[str, int] = {}
        finished = as_completed()
        for partition in _take(pending, window):
            finished.add(self._submit(partition, output, run, numbers))
        for future in finished:
            yield self._report(future, numbers)
            future.release()
            for partition in _take(pending, 1):
                finished.add(self._submit(partition, output, run, numbers))

    def _submit(
        self, partition: Partition, output: ParquetFolder | None, run: str, numbers: dict[str, int]
    ) -> Future[PartitionReport]:
        assert self.client is not None
        key = f"eventwire-{run}-{partition.name}"
        numbers[key] = partition.number
        future: Future[PartitionReport] = self.client.submit(
            code_partition, partition, output, self._floor(), key=key, retries=self.options.retries, pure=False
        )
        return future

    def _floor(self) -> float:
        from eventwire.settings import SETTINGS

        floor = self.options.min_confidence
        return float(SETTINGS["min_confidence"].default) if floor is None else floor

    def _report(self, future: Future[PartitionReport], numbers: dict[str, int]) -> PartitionReport:
        if future.status == "finished":
            report: PartitionReport = future.result()
            return report
        number = numbers[str(future.key)]
        try:
            future.result()
            error = f"partition {number} ended as {future.status}"
        except Exception as exc:  # the partition failed on every try: report it, the run goes on
            error = f"partition {number} failed on every try: {type(exc).__name__}: {exc}"
        log.warning("%s", error)
        return PartitionReport(number, 0, 0, 0, (), "", 0.0, error=error)


def _take(items: Iterator[Partition], count: int) -> list[Partition]:
    taken: list[Partition] = []
    for item in items:
        taken.append(item)
        if len(taken) == count:
            break
    return taken


def wait_for_workers(engine: DaskEngine, count: int, timeout: float = 120.0) -> None:
    """Block until ``count`` workers are up (a cluster given by address may still be starting them)."""
    assert engine.client is not None, "use the engine as a context manager"
    deadline = time.monotonic() + timeout
    while len(engine.client.nthreads()) < count:
        if time.monotonic() > deadline:
            raise ScaleError(f"fewer than {count} Dask workers joined within {timeout:.0f} s")
        time.sleep(0.2)
