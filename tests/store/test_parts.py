"""The store's parts: the rows an event becomes, the SQLite store with its clusters, the Python API, and the
benchmark's timings."""

from __future__ import annotations

from pathlib import Path

from eventwire.model import Place
from eventwire.store.api import available_backend, open_store
from eventwire.store.bench import Timing
from eventwire.store.clusterer import Clusterer
from eventwire.store.rows import place_key, source_key, specificity
from eventwire.store.sqlite import TABLES, Store

from .builders import actor, event, put


def test_a_documents_source_is_its_outlet_else_its_site_else_itself() -> None:
    assert source_key("d1", "https://www.nation.example/a", " Daily Nation ") == "daily nation"
    assert source_key("d1", "https://www.nation.example/a", None) == "nation.example"
    assert source_key("d1", None, None) == "doc:d1"


def test_specificity_counts_what_an_event_says() -> None:
    bare = event("d", source=None, target=None, day=None)
    assert specificity(bare) == 0
    assert specificity(event("d", source=actor("Russia", "RUS"), target=actor("Ukraine", "UKR"))) == 3


def test_a_place_row_is_its_gazetteer_entry_or_its_name_and_point() -> None:
    assert place_key(Place("Kyiv", "UKR", 50.45, 30.52, 703448, "city")) == "g703448"
    assert place_key(Place("Zzyx", "KEN", 1.0, 2.0)) == "nzzyx|KEN|1.0|2.0"


def test_a_new_store_has_every_table_and_clusters_reports_of_one_event(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert {row[0] for row in store.db.execute("SELECT name FROM sqlite_master WHERE type='table'")} >= TABLES
        for doc_id in ("a", "b"):
            put(store, doc_id, [event(doc_id, source=actor("Russia", "RUS"), target=actor("Ukraine", "UKR"))])
        assert Clusterer(store.db).update() == 0
        assert store.count("clusters") == 1


def test_the_python_api_gives_a_frame_of_the_events(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        put(store, "a", [event("a")])
    frame = open_store(tmp_path / "s.db").events()
    assert available_backend() is not None
    assert len(frame) == 1


def test_a_timing_is_within_its_limit_or_not() -> None:
    assert Timing("query", 0.2, 0.3, 10, limit=1.0).ok
    assert not Timing("query", 2.0, 2.0, 10, limit=1.0).ok
