"""Each stored event is a row with its actors and place as rows too, and documents are searchable."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.errors import StoreError
from eventwire.store import Store

from .builders import IRPIN, KYIV, actor, event, put


def _rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    return store.db.execute(sql).fetchall()


def test_each_party_is_an_actor_row_with_lower_case_keys(store: Store) -> None:
    put(store, "a", [event("a", source=actor("Xi Jinping", "CHN", "GOV"), target=actor("Russia", "RUS"))])
    rows = _rows(store, "SELECT role, text_key, name_key, country, sector FROM event_actors ORDER BY role")
    assert rows == [("source", "xi jinping", "xi jinping", "CHN", "GOV"), ("target", "russia", "russia", "RUS", None)]


def test_events_at_one_gazetteer_place_share_its_place_row(store: Store) -> None:
    put(store, "a", [event("a", place=KYIV), event("a", place=KYIV, at=50), event("a", place=IRPIN, at=90)])
    assert _rows(store, "SELECT name, geonameid FROM places ORDER BY id") == [("Kyiv", 703448), ("Irpin", 700000)]
    assert _rows(store, "SELECT count(DISTINCT place_id) FROM events") == [(2,)]


def test_an_event_without_its_own_date_takes_its_documents_day(store: Store) -> None:
    put(store, "a", [event("a", day=None)], published=date(2023, 3, 21))
    assert _rows(store, "SELECT date_start, day_start, published FROM events") == [
        (None, date(2023, 3, 21).toordinal(), "2023-03-21")
    ]


def test_goldstein_and_quad_class_come_from_the_cameo_code(store: Store) -> None:
    put(store, "a", [event("a", "CONSULT", cameo="042")])
    assert _rows(store, "SELECT goldstein, quad_class FROM events") == [(1.9, 1)]


def test_an_event_without_a_cameo_code_takes_its_types_root_code(store: Store) -> None:
    put(store, "a", [event("a", "ASSAULT")])
    assert _rows(store, "SELECT goldstein, quad_class FROM events") == [(-9.0, 4)]


def test_the_document_source_is_kept_for_counting_sources(store: Store) -> None:
    put(store, "a", [event("a")], source=" Reuters ")
    assert _rows(store, "SELECT doc_source FROM events") == [("reuters",)]


def test_replacing_a_documents_events_removes_their_actor_rows(store: Store) -> None:
    put(store, "a", [event("a", source=actor("Russia", "RUS"))])
    store.set_events("a", [])
    assert store.count("event_actors") == 0
    assert store.count("clusters") == 0


def test_documents_are_found_by_words_of_their_text(store: Store) -> None:
    put(store, "a", [])
    hits = _rows(store, "SELECT doc_id FROM documents_fts WHERE documents_fts MATCH 'text AND a'")
    assert hits == [("a",)]


def test_events_of_an_unknown_document_are_refused_by_name(store: Store) -> None:
    with pytest.raises(StoreError, match="ghost"):
        store.set_events("ghost", [event("ghost")])
