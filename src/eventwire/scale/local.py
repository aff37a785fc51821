"""The local engine: ``Coder.code_many`` in worker processes on this machine, results in input order, streamed.

The coder (model and tables) is loaded once here and the workers are forked from this process, so they start at
once and share its memory pages instead of loading their own copies. Documents go to the workers a chunk at a time
with only a few chunks in flight, so memory does not grow with the input; each result comes back without the
document's text and is joined to its document here. With one process the coder runs in this process.

After ``worker_documents`` documents (a setting) the workers are replaced by fresh ones forked from the loaded
coder again: what a worker accumulates while it codes (spaCy's vocabulary takes in every new word, and caches fill)
is given back, so a worker's memory does not grow with the corpus. The new workers take the next chunks while the
old ones finish theirs, so nothing waits; the events are the same whichever worker codes a document.

A worker that dies (killed, out of memory) costs the documents of the chunks in flight, which are reported as
failed (E700); a new pool is started for the rest. A worker dies with this process: killed (``kill -9``), it
leaves no workers behind holding their memory.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from eventwire.batching import batches
from eventwire.errors import CodingError, EventwireError
from eventwire.model import Document, Event
from eventwire.scale.memory import fix_mmap_threshold
from eventwire.settings import SETTINGS

if TYPE_CHECKING:
    from eventwire.pipeline import Coder, CodeResult

log = logging.getLogger(__name__)

WARM_UP = Document(id="warm-up", text="The minister met the president in Nairobi on Monday. Police arrested 5 men.")
CHUNK_BATCHES = 2  # a chunk handed to a worker is this many spaCy batches
IN_FLIGHT_PER_PROCESS = 2
WORKER_DOCUMENTS = int(SETTINGS["worker_documents"].default)

_coder: Coder | None = None  # the coder of this process, set before the workers are forked


def default_processes() -> int:
    """Every core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


@dataclass
class LocalEngine:
    """Codes documents with ``processes`` worker processes (default: one per core), replaced by fresh ones after
    ``worker_documents`` documents each (0: never); ``pools_started`` counts the sets of workers started."""

    processes: int | None = None
    batch_size: int = 32
    coder_options: dict[str, Any] = field(default_factory=dict)
    coder: Coder | None = None
    worker_documents: int = WORKER_DOCUMENTS
    pools_started: int = 0

    def __post_init__(self) -> None:
        self.processes = self.processes or default_processes()

    def load(self) -> Coder:
        """The coder, loaded (model and every table) on first call."""
        if self.coder is None:
            self.coder = ready_coder(self.coder_options)
        return self.coder

    def code(self, documents: Iterable[Document]) -> Iterator[CodeResult]:
        """One result per document, in input order, as soon as it is ready."""
        coder = self.load()
        if self.processes == 1:
            yield from coder.code_many(documents, batch_size=self.batch_size)
            return
        yield from self._in_pool(coder, documents)

    def _in_pool(self, coder: Coder, documents: Iterable[Document]) -> Iterator[CodeResult]:
        global _coder
        _coder = coder
        gc.collect()
        gc.freeze()  # the loaded coder's objects stay out of the collector, so forked workers do not copy its pages
        assert self.processes is not None
        window = IN_FLIGHT_PER_PROCESS * self.processes
        chunks = batches(documents, self.batch_size * CHUNK_BATCHES)
        pools = _Pools(self._pool)
        flight: deque[_InFlight] = deque()
        try:
            for chunk in chunks:
                if self.worker_documents and pools.documents >= self.worker_documents * self.processes:
                    pools.renew()
                pool = pools.current
                flight.append(_InFlight(chunk, pool.submit(_code_chunk, chunk, self.batch_size), pool))
                pools.documents += len(chunk)
                if len(flight) >= window:
                    yield from self._collect(flight.popleft(), pools, flight)
            while flight:
                yield from self._collect(flight.popleft(), pools, flight)
        finally:
            pools.shutdown()
            gc.unfreeze()

    def _pool(self) -> ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.pools_started += 1
        return ProcessPoolExecutor(
            self.processes, mp_context=context, initializer=_init_worker, initargs=(self.coder_options,)
        )

    def _collect(self, item: _InFlight, pools: _Pools, flight: deque[_InFlight]) -> Iterator[CodeResult]:
        from eventwire.pipeline import CodeResult

        try:
            outcomes = item.future.result()
        except BrokenProcessPool:
            log.warning("a worker process died; %d documents in its chunk are reported failed", len(item.chunk))
            if item.pool is pools.current:
                pools.renew()
            outcomes = [Outcome(i, [], _died(d)) for i, d in enumerate(item.chunk)]
        pools.retire_idle(flight)
        for outcome in outcomes:
            yield CodeResult(item.chunk[outcome.index], outcome.events, outcome.error)


