"""Places named in appositions, clauses under the trigger and modifiers of place nouns (sentences written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import Place

Locate = Callable[..., Place | None]
PlaceName = Callable[..., str | None]


@pytest.mark.hand_built
def test_a_town_in_apposition_beats_the_larger_place_it_lies_near(place_name: PlaceName) -> None:
    assert place_name("Police shot two men in Tessalit, a town near Gao, on Monday.", "shot") == "Tessalit"


@pytest.mark.hand_built
def test_the_jail_of_a_clause_under_the_trigger_names_its_town(locate: Locate) -> None:
    place = locate("A guard was shot as he tried to escape the Mazatlan jail in western Mexico.", "shot")
    assert place is not None
    assert place.name == "Mazatlan"
    assert place.country == "MEX"


def test_a_town_naming_a_home_in_an_adverbial_clause_is_the_place(place_name: PlaceName) -> None:
    text = "The singer was shot twice in the chest on May 3 as he climbed the stairs of his Lagos home."
    assert place_name(text, "shot") == "Lagos"


def test_a_town_naming_a_court_is_the_place(place_name: PlaceName) -> None:
    text = "A man was stabbed outside a Glasgow court last week as he waited for a taxi."
    assert place_name(text, "stabbed") == "Glasgow"


def test_the_object_of_a_conjoined_verb_is_another_events_place(place_name: PlaceName) -> None:
    text = "The invaders burned the northern city of Tabriz and occupied the capital Tehran."
    assert place_name(text, "burned") != "Tehran"


def test_a_camp_named_by_a_modifier_keeps_its_own_name_over_the_city_near_it(place_name: PlaceName) -> None:
    text = "The crowd marched inside Zaatari camp on the outskirts of Mafraq for an hour."
    assert place_name(text, "marched") == "Zaatari"
