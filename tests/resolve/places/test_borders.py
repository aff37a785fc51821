"""Names that frame a place rather than give it: a country named as a side of a border, the second town of a road
named for two (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

PlaceName = Callable[..., str | None]


@pytest.mark.hand_built
def test_a_town_near_a_two_country_border_is_the_place(place_name: PlaceName) -> None:
    text = "Two soldiers were killed in an explosion in Busia, near the Kenya - Uganda border."
    assert place_name(text, "killed") == "Busia"


@pytest.mark.hand_built
def test_a_town_near_a_border_with_a_country_is_the_place(place_name: PlaceName) -> None:
    assert place_name("Fighting left five dead at the border with Sudan near Lokichogio.", "left") == "Lokichogio"


def test_a_country_in_its_own_right_is_still_a_place(place_name: PlaceName) -> None:
    assert place_name("Two soldiers were killed in Uganda on Monday.", "killed") == "Uganda"


def test_a_road_named_for_two_towns_is_placed_at_the_first(place_name: PlaceName) -> None:
    assert place_name("Residents blocked the Garissa-Nairobi road on Monday.", "blocked") == "Garissa"
