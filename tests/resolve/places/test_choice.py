"""The choice among the names tied to an event and the name it keeps (loads the spaCy model; sentences written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import Place
from eventwire.resolve.places.event import Gazetteer

Locate = Callable[..., Place | None]


@pytest.mark.hand_built
def test_a_region_modifying_a_named_town_gives_way_to_the_town(locate: Locate) -> None:
    text = "Hundreds of farmers rallied outside the court in the north Sinai town of El-Arish on Friday."
    place = locate(text, "rallied")
    assert place is not None
    assert place.name == "El-Arish"


@pytest.mark.hand_built
def test_the_name_of_an_area_noun_is_the_place_not_its_city(locate: Locate) -> None:
    text = "A grenade exploded in the Shahrak area of Kabul on Monday, wounding three shopkeepers."
    place = locate(text, "exploded")
    assert place is not None
    assert place.name == "Shahrak"


@pytest.mark.hand_built
def test_a_country_gives_way_to_its_province_in_the_same_phrase(locate: Locate) -> None:
    text = "A roadside bomb was detonated near a school in Thailand's southern province of Yala, wounding two guards."
    place = locate(text, "detonated")
    assert place is not None
    assert place.name == "Yala"
    assert place.country == "THA"


@pytest.mark.hand_built
def test_a_consulate_named_for_a_country_gives_way_to_its_city(locate: Locate) -> None:
    text = "Some 500 students protested outside the United States Consulate in Casablanca on Tuesday."
    place = locate(text, "protested")
    assert place is not None
    assert place.name == "Casablanca"


def test_a_bracket_giving_another_name_of_the_same_town_is_kept(locate: Locate) -> None:
    text = "Three soldiers were killed on Sunday in the city of Kobane (Ain al-Arab) in northern Syria."
    place = locate(text, "killed")
    assert place is not None
    assert place.name == "Kobane (Ain al-Arab)"
    assert place.country == "SYR"


def test_a_bracket_naming_the_larger_area_is_not_kept(locate: Locate) -> None:
    text = "Cattle raiders attacked herders in Zzyxvale (Marsabit) on Monday."
    place = locate(text, "attacked")
    assert place is not None
    assert place.name == "Zzyxvale"
    assert place.lat is not None


def test_an_unknown_village_borrowed_from_the_sentence_before_takes_its_district(locate: Locate) -> None:
    text = "Fighting broke out between herders and police in Zzyxvale in Marsabit District. Two officers were hurt."
    place = locate(text, "hurt")
    assert place is not None
    assert place.name == "Zzyxvale"
    assert place.country == "KEN"
    assert place.lat is not None


def test_a_small_town_abroad_known_only_by_its_own_name_gives_way_to_the_documents_towns(locate: Locate) -> None:
    text = "Officers shot dead a robbery suspect in Irobo on Sunday. Traders in Kakamega closed their shops."
    place = locate(text, "shot", prefer=["KEN"])
    assert place is not None
    assert place.name == "Irobo"
    assert place.country == "KEN"
    assert place.lat is None


def test_a_town_keeps_its_country_when_the_other_country_is_only_where_attackers_came_from(locate: Locate) -> None:
    text = "Militiamen believed to have come from Ethiopia raided North Horr on Monday, stealing cattle."
    place = locate(text, "raided", prefer=["ETH"])
    assert place is not None
    assert place.country == "KEN"
    assert place.lat is not None


def test_a_label_prefers_its_district_over_the_bracketed_capital(gazetteer: Gazetteer, locate: Locate) -> None:
    text = "Raiders killed three herders. LOCATION: Nakuprat in Marsabit District (district capital = Moyale)"
    place = locate(text, "killed")
    marsabit = gazetteer.lookup("Marsabit")
    assert place is not None
    assert place.name == "Nakuprat"
    assert marsabit is not None
    assert (place.lat, place.lon) == (marsabit.lat, marsabit.lon)


def test_a_town_near_which_the_event_happened_wins_over_the_region_around_it(locate: Locate) -> None:
    text = "Gunmen attacked a farm near Kipini in the Tana River Delta on Sunday, burning two huts."
    place = locate(text, "attacked")
    assert place is not None
    assert place.name == "Kipini"
    assert place.precision == "city"


def test_a_country_naming_a_base_gives_way_to_the_country_it_stands_in(locate: Locate) -> None:
    text = "Militants stormed a French military base in northern Mali on Tuesday, killing two soldiers."
    place = locate(text, "stormed")
    assert place is not None
    assert place.country == "MLI"


def test_a_market_named_for_a_faraway_place_tries_the_town_it_stands_in_first() -> None:
    from eventwire.resolve.places.lookup import candidates

    order = candidates("Burma Market", ["Burma Market", "Burma"], ["Nairobi"])
    assert order.index("Nairobi") < order.index("Burma")
    assert candidates("Mandera Town", ["Mandera Town", "Mandera"], ["Kenya"])[1] == "Mandera"


def test_a_region_opening_the_sentence_gives_way_to_a_town_of_its_country(locate: Locate) -> None:
    """ "In <region>, X was shot and killed in a clash near the town of Y": the opening phrase sets the wide scene,
    the town tied to the act (through the verb it is paired with) is where it happened."""
    text = "In the Gaza Strip, a farmer was shot and killed in a clash near the town of Rafah on Monday."
    assert _name(locate(text, "shot")) == "Rafah"
    text = "In Somalia, a soldier was shot and wounded during a raid outside the town of Afgoye."
    assert _name(locate(text, "shot")) == "Afgoye"


def test_a_region_opening_the_sentence_keeps_an_act_with_no_town(locate: Locate) -> None:
    assert _name(locate("In the Gaza Strip, a farmer was shot on Monday.", "shot")) == "Gaza Strip"


def _name(place: Place | None) -> str | None:
    return place.name if place is not None else None
