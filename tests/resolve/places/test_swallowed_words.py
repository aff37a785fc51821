"""Names the parse joined to a date word, and sites named after their town (sentences written for these tests;
loads the spaCy model)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import Place

Locate = Callable[..., Place | None]


@pytest.mark.hand_built
def test_a_month_joined_to_a_town_name_is_dropped(locate: Locate) -> None:
    place = locate(
        "12 Sep. Muranga residents held a demonstration against land sales.", "demonstration", kind="PROTEST"
    )
    assert place is not None
    assert place.name == "Muranga"


@pytest.mark.hand_built
def test_a_weekday_taken_into_a_date_entity_leaves_the_town(locate: Locate) -> None:
    place = locate("Gunmen raided Witu Friday, killing three.", "raided", kind="ASSAULT")
    assert place is not None
    assert place.name == "Witu"


def test_a_hospital_named_for_a_known_town_places_its_people(locate: Locate) -> None:
    text = "Nurses at the Nyeri County Referral Hospital held a peaceful demonstration over late pay."
    place = locate(text, "demonstration", kind="PROTEST")
    assert place is not None
    assert place.country == "KEN"
    assert place.lat is not None
    assert abs(place.lat + 0.42) < 0.3


def test_a_club_named_like_a_small_foreign_town_is_no_place(locate: Locate) -> None:
    place = locate("Protesters gathered at the Belle Vista Club to call for peace.", "gathered", kind="PROTEST")
    assert place is None or place.country != "USA"
