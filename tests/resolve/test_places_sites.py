"""Sites, rivers and foreign namesakes around an event's town (loads the spaCy model; sentences written for
these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from eventwire.extract.raw import RawEvent
from eventwire.model import Place
from eventwire.resolve.places import Gazetteer, document_country, event_place

RawBuilder = Callable[..., RawEvent]

pytestmark = pytest.mark.slow


def place_of(nlp: Language, gazetteer: Gazetteer, raw_event: RawBuilder, text: str, trigger: str) -> Place | None:
    return event_place(raw_event(nlp(text), trigger), gazetteer)


def test_a_name_modifying_a_market_gives_way_to_the_town_it_is_in(
    nlp: Language, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    text = "A car bomb exploded on Monday at the crowded Shorja market in central Baghdad."
    place = place_of(nlp, gazetteer, raw_event, text, "exploded")
    assert place is not None and place.name == "Baghdad"


def test_camps_named_for_a_group_are_placed_at_their_town(
    nlp: Language, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    text = "Soldiers have captured three Jundullah camps in Jolo after a week of fighting."
    place = place_of(nlp, gazetteer, raw_event, text, "captured")
    assert place is not None and place.name == "Jolo"


def test_a_site_named_for_a_known_locality_keeps_its_name(
    nlp: Language, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    text = "Two guards were wounded on Friday at the Trujillo prison in northern Honduras."
    place = place_of(nlp, gazetteer, raw_event, text, "wounded")
    assert place is not None and place.name == "Trujillo"


def test_a_river_gives_way_to_the_city_it_crosses(nlp: Language, gazetteer: Gazetteer, raw_event: RawBuilder) -> None:
    text = "On Friday a truck bomb exploded on a bridge over the Tigris River in Mosul, killing four people."
    place = place_of(nlp, gazetteer, raw_event, text, "exploded")
    assert place is not None and place.name == "Mosul"


def test_a_named_neighbourhood_area_keeps_its_own_name(
    nlp: Language, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    text = "Gunmen shot dead a shopkeeper in the Kafr Souseh area of Damascus."
    place = place_of(nlp, gazetteer, raw_event, text, "shot")
    assert place is not None and place.name == "Kafr Souseh"


def test_a_foreign_namesake_does_not_frame_a_local_village(
    nlp: Language, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    text = "Raiders attacked a village in Kiptagich, Mau, killing two herders, police said in Nakuru and Kericho."
    place = place_of(nlp, gazetteer, raw_event, text, "attacked")
    assert place is not None and place.country == "KEN"


def test_a_country_of_origin_does_not_make_the_document_its_own(nlp: Language, gazetteer: Gazetteer) -> None:
    doc = nlp("Bandits from Somalia raided a village near Garissa. Police in Garissa said two herders were shot.")
    assert document_country(doc, gazetteer) == "KEN"


def test_a_country_naming_only_its_embassy_is_not_the_place(
    nlp: Language, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    text = "Hundreds of students demonstrated outside the French embassy on Sunday."
    assert place_of(nlp, gazetteer, raw_event, text, "demonstrated") is None
    text = "Hundreds of students demonstrated outside the US embassy in Nairobi on Sunday."
    place = place_of(nlp, gazetteer, raw_event, text, "demonstrated")
    assert place is not None and place.name == "Nairobi"


def test_an_act_captured_in_photographs_has_no_place(
    nlp: Language, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    text = "The beatings were captured in a series of photographs taken at a prison near Basra."
    assert place_of(nlp, gazetteer, raw_event, text, "captured") is None


def test_a_local_town_frames_an_area_named_like_a_foreign_city(
    nlp: Language, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    text = "Gunmen shot dead two traders in the Milano area of Malindi town on Sunday."
    place = place_of(nlp, gazetteer, raw_event, text, "shot")
    assert place is not None and place.country == "KEN"


@pytest.mark.parametrize("sides", ["Somalia and Kenya", "Kenya and Somalia"])
def test_of_two_sides_of_a_border_the_documents_own_country_is_the_place(
    nlp: Language, gazetteer: Gazetteer, raw_event: RawBuilder, sides: str
) -> None:
    text = f"Kenyan police reinforced Mandera and Wajir. Two herders were shot dead near the border of {sides}."
    place = place_of(nlp, gazetteer, raw_event, text, "shot")
    assert place is not None and place.country == "KEN"


def test_a_name_described_as_a_neighbourhood_of_a_city_is_the_place(
    nlp: Language, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    text = "In Sadr City, a mainly Shiite neighborhood of Baghdad, a council member was shot on Sunday."
    place = place_of(nlp, gazetteer, raw_event, text, "shot")
    assert place is not None and place.name == "Sadr City"
