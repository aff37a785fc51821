"""One meeting reported by five outlets in five ways, beside three other events: coded by the real coder,
the five reports are one event with five mentions, and the other events stay apart."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from eventwire.model import Document, Event
from eventwire.pipeline import Coder
from eventwire.store import Store

pytestmark = pytest.mark.slow  # runs the spaCy model

DATA = Path(__file__).parent / "data" / "one_meeting_five_reports.jsonl"
REPORTS = {f"five-{n}" for n in range(1, 6)}
Coded = list[tuple[Document, list[Event]]]


@pytest.fixture(scope="module")
def coded() -> Coded:
    documents = [Document.from_json(json.loads(line)) for line in DATA.read_text(encoding="utf-8").splitlines()]
    return [(r.document, r.events) for r in Coder().code_many(documents)]


def _store(path: Path, coded: Coded) -> Store:
    store = Store(path)
    for document, events in coded:
        store.add_document(document)
        store.set_events(document.id, events)
    return store


def _meeting(store: Store) -> tuple[str, int, int, int]:
    rows = store.db.execute(
        "SELECT c.id, c.n_mentions, c.n_documents, c.n_sources FROM clusters c"
        " WHERE c.id IN (SELECT cluster_id FROM events WHERE doc_id = 'five-1')"
    ).fetchall()
    assert len(rows) == 1, rows
    cluster_id, mentions, documents, sources = rows[0]
    return cluster_id, mentions, documents, sources


def test_five_reports_of_one_meeting_are_one_event_with_five_mentions(coded: Coded, tmp_path: Path) -> None:
    with _store(tmp_path / "s.db", coded) as store:
        _, mentions, documents, sources = _meeting(store)
        assert (mentions, documents, sources) == (5, 5, 5)


def test_the_meeting_holds_every_report_and_nothing_else(coded: Coded, tmp_path: Path) -> None:
    with _store(tmp_path / "s.db", coded) as store:
        cluster_id = _meeting(store)[0]
        docs = {r[0] for r in store.db.execute("SELECT doc_id FROM events WHERE cluster_id = ?", (cluster_id,))}
        assert docs == REPORTS


def test_the_other_events_are_events_of_their_own(coded: Coded, tmp_path: Path) -> None:
    with _store(tmp_path / "s.db", coded) as store:
        others = store.db.execute(
            "SELECT count(DISTINCT cluster_id) FROM events WHERE doc_id NOT LIKE 'five-%'"
        ).fetchone()[0]
        assert others >= 3
        assert store.count("clusters") < store.count("events")


def test_the_same_clusters_whatever_order_the_reports_arrive_in(coded: Coded, tmp_path: Path) -> None:
    def clusters(store: Store) -> list[tuple[str, str]]:
        return store.db.execute("SELECT id, cluster_id FROM events ORDER BY id").fetchall()

    with _store(tmp_path / "a.db", coded) as store:
        expected = clusters(store)
    for seed in range(3):
        shuffled = random.Random(seed).sample(coded, len(coded))
        with _store(tmp_path / f"b{seed}.db", shuffled) as store:
            assert clusters(store) == expected
