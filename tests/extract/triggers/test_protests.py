"""Protests and complaints: "X protested that ..." and lodging a protest are complaints (ACCUSE), street
protests stay protests, and rioting people and striking workers are the protesters."""

from __future__ import annotations

import pytest

from tests.extract.events import Run, of_type


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The opposition protested that the police had beaten its candidates.", "police"),
        ("The police are ignoring threats against journalists, a press union protested on Monday.", "police"),
    ],
)
def test_protesting_a_reported_clause_is_a_complaint(run: Run, text: str, target: str) -> None:
    events = run(text)
    accuse = of_type(events, "ACCUSE")
    assert accuse
    assert accuse[0].mode == "disapprove"
    assert accuse[0].target is not None
    assert accuse[0].target.root.lower_ == target
    assert not of_type(events, "PROTEST")


@pytest.mark.hand_built
def test_lodging_a_protest_with_a_state_is_a_complaint_against_it(run: Run) -> None:
    accuse = of_type(run("Peru lodged an official protest with Chile on Friday."), "ACCUSE")
    assert accuse
    assert accuse[0].target is not None
    assert accuse[0].target.text == "Chile"


@pytest.mark.hand_built
def test_street_protest_stays_a_protest(run: Run) -> None:
    assert of_type(run("Thousands of teachers protested against the pay cut in the capital."), "PROTEST")


def test_rioting_people_riot(run: Run) -> None:
    protest = of_type(run("Rioting prisoners set fire to their cells."), "PROTEST")
    assert protest
    assert protest[0].source is not None
    assert protest[0].source.root.lower_ == "prisoners"


def test_striking_workers_strike(run: Run) -> None:
    protest = of_type(run("Striking miners blocked the main road to the mine."), "PROTEST")
    assert any(e.mode == "strike" and e.source is not None and e.source.root.lower_ == "miners" for e in protest)
