"""A town named on the event noun itself, or before a settlement noun however parsed, and an entity cut at an
unclosed bracket (sentences written for these tests; loads the spaCy model)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import Place

Locate = Callable[..., Place | None]


@pytest.mark.hand_built
def test_a_town_before_town_modifying_the_event_noun_is_its_place(locate: Locate) -> None:
    place = locate("Bus owners in Kisii town protest over new levies.", "protest", kind="PROTEST")
    assert place is not None
    assert place.name == "Kisii"
    assert place.country == "KEN"


@pytest.mark.hand_built
def test_an_entity_running_into_an_open_bracket_is_cut_before_it(locate: Locate) -> None:
    place = locate(
        "About 300 farmers protested in Taveta (Taita Taveta) against a new cess.", "protested", kind="PROTEST"
    )
    assert place is not None
    assert place.name == "Taveta"


def test_a_country_naming_an_event_noun_is_no_place(locate: Locate) -> None:
    place = locate("Officials condemned the Kenya protest.", "protest", kind="PROTEST")
    assert place is None or place.precision != "country"


def test_a_town_naming_the_event_noun_is_its_place(locate: Locate) -> None:
    place = locate("Police broke up the Nakuru protest on Monday.", "protest", kind="PROTEST")
    assert place is not None
    assert place.name == "Nakuru"
