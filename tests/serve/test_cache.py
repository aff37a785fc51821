"""The explorer's answer cache: a repeated read is answered from it, any commit to the store empties it, an
answer computed while the store changed is not kept, and it holds at most its size."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.model import Actor, Document, Event, EventDate, Evidence
from eventwire.serve import synthetic
from eventwire.serve.cache import AnswerCache
from eventwire.serve.query import Filter, Page
from eventwire.serve.reader import Reader
from eventwire.store import Store
from eventwire.store.query import EventQuery


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "cache.db"
    synthetic.build(path, 300, per_doc=3)
    return path


def _add_event(path: Path, country: str) -> str:
    with Store(path) as store:
        doc_id = f"late-{store.count('events')}"
        store.add_document(Document(doc_id, "Late Party struck."))
        party = Actor(text="Late Party", name="Late Party", country=country, sector="GOV", start=0, end=10)
        day = date(2024, 1, 2)
        new = Event(
            doc_id=doc_id,
            type="ASSAULT",
            evidence=Evidence("Late Party struck.", 0, 18, "struck"),
            source=party,
            date=EventDate(day, day, "day"),
            status="asserted",
            confidence=0.9,
        )
        store.set_events(doc_id, [new])
    return new.id


def test_a_repeated_read_is_answered_from_the_cache(store: Path) -> None:
    reader = Reader(store)
    f, page = Filter(EventQuery(types=("ASSAULT",))), Page(limit=10)
    first = reader.events_json(f, page)
    assert reader.events_json(f, page) is first
    assert (reader.cache.hits, reader.cache.misses) == (1, 1)
    assert reader.events_json(f, Page(limit=10, offset=10)) != first  # another page is another answer


def test_a_commit_to_the_store_empties_the_cache(store: Path) -> None:
    reader = Reader(store)
    country = synthetic.world().countries[0][0]
    f = Filter(EventQuery(country=country))
    before = json.loads(reader.events_json(f, Page(limit=500)))
    stats = reader.stats(f)
    new_id = _add_event(store, country)
    after = json.loads(reader.events_json(f, Page(limit=500)))
    assert new_id in {e["id"] for e in after["items"]} and new_id not in {e["id"] for e in before["items"]}
    assert reader.stats(f)["events"] == stats["events"] + 1
    assert reader.cache.hits == 0


def test_an_answer_computed_while_the_store_changed_is_not_kept(store: Path) -> None:
    cache = AnswerCache(store, entries=10)
    calls = []

    def compute() -> str:
        calls.append(1)
        if len(calls) == 1:
            _add_event(store, "RUS")  # the store changes while the first answer is computed
        return f"answer {len(calls)}"

    assert cache.answer("key", compute) == "answer 1"
    assert cache.answer("key", compute) == "answer 2"  # computed again: the first was not kept
    assert cache.answer("key", compute) == "answer 2"


def test_the_cache_keeps_the_most_recently_used_answers(store: Path) -> None:
    cache = AnswerCache(store, entries=2)
    for key in ("a", "b", "a", "c"):
        cache.answer(key, lambda key=key: key.upper())  # type: ignore[misc]
    assert cache.answer("a", lambda: "again") == "A"  # used since "b" was: kept
    assert cache.answer("c", lambda: "again") == "C"
    assert cache.answer("b", lambda: "again") == "again"  # the least recently used: dropped


def test_a_cache_of_size_0_keeps_nothing(store: Path) -> None:
    reader = Reader(store, cache_entries=0)
    f, page = Filter(), Page(limit=5)
    assert reader.events_json(f, page) == reader.events_json(f, page)
    assert reader.cache.hits == 0
