"""``eventwire.open(path)``: the store's queries as pandas or polars DataFrames."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import polars as pl
import pytest

import eventwire
from eventwire.errors import StoreError
from eventwire.store import Store

from .builders import KYIV, MOSCOW, actor, event, put

RUSSIA, UKRAINE = actor("Russian forces", "RUS", "MIL"), actor("Ukraine", "UKR", "GOV")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    db = tmp_path / "events.db"
    with Store(db) as store:
        for n in range(3):
            put(store, f"s{n}", [event(f"s{n}", source=RUSSIA, target=UKRAINE, place=KYIV, cameo="190")])
        put(store, "t", [event("t", "CONSULT", UKRAINE, RUSSIA, date(2023, 4, 20), MOSCOW, cameo="046")])
    return db


def test_events_are_a_pandas_frame_with_typed_columns(path: Path) -> None:
    with eventwire.open(path) as store:
        frame = store.events(actor="RUS", type="ASSAULT")
    assert isinstance(frame, pd.DataFrame)
    assert len(frame) == 3
    assert str(frame["date_start"].dtype).startswith("datetime64")
    assert frame["goldstein"].tolist() == [-10.0, -10.0, -10.0]


def test_clusters_have_one_row_per_happening(path: Path) -> None:
    with eventwire.open(path) as store:
        frame = store.clusters(sort="-reports")
    assert frame["cluster_mentions"].tolist() == [3, 1]


def test_the_mentions_of_one_event(path: Path) -> None:
    with eventwire.open(path) as store:
        cluster_id = store.clusters(type="ASSAULT")["cluster_id"].iloc[0]
        assert sorted(store.mentions_of(cluster_id)["doc_id"]) == ["s0", "s1", "s2"]


def test_counts_and_series_are_frames(path: Path) -> None:
    with eventwire.open(path) as store:
        counts = store.counts(by="dyad")
        series = store.series("UKR", "RUS")
    assert counts.to_dict("records") == [
        {"key": "RUS>UKR", "month": "2023-03", "events": 1},
        {"key": "UKR>RUS", "month": "2023-04", "events": 1},
    ]
    assert series["material_conflict"].tolist() == [1, 0]


def test_polars_when_asked(path: Path) -> None:
    with eventwire.open(path, backend="polars") as store:
        frame = store.events(since="2023-04-01")
    assert isinstance(frame, pl.DataFrame)
    assert frame["type"].to_list() == ["CONSULT"]
    assert frame.schema["date_start"] == pl.Date


def test_records_need_no_dataframe_library(path: Path) -> None:
    with eventwire.open(path) as store:
        store.backend = None
        assert len(store.records(place="Kyiv")) == 3
        with pytest.raises(ImportError, match="pandas or polars"):
            store.events()


def test_documents_frame(path: Path) -> None:
    with eventwire.open(path) as store:
        assert sorted(store.documents()["id"]) == ["s0", "s1", "s2", "t"]


def test_opening_a_missing_store_is_an_error_not_a_new_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        eventwire.open(tmp_path / "none.db")
    assert not (tmp_path / "none.db").exists()
