"""A place near the event in the sentence that is not where it happened: a relative clause about a person, what a
protest is against, the goal of another step, a route (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

PlaceName = Callable[..., str | None]


@pytest.mark.hand_built
def test_a_relative_clause_about_the_victim_does_not_place_the_killing(place_name: PlaceName) -> None:
    text = "The colonel, who had sent fresh troops to the front near Mosul, was killed on Tuesday."
    assert place_name(text, "killed", "ASSAULT") is None


@pytest.mark.hand_built
def test_the_killing_keeps_its_own_place_beside_a_relative_clause(place_name: PlaceName) -> None:
    text = "The colonel, who had served for years in Basra, was killed in Mosul on Tuesday."
    assert place_name(text, "killed", "ASSAULT") == "Mosul"


@pytest.mark.hand_built
def test_a_relative_clause_on_the_crowd_dispersed_still_places_it(place_name: PlaceName) -> None:
    text = "Police dispersed a crowd that was gathering at the market in Kisumu."
    assert place_name(text, "dispersed", "COERCE") == "Kisumu"


@pytest.mark.hand_built
def test_a_protest_against_strikes_on_a_country_is_not_placed_there(place_name: PlaceName) -> None:
    text = "The students were protesting against the air strikes on Yemen."
    assert place_name(text, "protesting", "PROTEST") is None


@pytest.mark.hand_built
def test_a_protest_against_a_country_keeps_the_place_where_it_was_held(place_name: PlaceName) -> None:
    text = "Thousands of students demonstrated at Cairo University against Israel."
    assert place_name(text, "demonstrated", "PROTEST") == "Cairo University"


def test_a_protest_against_a_local_site_is_placed_at_it(place_name: PlaceName) -> None:
    text = "Villagers blocked the road to protest against the Kakuma refugee camp."
    assert place_name(text, "protest", "PROTEST") == "Kakuma"


def test_an_attack_on_a_country_is_placed_in_it(place_name: PlaceName) -> None:
    assert place_name("The government condemned the attack on Iraq.", "attack", "ASSAULT") == "Iraq"


def test_a_captive_taken_into_another_country_was_not_captured_there(place_name: PlaceName) -> None:
    text = "The pilot was captured by the rebels and taken into Uganda."
    assert place_name(text, "captured", "COERCE") is None


def test_gunmen_fleeing_into_a_country_afterwards_do_not_place_the_shooting(place_name: PlaceName) -> None:
    text = "Gunmen shot a trader before fleeing into Somalia."
    assert place_name(text, "shot", "ASSAULT") is None


def test_an_escape_route_does_not_place_the_capture(place_name: PlaceName) -> None:
    text = "The navy captured six smugglers, possibly closing an escape route through Oman."
    assert place_name(text, "captured", "ASSAULT") is None


def test_a_flight_to_a_place_is_placed_at_its_goal(place_name: PlaceName) -> None:
    assert place_name("The minister fled to Nairobi after the coup.", "fled", "RETREAT") == "Nairobi"


def test_a_contrasting_clause_with_its_own_subject_is_another_scene(place_name: PlaceName) -> None:
    text = "Three soldiers were killed on Monday, while the rest of the unit withdrew to their base in Garoowe."
    assert place_name(text, "killed", "ASSAULT") is None


def test_the_place_of_the_main_clause_does_not_place_a_contrasting_one(place_name: PlaceName) -> None:
    text = "Two men were shot dead in Kismayo, while the police arrested three students in the capital."
    assert place_name(text, "arrested", "COERCE") is None


def test_other_victims_in_a_while_clause_share_the_scene(place_name: PlaceName) -> None:
    text = "Nine people were killed while many others were injured in a clash at Bunia on Friday."
    assert place_name(text, "killed", "ASSAULT") == "Bunia"


def test_a_road_leading_to_a_town_places_the_event_there(place_name: PlaceName) -> None:
    text = "A driver was wounded on the old road leading to Jenin, a busy market town."
    assert place_name(text, "wounded", "ASSAULT") == "Jenin"
