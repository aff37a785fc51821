"""Coding the documents pending in a store (``code --db FILE`` without paths, and ``watch``).

Work is claimed in the store (``eventwire.store.work``), so several processes can code one store at once and
none codes a document another has; within a process, the claimed documents are coded by the local engine's
worker processes (``eventwire.scale.local``), a batch claimed each time the engine asks for more. A document
whose coding fails is given status ``failed`` and reported once. With ``-o``, the output is written from the
store when the run ends, and a run killed before its end is taken over by the next run writing the same file:
the file then holds the events of both, as one run's would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import click

from eventwire.cli.inputs import refusal_line
from eventwire.formats import DocInfo, EventRecord
from eventwire.settings import SETTINGS
from eventwire.store.work import worker_id

if TYPE_CHECKING:
    from eventwire.formats import EventWriter
    from eventwire.model import Document
    from eventwire.pipeline import CodeResult
    from eventwire.scale.local import LocalEngine
    from eventwire.store import Store

CLAIM_SIZE = int(SETTINGS["batch_size"].default)


@dataclass
class PendingRun:
    """What one run did with the store's pending documents, coded with ``processes`` worker processes (default:
    one per core), keeping events from ``min_confidence`` up (default: the coder's threshold)."""

    processes: int | None = None
    min_confidence: float | None = None
    coded: int = 0
    failed: int = 0
    engine: LocalEngine | None = field(default=None, repr=False)

    def local_engine(self) -> LocalEngine:
        """The engine, made on first need; it loads the coder once and keeps it between rounds."""
        if self.engine is None:
            from eventwire.scale.local import LocalEngine

            self.engine = LocalEngine(self.processes, coder_options={"min_confidence": self.min_confidence})
        return self.engine


def code_pending(store: Store, run: PendingRun, writer: EventWriter | None = None) -> PendingRun:
    """Claim and code pending documents until none is left; each coded document's events go to ``writer``."""
    worker = worker_id()
    try:
        _code_claimed(store, worker, run, writer, None)
    finally:
        store.work.release(worker)
    return run


def code_pending_to(
    store: Store, run: PendingRun, output: Path, write: Callable[[ExitStack], EventWriter]
) -> PendingRun:
    """Code what is pending as one run writing ``output`` (taking over an unfinished one), then write the
    events of every document of the run from the store."""
    worker = worker_id()
    run_id = store.work.begin_run(worker, str(output.resolve()))
    try:
        _code_claimed(store, worker, run, None, run_id)
    finally:
        store.work.release(worker)
    with ExitStack() as stack:
        writer = write(stack)
        for record in store.run_records(run_id):
            writer.write(record)
    store.work.finish_run(run_id)
    return run


def _code_claimed(store: Store, worker: str, run: PendingRun, writer: EventWriter | None, run_id: int | None) -> None:
    """Suspects first, each alone; then batches; then suspects a coder that died meanwhile left."""
    _code(_suspects(store, worker, run), store, worker, run, writer, run_id)
    first = store.claim(worker, CLAIM_SIZE)
    if first:
        _code(run.local_engine().code(_claimed(store, worker, first)), store, worker, run, writer, run_id)
        _code(_suspects(store, worker, run), store, worker, run, writer, run_id)


def _code(
    results: Iterable[CodeResult],
    store: Store,
    worker: str,
    run: PendingRun,
    writer: EventWriter | None,
    run_id: int | None,
) -> None:
    for result in results:
        document = result.document
        if result.error is not None:
            click.echo(refusal_line(result.error, document.id), err=True)
            store.fail_document(document.id, result.error)
            run.failed += 1
            continue
        events = result.events
        if not store.write_claimed(document.id, events, worker, run_id):
            continue
        run.coded += 1
        if writer is not None:
            info = DocInfo.of(document)
            for event in events:
                writer.write(EventRecord(event, info))


def _suspects(store: Store, worker: str, run: PendingRun) -> Iterator[CodeResult]:
    """The documents claimed before and never coded, each claimed and coded alone (its result stored before the
    next is claimed)."""
    while (document := store.claim_suspect(worker)) is not None:
        yield from run.local_engine().code([document])


def _claimed(store: Store, worker: str, batch: list[Document]) -> Iterator[Document]:
    """The documents of ``batch``, then of further batches claimed as the engine asks for them, until none is left."""
    while batch:
        yield from batch
        batch = store.claim(worker, CLAIM_SIZE)