@dataclass(frozen=True, slots=True)
class _InFlight:
    """A chunk handed to a pool of workers, and the result to come."""

    chunk: list[Document]
    future: Future[list[Outcome]]
    pool: ProcessPoolExecutor


class _Pools:
    """The pool of workers that takes new chunks, and the replaced ones that are still finishing theirs."""

    def __init__(self, start: Callable[[], ProcessPoolExecutor]) -> None:
        self._start = start
        self.current = start()
        self.documents = 0  # handed to the current pool
        self._retired: list[ProcessPoolExecutor] = []

    def renew(self) -> None:
        """New workers take the next chunks; the current ones finish what they hold (a broken pool holds nothing
        more: its chunks in flight fail)."""
        self._retired.append(self.current)
        self.current = self._start()
        self.documents = 0

    def retire_idle(self, flight: deque[_InFlight]) -> None:
        """End the replaced pools with no chunk left in flight."""
        busy = {id(item.pool) for item in flight}
        for pool in [p for p in self._retired if id(p) not in busy]:
            pool.shutdown(wait=False, cancel_futures=True)
            self._retired.remove(pool)

    def shutdown(self) -> None:
        for pool in [*self._retired, self.current]:
            pool.shutdown(cancel_futures=True)
        self._retired.clear()


@dataclass(frozen=True, slots=True)
class Outcome:
    """A result without its document (``index`` is its place in the chunk), as it comes back from a worker."""

    index: int
    events: list[Event]
    error: EventwireError | None = None


def ready_coder(options: dict[str, Any]) -> Coder:
    """A coder made with ``options``, ready to code many documents: malloc's threshold set as configured (before
    the model's arrays are allocated; forked workers inherit it), the model and every table loaded."""
    from eventwire.pipeline import Coder

    fix_mmap_threshold()
    coder = Coder(**options)
    warm_up(coder)
    return coder


def warm_up(coder: Coder) -> None:
    """Load every table the coder reads lazily (the data files, the gazetteer, the city tables of the actor rules),
    so that they are ready before the first document and shared by workers forked afterwards."""
    from eventwire import lexicons
    from eventwire.lexicons.actors.cities import city_countries, city_populations

    lexicons.load_all()
    city_countries(), city_populations()
    gazetteer = getattr(coder.component.resolver, "gazetteer", None)
    getattr(gazetteer, "table", None)
    list(coder.code_many([WARM_UP]))


def _init_worker(options: dict[str, Any]) -> None:
    global _coder
    _die_with_parent(os.getppid())
    if _coder is None:  # a spawned worker (no fork on this system) loads its own coder
        _coder = ready_coder(options)


def _die_with_parent(parent: int) -> None:
    """End this worker when the process that started it ends, even by ``kill -9`` (which runs no clean-up there):
    Linux signals it (``PR_SET_PDEATHSIG``); elsewhere a thread watches for the parent to change."""
    if sys.platform.startswith("linux"):
        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
        if os.getppid() != parent:  # the parent died before the signal was asked for
            os._exit(1)
        return
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="eventwire-parent-watch").start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _code_chunk(documents: list[Document], batch_size: int) -> list[Outcome]:
    assert _coder is not None, "the worker has no coder"
    place = {id(document): i for i, document in enumerate(documents)}
    by_id = {document.id: i for i, document in enumerate(documents)}
    results = _coder.code_many(documents, batch_size)
    return [Outcome(place.get(id(r.document), by_id[r.document.id]), r.events, r.error) for r in results]


def _died(document: Document) -> CodingError:
    message = "the worker process coding this document died (killed or out of memory); code it again"
    return CodingError(message, doc_id=document.id)
