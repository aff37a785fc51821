"""The API's filter: the store's EventQuery built from a query string, every value checked (E801 names it)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.errors import BadQuery
from eventwire.serve.query import Filter, event_filter, page
from eventwire.store.query import EventQuery


def test_an_empty_filter_is_the_store_s_empty_query() -> None:
    assert event_filter() == Filter(EventQuery())


def test_values_are_normalised_into_the_store_s_query() -> None:
    f = event_filter(
        actor=" Xi Jinping ", country="rus", type="consult,AGREE", status="Planned", mode="Visit", since="2023-03-01"
    )
    assert f.query == EventQuery(
        actor="Xi Jinping",
        country="RUS",
        types=("CONSULT", "AGREE"),
        statuses=("planned",),
        modes=("visit",),
        since=date(2023, 3, 1),
    )


def test_the_dyad_sides_and_the_event_id_are_kept() -> None:
    f = event_filter(source="Xi Jinping", target="RUS", event="abc", doc="d1")
    assert (f.source, f.target, f.query.cluster_id, f.query.doc_id) == ("Xi Jinping", "RUS", "abc", "d1")


def test_bbox_is_four_numbers_in_range() -> None:
    assert event_filter(bbox="36,-2,37.5,0").query.bbox == (36.0, -2.0, 37.5, 0.0)
    for bad in ("1,2,3", "a,b,c,d", "0,10,1,5", "0,0,200,1"):
        with pytest.raises(BadQuery, match="'bbox'"):
            event_filter(bbox=bad)


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"type": "VISIT"}, "'type'"),
        ({"status": "maybe"}, "'status'"),
        ({"sector": "XYZ"}, "'sector'"),
        ({"sector": "GOV,MIL"}, "'sector'"),
        ({"country": "Russia"}, "'country'"),
        ({"country": "RUS,CHN"}, "'country'"),
        ({"until": "2023-13-01"}, "'until'"),
        ({"since": "2023-03-02", "until": "2023-03-01"}, "'until'"),
    ],
)
def test_bad_values_name_their_parameter(kwargs: dict[str, Any], name: str) -> None:  # wrong values on purpose
    with pytest.raises(BadQuery, match=name) as info:
        event_filter(**kwargs)
    assert info.value.code == "E801"


def test_sort_must_be_known() -> None:
    assert page(sort="confidence").sort == "confidence"
    with pytest.raises(BadQuery, match="'sort'"):
        page(sort="title")
