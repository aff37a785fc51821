"""Roads and relations: where a road leads places an event on it; the parties of a relation are no places
(sentences written for these tests; loads the spaCy model)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import Place

Locate = Callable[..., Place | None]


@pytest.mark.hand_built
def test_an_event_on_a_road_leading_to_a_town_is_placed_at_the_town(locate: Locate) -> None:
    place = locate("Bandits shot a lorry driver on the road leading to Mombasa.", "shot")
    assert place is not None
    assert place.name == "Mombasa"


@pytest.mark.hand_built
def test_a_nearer_town_outranks_where_the_road_leads(locate: Locate) -> None:
    place = locate("Rebels ambushed a convoy near Kandahar on the highway leading to Kabul.", "ambushed")
    assert place is not None
    assert place.name == "Kandahar"


def test_countries_as_parties_of_an_understanding_are_no_place(locate: Locate) -> None:
    text = "The ministers signed an understanding between Ethiopia and Eritrea on Monday."
    place = locate(text, "signed", kind="AGREE")
    assert place is None


def test_a_crossing_between_two_places_still_places_the_event(locate: Locate) -> None:
    place = locate("A guard was shot near the crossing between Israel and Gaza.", "shot")
    assert place is not None
    assert place.name in {"Gaza", "Israel"}
