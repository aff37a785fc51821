"""Which words name a place when the model cut or mislabelled them: a name whose first word was taken for a
title, an area named by its administrative word, a village name taken for a nationality (loads the spaCy model).
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import Place

Locate = Callable[..., Place | None]


@pytest.mark.hand_built
def test_a_known_name_keeps_a_first_word_cut_as_a_title(locate: Locate) -> None:
    place = locate("A grenade exploded on Sunday in a market of General Santos City in the south.", "exploded")
    assert place is not None
    assert place.name == "General Santos City"
    assert place.country == "PHL"


@pytest.mark.hand_built
def test_a_district_named_after_in_is_offered_before_its_province(locate: Locate) -> None:
    text = "A village headman was shot dead by masked men in Sayed Karam District of Paktia Province."
    place = locate(text, "shot", source="masked men", target="A village headman")
    assert place is not None
    assert place.name == "Sayed Karam District"


@pytest.mark.hand_built
def test_a_village_name_taken_for_a_nationality_is_a_place(locate: Locate) -> None:
    text = "Rebel fighters seized the Kirsh village 15 kilometers south of Marib on Friday."
    place = locate(text, "seized", source="Rebel fighters")
    assert place is not None
    assert place.name == "Kirsh"


@pytest.mark.hand_built
def test_a_nationality_before_a_settlement_noun_is_no_place(locate: Locate) -> None:
    place = locate("Gunmen attacked the Kurdish village near Kirkuk on Friday.", "attacked", source="Gunmen")
    assert place is None or place.name != "Kurdish"


@pytest.mark.hand_built
def test_the_point_a_distance_is_measured_from_gives_way_to_the_named_place(locate: Locate) -> None:
    text = "A truck parked on a street in Dand town, some 25 km south of Kandahar, exploded near a checkpoint."
    place = locate(text, "exploded", source="A truck")
    assert place is not None
    assert place.name != "Kandahar"


def test_the_point_a_distance_is_measured_from_is_a_last_resort(locate: Locate) -> None:
    text = "Herders fought with spears about 10 km north of Garissa town on Sunday."
    place = locate(text, "fought", source="Herders")
    assert place is not None
    assert place.country == "KEN"


def test_a_participial_clause_keeps_its_places_from_the_main_verb(locate: Locate) -> None:
    text = "Rebel units launched an assault in the suburbs of Homs on Friday, targeting the village of Tal Kalakh."
    place = locate(text, "launched", source="Rebel units")
    assert place is not None
    assert place.name == "Homs"


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("Militants shot down a drone in Huwaysis area on Friday.", "shot", "Huwaysis"),
        ("Insurgents bombed the Tarmiyah pumping station overnight.", "bombed", "Tarmiyah"),
    ],
)
def test_a_place_noun_names_its_modifier_taken_for_a_nationality(
    locate: Locate, text: str, trigger: str, name: str
) -> None:
    place = locate(text, trigger)
    assert place is not None
    assert place.name == name


def test_a_name_before_a_compound_place_noun_is_the_place(locate: Locate) -> None:
    place = locate("Two jets bombed the Kmur relay station and several houses in Foca.", "bombed")
    assert place is not None
    assert place.name == "Kmur"


def test_a_nationality_word_before_a_proper_noun_state_is_no_place(locate: Locate) -> None:
    place = locate("The Islamic State commander was killed by a drone last week.", "killed")
    assert place is None


def test_a_hyphenated_name_cut_by_the_model_is_whole_again(locate: Locate) -> None:
    place = locate("Three organisers were shot dead in KwaZulu-Natal province last week.", "shot")
    assert place is not None
    assert place.name == "KwaZulu-Natal"


def test_a_district_of_a_province_named_as_one_entity_is_the_district(locate: Locate) -> None:
    place = locate("Four farmers were injured by a landmine in Arghandab District of Zabul Province.", "injured")
    assert place is not None
    assert place.name == "Arghandab District"


def test_a_mountain_range_named_before_its_noun_is_the_place(locate: Locate) -> None:
    place = locate("Militias captured a relay mast in the Mount Ozren range of northern Bosnia.", "captured")
    assert place is not None
    assert place.name == "Mount Ozren"


def test_a_city_taken_for_a_date_is_a_place_by_its_apposition(locate: Locate) -> None:
    place = locate(
        "Some 3,000 farmers marched on Monday through the streets of Salonika, Greece's second city.", "marched"
    )
    assert place is not None
    assert place.name == "Salonika"


def test_a_faith_before_a_place_noun_names_no_place(locate: Locate) -> None:
    text = "Two men were shot on Friday in a mostly Shia neighbourhood in the town of Qatif."
    place = locate(text, "shot")
    assert place is not None
    assert place.name != "Shia"
