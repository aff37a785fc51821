"""Throughput: the bare spaCy parse against the full eventwire coding, on the same documents.

With ``processes > 1`` both run on a pool of worker processes, each loading the model once
before the clock starts.
"""

from __future__ import annotations

import json
import multiprocessing
import resource
import time
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.batching import batches
from eventwire.errors import EvalError
from eventwire.model import Document

if TYPE_CHECKING:
    from eventwire.pipeline import Coder

CHUNK_BATCHES = 4  # a worker task is this many spaCy batches

_worker: tuple[Coder, int] | None = None  # a worker process's coder and batch size, set once by _init_worker


@dataclass(frozen=True, slots=True)
class Phase:
    """One timed pass over the documents."""

    name: str
    seconds: float
    docs: int
    words: int
    events: int | None = None

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "seconds": round(self.seconds, 3),
            "docs_per_s": round(self.docs_per_s, 1),
            "words_per_s": round(self.words_per_s, 1),
            "events": self.events,
        }


@dataclass(frozen=True, slots=True)
class BenchResult:
    """Both passes, the model loading time and the peak memory."""

    processes: int
    docs: int
    words: int
    load_seconds: float
    bare: Phase
    full: Phase
    peak_rss_mb: float
    peak_child_rss_mb: float

    @property
    def ratio(self) -> float:
        """How many times longer the full coding takes than the bare parse."""
        return self.full.seconds / self.bare.seconds if self.bare.seconds else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "processes": self.processes,
            "docs": self.docs,
            "words": self.words,
            "load_seconds": round(self.load_seconds, 3),
            "spacy": self.bare.to_json(),
            "eventwire": self.full.to_json(),
            "ratio_full_to_bare": round(self.ratio, 3),
            "peak_rss_mb": {"main": round(self.peak_rss_mb, 1), "largest_child": round(self.peak_child_rss_mb, 1)},
        }


def read_corpus(path: Path, limit: int | None = None) -> list[Document]:
    """The first ``limit`` documents (all when None) of a document JSONL file, skipping empty texts."""
    documents: list[Document] = []
    with path.open(encoding="utf-8") as lines:
        for lineno, line in enumerate(lines, start=1):
            if limit is not None and len(documents) >= limit:
                break
            if not line.strip():
                continue
            try:
                document = Document.from_json(json.loads(line))
            except ValueError as exc:
                raise EvalError(f"{path}:{lineno} is not a valid document: {exc}; give document JSONL") from exc
            if document.text.strip():
                documents.append(document)
    return documents


def run_bench(documents: Sequence[Document], processes: int = 1, batch_size: int = 32) -> BenchResult:
    """Time ``nlp.pipe`` alone, then ``Coder.code_many``, over ``documents``."""
    if not documents:
        raise ValueError("no documents to benchmark")
    words = sum(len(d.text.split()) for d in documents)
    if processes <= 1:
        load, bare, full = _in_process(documents, batch_size)
    else:
        load, bare, full = _in_pool(documents, processes, batch_size)
    n = len(documents)
    return BenchResult(
        processes=max(1, processes),
        docs=n,
        words=words,
        load_seconds=load,
        bare=Phase("spaCy only", bare, n, words),
        full=Phase("eventwire", full[0], n, words, full[1]),
        peak_rss_mb=_max_rss_mb(resource.RUSAGE_SELF),
        peak_child_rss_mb=_max_rss_mb(resource.RUSAGE_CHILDREN),
    )


def _in_process(documents: Sequence[Document], batch_size: int) -> tuple[float, float, tuple[float, int]]:
    from eventwire.pipeline import Coder

    started = time.perf_counter()
    coder = Coder()
    _warm_up(coder, documents[:batch_size])
    load = time.perf_counter() - started
    started = time.perf_counter()
    _parse(coder, [d.text for d in documents], batch_size)
    bare = time.perf_counter() - started
    started = time.perf_counter()
    events = _code(coder, documents, batch_size)
    return load, bare, (time.perf_counter() - started, events)


def _in_pool(documents: Sequence[Document], processes: int, batch_size: int) -> tuple[float, float, tuple[float, int]]:
    context = multiprocessing.get_context("spawn")
    ready = context.Barrier(processes + 1)
    chunks = list(batches(documents, batch_size * CHUNK_BATCHES))
    started = time.perf_counter()
    pool = context.Pool(processes, initializer=_init_worker, initargs=(ready, batch_size))
    try:
        ready.wait()
        load = time.perf_counter() - started
        started = time.perf_counter()
        sum(pool.imap_unordered(_parse_chunk, ([d.text for d in chunk] for chunk in chunks)))
        bare = time.perf_counter() - started
        started = time.perf_counter()
        events = sum(pool.imap_unordered(_code_chunk, chunks))
        full = time.perf_counter() - started
    finally:
        pool.close()
        pool.join()
    return load, bare, (full, events)


def _init_worker(ready: Barrier, batch_size: int) -> None:
    from eventwire.pipeline import Coder

    global _worker
    coder = Coder()
    _warm_up(coder, [Document(id="warm-up", text="The minister met the president in Nairobi on Monday.")])
    _worker = (coder, batch_size)
    ready.wait()


def _parse_chunk(texts: list[str]) -> int:
    assert _worker is not None, "worker not initialised"
    _parse(_worker[0], texts, _worker[1])
    return len(texts)


def _code_chunk(documents: list[Document]) -> int:
    assert _worker is not None, "worker not initialised"
    return _code(_worker[0], documents, _worker[1])


def _parse(coder: Coder, texts: list[str], batch_size: int) -> None:
    for _ in coder.nlp.pipe(texts, batch_size=batch_size):
        pass


def _code(coder: Coder, documents: Sequence[Document], batch_size: int) -> int:
    return sum(len(result.events) for result in coder.code_many(documents, batch_size=batch_size))


def _warm_up(coder: Coder, documents: Sequence[Document]) -> None:
    _code(coder, documents, max(1, len(documents)))


def _max_rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux
