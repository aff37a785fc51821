"""Names that frame a place rather than give it: a country named as a side of a border, the second town of a road
named for two (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from eventwire.extract.raw import RawEvent
from eventwire.resolve.places import Gazetteer, event_place

pytestmark = pytest.mark.slow

Locate = Callable[[str, str], str | None]


@pytest.fixture(scope="module")
def locate(nlp: Language, gazetteer: Gazetteer) -> Locate:

    def _locate(text: str, trigger: str) -> str | None:
        doc = nlp(text)
        token = next(t for t in doc if t.text == trigger)
        raw = RawEvent(type="ASSAULT", trigger=doc[token.i : token.i + 1], sentence=token.sent)
        place = event_place(raw, gazetteer)
        return place.name if place is not None else None

    return _locate


def test_a_town_near_a_two_country_border_is_the_place(locate: Locate) -> None:
    text = "Two soldiers were killed in an explosion in Busia, near the Kenya - Uganda border."
    assert locate(text, "killed") == "Busia"


def test_a_town_near_a_border_with_a_country_is_the_place(locate: Locate) -> None:
    assert locate("Fighting left five dead at the border with Sudan near Lokichogio.", "left") == "Lokichogio"


def test_a_country_in_its_own_right_is_still_a_place(locate: Locate) -> None:
    assert locate("Two soldiers were killed in Uganda on Monday.", "killed") == "Uganda"


def test_a_road_named_for_two_towns_is_placed_at_the_first(locate: Locate) -> None:
    assert locate("Residents blocked the Garissa-Nairobi road on Monday.", "blocked") == "Garissa"
