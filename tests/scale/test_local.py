"""The local engine: worker processes forked from a loaded coder give the one-process results, in order, streamed;
a bad document or a dead worker costs only its own documents."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

import pytest

from eventwire.errors import CodingError
from eventwire.model import Document
from eventwire.pipeline import Coder, CodeResult
from eventwire.scale import local
from eventwire.scale.local import LocalEngine, default_processes

pytestmark = pytest.mark.slow  # loads the spaCy model

TEXTS = [
    "Kenyan police arrested 12 protesters in Mombasa on Monday.",
    "Somali troops attacked an al-Shabaab camp near Baidoa, the army said.",
    "The ministers met in Nairobi to discuss the border dispute.",
    "Shares rose 3 pct in active trading.",
    "Protesters marched through Kampala demanding the release of the opposition leader.",
]


def _documents(count: int) -> list[Document]:
    return [Document(id=f"d{i}", text=TEXTS[i % len(TEXTS)]) for i in range(count)]


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _summary(results: Iterable[CodeResult]) -> list[tuple[str, list[object], str | None]]:
    return [(r.document.id, [e.to_json() for e in r.events], r.error.code if r.error else None) for r in results]


def test_every_core_by_default() -> None:
    assert LocalEngine().processes == default_processes() >= 1


def test_two_processes_give_the_one_process_results_in_order(coder: Coder) -> None:
    documents = [*_documents(30), Document(id="empty", text="  "), *_documents(11)]
    expected = _summary(coder.code_many(documents, batch_size=4))
    got = _summary(LocalEngine(processes=2, batch_size=4, coder=coder).code(documents))
    assert got == expected
    assert ("empty", [], "E101") in got and any(events for _, events, _ in got)


def test_documents_are_taken_as_they_are_needed(coder: Coder) -> None:
    taken: list[str] = []

    def documents() -> Iterator[Document]:
        for document in _documents(200):
            taken.append(document.id)
            yield document

    results = LocalEngine(processes=2, batch_size=2, coder=coder).code(documents())
    next(results)
    assert len(taken) < 50, "the engine read far ahead of what it coded"
    assert len(list(results)) == 199


class DyingCoder(Coder):
    """The real coder, except that a worker that meets the document "die" exits at once, as if killed."""

    def __init__(self, inner: Coder) -> None:
        self.nlp, self.component = inner.nlp, inner.component

    def code_many(self, documents: Iterable[Document], batch_size: int = 32) -> Iterator[CodeResult]:
        documents = list(documents)
        if any(d.id == "die" for d in documents) and os.getpid() != PARENT[0]:
            os._exit(9)
        return super().code_many(documents, batch_size)


PARENT = [os.getpid()]


def test_a_dead_worker_costs_only_the_documents_in_flight(coder: Coder) -> None:
    documents = [*_documents(40), Document(id="die", text="Troops crossed the border."), *_documents(40)]
    results = list(LocalEngine(processes=2, batch_size=4, coder=DyingCoder(coder)).code(documents))
    assert [r.document.id for r in results] == [d.id for d in documents]
    failed = [r.document.id for r in results if r.error is not None]
    assert "die" in failed and all(r.error.code == "E700" for r in results if r.error is not None)
    assert len(failed) <= 8 * 2 * 2, "more than the chunks in flight were lost"
    assert _summary(results[-5:]) == _summary(coder.code_many(documents[-5:]))
    assert local._coder is not None


class PidCoder(Coder):
    """Reports, as each document's error, which process coded it."""

    def __init__(self, inner: Coder) -> None:
        self.nlp, self.component = inner.nlp, inner.component

    def code_many(self, documents: Iterable[Document], batch_size: int = 32) -> Iterator[CodeResult]:
        for document in documents:
            yield CodeResult(document, [], CodingError(str(os.getpid()), doc_id=document.id))


def test_workers_are_replaced_after_their_documents_and_give_the_same_results(coder: Coder) -> None:
    documents = _documents(60)
    expected = _summary(coder.code_many(documents, batch_size=2))
    engine = LocalEngine(processes=2, batch_size=2, coder=coder, worker_documents=4)
    assert _summary(engine.code(documents)) == expected
    assert engine.pools_started >= 60 // (4 * 2) - 1, "the workers were not replaced"
    kept = LocalEngine(processes=2, batch_size=2, coder=coder, worker_documents=0)
    assert _summary(kept.code(documents)) == expected and kept.pools_started == 1


def test_replaced_workers_are_other_processes(coder: Coder) -> None:
    no_events = [Document(id=f"n{i}", text="Shares rose 3 pct in active trading.") for i in range(24)]
    results = list(LocalEngine(processes=2, batch_size=2, coder=PidCoder(coder), worker_documents=4).code(no_events))
    pids = {r.error.message for r in results if r.error is not None}
    assert len(pids) > 2 and str(os.getpid()) not in pids
