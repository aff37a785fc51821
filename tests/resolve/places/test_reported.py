"""An event reported by a speaker keeps the places of its own clause, and a clause about a place does not make
that place hold the event's own (loads the spaCy model; sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import Place

Locate = Callable[..., Place | None]


@pytest.mark.hand_built
def test_a_reported_event_keeps_the_place_of_its_subordinate_clause(locate: Locate) -> None:
    text = (
        "At least nine people were killed after a gunman attacked a bank in the Pakistani city of Quetta, police said."
    )
    place = locate(text, "killed")
    assert place is not None
    assert place.name == "Quetta"


def test_a_place_inside_other_reported_content_is_not_the_event_place(locate: Locate) -> None:
    text = "The envoy warned on Monday that the fighting would soon spread to Quetta."
    place = locate(text, "warned")
    assert place is None or place.name != "Quetta"


def test_a_name_whose_relative_clause_holds_the_event_does_not_replace_its_object(locate: Locate) -> None:
    text = "The troops advanced west of the Kandahar airport where commandos stormed the village of Senjaray at dawn."
    place = locate(text, "stormed")
    assert place is not None
    assert place.name == "Senjaray"
