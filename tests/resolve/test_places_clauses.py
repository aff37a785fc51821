"""Places named in appositions, clauses under the trigger and modifiers of place nouns (sentences written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import Place

pytestmark = pytest.mark.slow

Locate = Callable[..., Place | None]


def _name(place: Place | None) -> str | None:
    return place.name if place is not None else None


def test_a_town_in_apposition_beats_the_larger_place_it_lies_near(locate: Locate) -> None:
    assert _name(locate("Police shot two men in Tessalit, a town near Gao, on Monday.", "shot")) == "Tessalit"


def test_the_jail_of_a_clause_under_the_trigger_names_its_town(locate: Locate) -> None:
    place = locate("A guard was shot as he tried to escape the Mazatlan jail in western Mexico.", "shot")
    assert place is not None and place.name == "Mazatlan" and place.country == "MEX"


def test_a_town_naming_a_home_in_an_adverbial_clause_is_the_place(locate: Locate) -> None:
    text = "The singer was shot twice in the chest on May 3 as he climbed the stairs of his Lagos home."
    assert _name(locate(text, "shot")) == "Lagos"


def test_a_town_naming_a_court_is_the_place(locate: Locate) -> None:
    text = "A man was stabbed outside a Glasgow court last week as he waited for a taxi."
    assert _name(locate(text, "stabbed")) == "Glasgow"


def test_the_object_of_a_conjoined_verb_is_another_events_place(locate: Locate) -> None:
    text = "The invaders burned the northern city of Tabriz and occupied the capital Tehran."
    assert _name(locate(text, "burned")) != "Tehran"


def test_a_camp_named_by_a_modifier_keeps_its_own_name_over_the_city_near_it(locate: Locate) -> None:
    text = "The crowd marched inside Zaatari camp on the outskirts of Mafraq for an hour."
    assert _name(locate(text, "marched")) == "Zaatari"
