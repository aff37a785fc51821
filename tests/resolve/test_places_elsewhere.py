"""A place near the event in the sentence that is not where it happened: a relative clause about a person, what a
protest is against, the goal of another step, a route (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from eventwire.extract.raw import RawEvent
from eventwire.resolve.places import Gazetteer, event_place

pytestmark = pytest.mark.slow

Locate = Callable[[str, str, str], str | None]


@pytest.fixture(scope="module")
def locate(nlp: Language, gazetteer: Gazetteer) -> Locate:

    def _locate(text: str, trigger: str, kind: str) -> str | None:
        doc = nlp(text)
        token = next(t for t in doc if t.text == trigger)
        raw = RawEvent(type=kind, trigger=doc[token.i : token.i + 1], sentence=token.sent)
        place = event_place(raw, gazetteer)
        return place.name if place is not None else None

    return _locate


def test_a_relative_clause_about_the_victim_does_not_place_the_killing(locate: Locate) -> None:
    text = "The colonel, who had sent fresh troops to the front near Mosul, was killed on Tuesday."
    assert locate(text, "killed", "ASSAULT") is None


def test_the_killing_keeps_its_own_place_beside_a_relative_clause(locate: Locate) -> None:
    text = "The colonel, who had served for years in Basra, was killed in Mosul on Tuesday."
    assert locate(text, "killed", "ASSAULT") == "Mosul"


def test_a_relative_clause_on_the_crowd_dispersed_still_places_it(locate: Locate) -> None:
    text = "Police dispersed a crowd that was gathering at the market in Kisumu."
    assert locate(text, "dispersed", "COERCE") == "Kisumu"


def test_a_protest_against_strikes_on_a_country_is_not_placed_there(locate: Locate) -> None:
    text = "The students were protesting against the air strikes on Yemen."
    assert locate(text, "protesting", "PROTEST") is None


def test_a_protest_against_a_country_keeps_the_place_where_it_was_held(locate: Locate) -> None:
    text = "Thousands of students demonstrated at Cairo University against Israel."
    assert locate(text, "demonstrated", "PROTEST") == "Cairo University"


def test_a_protest_against_a_local_site_is_placed_at_it(locate: Locate) -> None:
    text = "Villagers blocked the road to protest against the Kakuma refugee camp."
    assert locate(text, "protest", "PROTEST") == "Kakuma"


def test_an_attack_on_a_country_is_placed_in_it(locate: Locate) -> None:
    assert locate("The government condemned the attack on Iraq.", "attack", "ASSAULT") == "Iraq"


def test_a_captive_taken_into_another_country_was_not_captured_there(locate: Locate) -> None:
    text = "The pilot was captured by the rebels and taken into Uganda."
    assert locate(text, "captured", "COERCE") is None


def test_gunmen_fleeing_into_a_country_afterwards_do_not_place_the_shooting(locate: Locate) -> None:
    text = "Gunmen shot a trader before fleeing into Somalia."
    assert locate(text, "shot", "ASSAULT") is None


def test_an_escape_route_does_not_place_the_capture(locate: Locate) -> None:
    text = "The navy captured six smugglers, possibly closing an escape route through Oman."
    assert locate(text, "captured", "ASSAULT") is None


def test_a_flight_to_a_place_is_placed_at_its_goal(locate: Locate) -> None:
    assert locate("The minister fled to Nairobi after the coup.", "fled", "RETREAT") == "Nairobi"


def test_a_contrasting_clause_with_its_own_subject_is_another_scene(locate: Locate) -> None:
    text = "Three soldiers were killed on Monday, while the rest of the unit withdrew to their base in Garoowe."
    assert locate(text, "killed", "ASSAULT") is None


def test_the_place_of_the_main_clause_does_not_place_a_contrasting_one(locate: Locate) -> None:
    text = "Two men were shot dead in Kismayo, while the police arrested three students in the capital."
    assert locate(text, "arrested", "COERCE") is None


def test_other_victims_in_a_while_clause_share_the_scene(locate: Locate) -> None:
    text = "Nine people were killed while many others were injured in a clash at Bunia on Friday."
    assert locate(text, "killed", "ASSAULT") == "Bunia"


def test_a_road_leading_to_a_town_places_the_event_there(locate: Locate) -> None:
    text = "A driver was wounded on the old road leading to Jenin, a busy market town."
    assert locate(text, "wounded", "ASSAULT") == "Jenin"
