"""``cli.pending``: the documents pending in a real store are claimed and coded by the local engine, suspects (claimed
before by a coder that died) each alone and first, and every coded document's events go to the writer."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.cli.pending import PendingRun, code_pending
from eventwire.formats import EventRecord
from eventwire.model import Document
from eventwire.store import Store
from tests.store.test_work import _dead_worker

pytestmark = pytest.mark.slow  # loads the model

TEXTS = (
    "Police arrested five protesters in Nairobi on Monday.",
    "The minister met the president of Kenya in Mombasa on Tuesday.",
    "Rebels attacked a police station in Garissa on Wednesday.",
)


class Collected:
    """An event writer that keeps what it is given."""

    def __init__(self) -> None:
        self.records: list[EventRecord] = []

    def write(self, record: EventRecord) -> None:
        self.records.append(record)


def _store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "p.db")
    for i, text in enumerate(TEXTS):
        store.add_document(Document(f"d{i}", text))
    return store


def test_every_pending_document_is_coded_and_its_events_written(tmp_path: Path) -> None:
    writer = Collected()
    with _store(tmp_path) as store:
        run = code_pending(store, PendingRun(processes=1), writer)  # type: ignore[arg-type]
        assert (run.coded, run.failed) == (3, 0)
        assert not list(store.uncoded())
    assert {r.event.doc_id for r in writer.records} == {"d0", "d1", "d2"}


def test_a_suspect_is_coded_alone_and_counts_one_more_attempt(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        assert store.work.claim(_dead_worker(), 1) == ["d0"]  # its coder died holding it
        run = code_pending(store, PendingRun(processes=1))
        attempts = dict(store.db.execute("SELECT id, attempts FROM documents").fetchall())
    assert run.coded == 3
    assert attempts == {"d0": 2, "d1": 1, "d2": 1}


def test_nothing_pending_codes_nothing(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        code_pending(store, PendingRun(processes=1))
        assert code_pending(store, PendingRun(processes=1)).coded == 0
