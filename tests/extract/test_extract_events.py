"""Behaviour of the extractor on short sentences (loads the spaCy model)."""

from __future__ import annotations

import pytest

from eventwire.extract import RawEvent
from tests.extract.events import Run


def _one(events: list[RawEvent], event_type: str) -> RawEvent:
    found = [e for e in events if e.type == event_type]
    assert found, f"no {event_type} in {[(e.type, e.trigger.text) for e in events]}"
    return found[0]


@pytest.mark.hand_built
def test_planned_visit_with_source_and_target(run: Run) -> None:
    event = _one(run("The Iranian foreign minister will visit Turkey next week."), "CONSULT")
    assert event.mode == "visit"
    assert event.status == "planned"
    assert event.source is not None
    assert event.source.text == "The Iranian foreign minister"
    assert event.target is not None
    assert event.target.text == "Turkey"


@pytest.mark.hand_built
def test_negated_condemnation(run: Run) -> None:
    event = _one(run("Brazil did not condemn Venezuela for the crackdown."), "ACCUSE")
    assert event.status == "negated"
    assert event.source is not None
    assert event.source.text == "Brazil"
    assert event.target is not None
    assert event.target.text == "Venezuela"


@pytest.mark.hand_built
def test_hypothetical_under_consider(run: Run) -> None:
    event = _one(run("Germany is considering sending tanks to Poland."), "AID")
    assert event.status == "hypothetical"


@pytest.mark.hand_built
def test_passive_agent_is_source(run: Run) -> None:
    event = _one(run("The convoy was attacked by rebels near the border."), "ASSAULT")
    assert event.source is not None
    assert event.source.text == "rebels"
    assert event.target is not None
    assert event.target.text == "The convoy"


def test_coordinated_subjects_are_symmetric(run: Run) -> None:
    event = _one(run("Egypt and Jordan signed a trade agreement on Monday."), "SUPPORT")
    assert event.symmetric
    assert event.source is not None
    assert event.source.text == "Egypt"
    assert event.target is not None
    assert event.target.text == "Jordan"


def test_reported_speech_target(run: Run) -> None:
    event = _one(run("The senator warned that Moscow would pay a heavy price."), "THREATEN")
    assert event.target is not None
    assert event.target.text == "Moscow"


def test_attribution_kept_apart_from_actors(run: Run) -> None:
    event = _one(run("Reuters reported that police arrested 40 students in Nairobi."), "COERCE")
    assert event.attribution is not None
    assert event.attribution.text == "Reuters"
    assert event.source is not None
    assert event.source.text == "police"


def test_nominal_event_parties(run: Run) -> None:
    event = _one(run("The Iraqi invasion of Kuwait shocked the region."), "ASSAULT")
    assert event.source is not None
    assert event.source.text == "Iraqi"
    assert event.target is not None
    assert event.target.text == "Kuwait"


def test_phone_call_mode(run: Run) -> None:
    event = _one(run("The presidents of Kenya and Uganda spoke on the phone on Sunday."), "CONSULT")
    assert event.mode == "phone"
    assert event.symmetric


@pytest.mark.parametrize(
    "text",
    [
        "Liverpool beat Arsenal 2-1 in the league on Saturday.",
        "Three people were killed in a car crash on the highway.",
        "The company agreed to acquire its rival for 2 billion dollars.",
        "Shr 12 cts vs 10 cts. Net profit 1.2 mln dlrs vs 900,000 dlrs.",
    ],
)
def test_non_events_are_not_coded(run: Run, text: str) -> None:
    assert run(text) == []
