"""The police or soldiers who act against a protest are its counterpart (loads the spaCy model)."""

from __future__ import annotations

import pytest

from eventwire.extract.derived.counterparts import CounterpartCues, with_counterparts
from eventwire.extract.raw import RawEvent
from tests.docs_builder import event, parsed, text
from tests.extract.events import Parties, Run


def _protest(run: Run, text: str) -> RawEvent:
    protests = [e for e in run(text) if e.type == "PROTEST"]
    assert protests, text
    return protests[0]


@pytest.mark.parametrize(
    "text",
    [
        "Nurses protested over unpaid wages in the capital. Police fired tear gas.",
        "Farmers marched through the town on Friday. Police dispersed the crowd with tear gas.",
        "Hundreds of traders demonstrated outside the city hall on Monday; police intervened to restore order.",
    ],
)
def test_forces_acting_on_the_crowd_are_the_protest_target(run: Run, text: str) -> None:
    protest = _protest(run, text)
    assert protest.target is not None
    assert protest.target.root.lower_ == "police"
    assert protest.symmetric


@pytest.mark.hand_built
def test_the_coercion_keeps_its_own_parties(run: Run) -> None:
    events = run("Farmers marched through the town on Friday. Police dispersed the crowd with tear gas.")
    coerce = [e for e in events if e.type == "COERCE"]
    assert coerce
    assert coerce[0].source is not None
    assert coerce[0].source.text == "Police"
    assert coerce[0].target is not None
    assert coerce[0].target.text == "the crowd"


@pytest.mark.hand_built
def test_police_in_a_new_paragraph_are_no_counterpart(run: Run) -> None:
    protest = _protest(run, "Students protested against fee increases.\n\nPolice arrested two thieves in another town.")
    assert protest.target is None


@pytest.mark.hand_built
def test_police_arresting_others_are_no_counterpart(run: Run) -> None:
    protest = _protest(run, "Students protested against fee increases. Police arrested two thieves in another town.")
    assert protest.target is None


def test_a_protest_with_its_own_target_keeps_it(run: Run) -> None:
    text = "Workers protested against the governor on Monday. Police dispersed the crowd."
    protest = _protest(run, text)
    assert protest.target is not None
    assert "governor" in protest.target.text


def test_engaging_police_in_running_battles_faces_the_police(run: Run, typed_parties: Parties) -> None:
    events = run("Protesters engaged police in running battles in the town.")
    assert ("battles", "Protesters", "police") in typed_parties(events, "ASSAULT")
    assert [e.target.text for e in events if e.type == "PROTEST" and e.target is not None] == ["police"]


def test_a_protest_with_running_battles_has_the_police_as_counterpart(run: Run) -> None:
    events = run("Traders protesting the closure of their market held running battles with the police.")
    protests = [e for e in events if e.type == "PROTEST"]
    assert protests
    assert all(e.target is not None and e.target.root.lower_ == "police" for e in protests)


DISPERSED = "Farmers marched through the town on Friday. Police dispersed the crowd with tear gas."
CUES = CounterpartCues(
    police=frozenset({"police"}),
    crowd=frozenset({"crowd"}),
    intervention=frozenset({"disperse"}),
    reciprocal=frozenset({"clash"}),
)


def test_police_dispersing_the_crowd_in_the_next_sentence_are_the_protest_target() -> None:
    doc = parsed(DISPERSED)
    protest = event(doc, "PROTEST", "marched", source="Farmers")
    coercion = event(doc, "COERCE", "dispersed", source="Police", target="the crowd")
    found, kept = with_counterparts([protest, coercion], CUES)
    assert text(found.target) == "Police"
    assert found.symmetric
    assert kept == coercion


def test_forces_that_are_no_police_word_are_no_counterpart() -> None:
    doc = parsed(DISPERSED)
    protest = event(doc, "PROTEST", "marched", source="Farmers")
    coercion = event(doc, "COERCE", "dispersed", source="Police", target="the crowd")
    no_words = CounterpartCues(police=frozenset(), crowd=frozenset(), intervention=frozenset(), reciprocal=frozenset())
    assert with_counterparts([protest, coercion], no_words)[0].target is None
