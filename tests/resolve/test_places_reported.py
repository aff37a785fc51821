"""An event reported by a speaker keeps the places of its own clause, and a clause about a place does not make
that place hold the event's own (loads the spaCy model; sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from eventwire.extract.raw import RawEvent
from eventwire.model import Place
from eventwire.resolve.places import Gazetteer, event_place

RawBuilder = Callable[..., RawEvent]

pytestmark = pytest.mark.slow


def place_of(nlp: Language, gazetteer: Gazetteer, raw_event: RawBuilder, text: str, trigger: str) -> Place | None:
    return event_place(raw_event(nlp(text), trigger), gazetteer)


def test_a_reported_event_keeps_the_place_of_its_subordinate_clause(
    nlp: Language, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    text = (
        "At least nine people were killed after a gunman attacked a bank in the Pakistani city of Quetta, police said."
    )
    place = place_of(nlp, gazetteer, raw_event, text, "killed")
    assert place is not None and place.name == "Quetta"


def test_a_place_inside_other_reported_content_is_not_the_event_place(
    nlp: Language, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    text = "The envoy warned on Monday that the fighting would soon spread to Quetta."
    place = place_of(nlp, gazetteer, raw_event, text, "warned")
    assert place is None or place.name != "Quetta"


def test_a_name_whose_relative_clause_holds_the_event_does_not_replace_its_object(
    nlp: Language, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    text = "The troops advanced west of the Kandahar airport where commandos stormed the village of Senjaray at dawn."
    place = place_of(nlp, gazetteer, raw_event, text, "stormed")
    assert place is not None and place.name == "Senjaray"
