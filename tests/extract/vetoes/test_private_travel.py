"""Private travel is no visit; an official's journey stays one."""

from __future__ import annotations

import pytest

from eventwire.extract.vetoes.private_travel import private_travel
from eventwire.lexicons.cues import TravelCues
from tests.docs_builder import parsed, word
from tests.extract.events import Run, types_and_cameos


@pytest.mark.parametrize(
    "sentence",
    [
        "Three pupils travelled abroad to join the militant group.",
        "Many families travelled for days to reach the camp.",
    ],
)
def test_private_travel_is_no_visit(run: Run, sentence: str) -> None:
    assert ("CONSULT", "042") not in types_and_cameos(run(sentence))


@pytest.mark.hand_built
def test_an_officials_journey_stays_a_visit(run: Run) -> None:
    assert ("CONSULT", "042") in types_and_cameos(run("The foreign minister travelled to Cairo to hold talks."))


TRAVEL = TravelCues(
    verbs=frozenset({"travel"}),
    private_travellers=frozenset({"pupil", "family"}),
    journeys=frozenset({"travel"}),
    private_purposes=frozenset({"join"}),
    meeting_purposes=frozenset({"hold", "meet"}),
    writer=frozenset({"i", "we"}),
    lone_talk=frozenset({"discuss"}),
    sides=frozenset({"two", "both"}),
    trip_nouns=frozenset({"visit"}),
)


def test_pupils_travelling_to_join_a_group_is_a_private_journey() -> None:
    doc = parsed("Three pupils travelled abroad to join the militant group.")
    assert private_travel(word(doc, "travelled"), "042", word(doc, "pupils"), TRAVEL)


def test_a_minister_travelling_to_hold_talks_is_a_visit() -> None:
    doc = parsed("The foreign minister travelled to Cairo to hold talks.")
    assert not private_travel(word(doc, "travelled"), "042", word(doc, "minister"), TRAVEL)


@pytest.mark.slow
def test_the_writer_meeting_someone_is_no_visit(run) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in run("Last spring I met the rebel commander in his village.") if e.type == "CONSULT"] == []
    assert [e for e in run("We travelled to the border town of Kessab.") if e.type == "CONSULT"] == []


@pytest.mark.slow
def test_a_quoted_first_person_meeting_is_a_meeting(run) -> None:  # type: ignore[no-untyped-def]
    events = run('"I met the rebel commander in Geneva on Monday," the envoy said.')
    assert [e.type for e in events if e.trigger.root.lower_ == "met"] == ["CONSULT"]


@pytest.mark.slow
def test_a_pronoun_or_bare_name_arriving_is_no_visit(run) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in run("She travelled to Syria in 2015.") if e.type == "CONSULT"] == []
    assert [e for e in run("Anna Berg arrived in Moscow on Monday.") if e.type == "CONSULT"] == []


@pytest.mark.slow
def test_a_titled_traveller_arriving_is_a_visit(run) -> None:  # type: ignore[no-untyped-def]
    for sentence in (
        "Foreign minister Anna Berg arrived in Moscow on Monday.",
        "The foreign minister, Anna Berg, arrived in Moscow on Monday.",
        "The foreign minister travelled to Moscow on Monday.",
    ):
        assert [e.type for e in run(sentence)] == ["CONSULT"], sentence


@pytest.mark.slow
def test_a_capitalised_title_makes_a_visit(run) -> None:  # type: ignore[no-untyped-def]
    events = run("President Anna Berg arrived in Moscow on Monday.")
    assert [e.type for e in events] == ["CONSULT"]
