"""The API's filter: every value checked, a bad one named in error E801."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.errors import BadQuery
from eventwire.serve.query import EventQuery, event_query, page


def test_an_empty_query_filters_nothing() -> None:
    assert event_query().is_empty()


def test_values_are_normalised() -> None:
    q = event_query(
        actor=" Xi ", country="rus, chn,RUS", type="consult", status="Planned", mode="Visit", date_from="2023-03-01"
    )
    assert q == EventQuery(
        actor="Xi",
        country=("RUS", "CHN"),
        type=("CONSULT",),
        status=("planned",),
        mode="visit",
        date_from=date(2023, 3, 1),
    )


def test_bbox_is_four_numbers_in_range() -> None:
    assert event_query(bbox="36,-2,37.5,0").bbox == (36.0, -2.0, 37.5, 0.0)
    for bad in ("1,2,3", "a,b,c,d", "0,10,1,5", "0,0,200,1"):
        with pytest.raises(BadQuery, match="'bbox'"):
            event_query(bbox=bad)


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"type": "VISIT"}, "'type'"),
        ({"status": "maybe"}, "'status'"),
        ({"sector": "XYZ"}, "'sector'"),
        ({"country": "Russia"}, "'country'"),
        ({"date_to": "2023-13-01"}, "'to'"),
        ({"date_from": "2023-03-02", "date_to": "2023-03-01"}, "'to'"),
    ],
)
def test_bad_values_name_their_parameter(kwargs: dict[str, str], name: str) -> None:
    with pytest.raises(BadQuery, match=name) as info:
        event_query(**kwargs)  # type: ignore[arg-type]
    assert info.value.code == "E801"


def test_sort_must_be_known() -> None:
    assert page(sort="confidence").sort == "confidence"
    with pytest.raises(BadQuery, match="'sort'"):
        page(sort="title")
