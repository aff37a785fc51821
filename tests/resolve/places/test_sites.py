"""Sites, rivers and foreign namesakes around an event's town (loads the spaCy model; sentences written for
these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import Place
from eventwire.resolve.places.event import Gazetteer, document_country
from tests.tiers import Parse

Locate = Callable[..., Place | None]


@pytest.mark.hand_built
def test_a_name_modifying_a_market_gives_way_to_the_town_it_is_in(locate: Locate) -> None:
    text = "A car bomb exploded on Monday at the crowded Shorja market in central Baghdad."
    place = locate(text, "exploded")
    assert place is not None
    assert place.name == "Baghdad"


@pytest.mark.hand_built
def test_camps_named_for_a_group_are_placed_at_their_town(locate: Locate) -> None:
    text = "Soldiers have captured three Jundullah camps in Jolo after a week of fighting."
    place = locate(text, "captured")
    assert place is not None
    assert place.name == "Jolo"


@pytest.mark.hand_built
def test_a_site_named_for_a_known_locality_keeps_its_name(locate: Locate) -> None:
    text = "Two guards were wounded on Friday at the Trujillo prison in northern Honduras."
    place = locate(text, "wounded")
    assert place is not None
    assert place.name == "Trujillo"


@pytest.mark.hand_built
def test_a_river_gives_way_to_the_city_it_crosses(locate: Locate) -> None:
    text = "On Friday a truck bomb exploded on a bridge over the Tigris River in Mosul, killing four people."
    place = locate(text, "exploded")
    assert place is not None
    assert place.name == "Mosul"


def test_a_named_neighbourhood_area_keeps_its_own_name(locate: Locate) -> None:
    text = "Gunmen shot dead a shopkeeper in the Kafr Souseh area of Damascus."
    place = locate(text, "shot")
    assert place is not None
    assert place.name == "Kafr Souseh"


def test_a_foreign_namesake_does_not_frame_a_local_village(locate: Locate) -> None:
    text = "Raiders attacked a village in Kiptagich, Mau, killing two herders, police said in Nakuru and Kericho."
    place = locate(text, "attacked")
    assert place is not None
    assert place.country == "KEN"


def test_a_country_of_origin_does_not_make_the_document_its_own(parse: Parse, gazetteer: Gazetteer) -> None:
    doc = parse("Bandits from Somalia raided a village near Garissa. Police in Garissa said two herders were shot.")
    assert document_country(doc, gazetteer) == "KEN"


def test_a_country_naming_only_its_embassy_is_not_the_place(locate: Locate) -> None:
    text = "Hundreds of students demonstrated outside the French embassy on Sunday."
    assert locate(text, "demonstrated") is None
    text = "Hundreds of students demonstrated outside the US embassy in Nairobi on Sunday."
    place = locate(text, "demonstrated")
    assert place is not None
    assert place.name == "Nairobi"


def test_an_act_captured_in_photographs_has_no_place(locate: Locate) -> None:
    text = "The beatings were captured in a series of photographs taken at a prison near Basra."
    assert locate(text, "captured") is None


def test_a_local_town_frames_an_area_named_like_a_foreign_city(locate: Locate) -> None:
    text = "Gunmen shot dead two traders in the Milano area of Malindi town on Sunday."
    place = locate(text, "shot")
    assert place is not None
    assert place.country == "KEN"


@pytest.mark.parametrize("sides", ["Somalia and Kenya", "Kenya and Somalia"])
def test_of_two_sides_of_a_border_the_documents_own_country_is_the_place(sides: str, locate: Locate) -> None:
    text = f"Kenyan police reinforced Mandera and Wajir. Two herders were shot dead near the border of {sides}."
    place = locate(text, "shot")
    assert place is not None
    assert place.country == "KEN"


def test_a_name_described_as_a_neighbourhood_of_a_city_is_the_place(locate: Locate) -> None:
    text = "In Sadr City, a mainly Shiite neighborhood of Baghdad, a council member was shot on Sunday."
    place = locate(text, "shot")
    assert place is not None
    assert place.name == "Sadr City"
