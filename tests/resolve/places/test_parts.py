"""A smaller place named as a part of, or described against, a larger one is the event's place (loads the spaCy
model; sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import Place

Locate = Callable[..., Place | None]


@pytest.mark.hand_built
def test_the_name_of_a_district_of_a_city_is_the_place(locate: Locate) -> None:
    text = "Four shoppers were killed by a roadside bomb in the Karrada district of central Baghdad on Monday."
    place = locate(text, "killed")
    assert place is not None
    assert place.name == "Karrada"


@pytest.mark.hand_built
def test_a_village_of_a_district_without_an_article_is_the_village(locate: Locate) -> None:
    text = "Eleven farmers were killed in Kuru village of Plateau State on Sunday."
    place = locate(text, "killed")
    assert place is not None
    assert place.name == "Kuru"


def test_a_region_modifying_a_city_with_an_article_still_gives_way(locate: Locate) -> None:
    text = "Two settlers were stabbed in the West Bank city of Hebron on Friday."
    place = locate(text, "stabbed")
    assert place is not None
    assert place.name == "Hebron"


def test_a_town_described_as_a_provincial_capital_is_the_place(locate: Locate) -> None:
    text = "A gunman in Kunduz, the capital of Kunduz Province, killed four guards at a bank on Sunday."
    place = locate(text, "killed")
    assert place is not None
    assert place.name == "Kunduz"


def test_a_town_described_as_near_a_city_is_the_place(locate: Locate) -> None:
    text = "The convoy was ambushed in Garissa, a town near Mombasa, on Tuesday night."
    place = locate(text, "ambushed")
    assert place is not None
    assert place.name == "Garissa"


def test_a_country_is_no_part_name(locate: Locate) -> None:
    text = "Fighters were killed in the Iraq area of Sinjar on Monday."
    place = locate(text, "killed")
    assert place is not None
    assert place.name == "Sinjar"


def test_the_name_of_a_district_a_city_possesses_is_the_place(locate: Locate) -> None:
    """ "X's northern Y district" names Y, as "the Y district of X" does, and Y lies in X's country."""
    text = "Police found the bodies on Friday of three young men in Baghdad's southern Dora district."
    place = locate(text, "found")
    assert place is not None
    assert place.name == "Dora"
    assert place.country == "IRQ"  # not a namesake abroad framing Baghdad


def test_a_possessor_of_a_district_is_no_place_of_its_own(locate: Locate) -> None:
    text = "Police found the bodies on Sunday of four men in Kabul's western Khair Khana district."
    place = locate(text, "found")
    assert place is not None
    assert place.name == "Khair Khana"
