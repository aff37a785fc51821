"""Talking things over is a meeting only with a counterpart in view: a "with" party or doers who are two sides."""

from __future__ import annotations

from eventwire.extract import extract_events
from eventwire.extract.context import Extraction, load_data
from eventwire.extract.vetoes.lone_talk import lone_talk
from tests.extract.events import Run, of_type, roots_of_type
from tests.tiers import Parse

STEP = "veto.lone_talk"


def test_officials_discussing_figures_meet_no_one(run: Run) -> None:
    events = run("One of the officials discussing troop numbers said the figure was secret.")
    assert of_type(events, "CONSULT") == []


def test_dates_to_be_discussed_are_no_meeting(run: Run) -> None:
    assert of_type(run("Future court dates will be discussed at the hearing."), "CONSULT") == []


def test_discussing_with_a_counterpart_is_a_meeting(run: Run) -> None:
    events = run("The president discussed the crisis in Syria with his Turkish counterpart on Sunday.")
    assert roots_of_type(events, "CONSULT") == ["discussed"]


def test_two_named_sides_discussing_is_a_meeting(run: Run) -> None:
    assert roots_of_type(run("Kenya and Uganda discussed trade on Monday."), "CONSULT") == ["discussed"]


def test_two_counted_sides_discussing_is_a_meeting(run: Run) -> None:
    assert roots_of_type(run("The two leaders discussed the border dispute."), "CONSULT") == ["discussed"]


def test_without_the_veto_the_lone_talk_is_a_meeting(parse: Parse) -> None:
    doc = parse("One of the officials discussing troop numbers said the figure was secret.")
    assert roots_of_type(extract_events(doc, frozenset({STEP})), "CONSULT") == ["discussing"]


def test_the_veto_judges_the_candidate_itself(parse: Parse) -> None:
    doc = parse("One of the officials discussing troop numbers said the figure was secret.")
    (found,) = [c for c in Extraction.of(doc, load_data()).candidates if c.token.lower_ == "discussing"]
    assert lone_talk(found, Extraction.of(doc, load_data()))
