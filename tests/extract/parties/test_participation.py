"""A noun trigger taken part in takes the subject of the verb of taking part (tests load the spaCy model;
sentences are our own)."""

from __future__ import annotations

import pytest

from tests.extract.events import Run


@pytest.mark.hand_built
def test_teachers_participating_in_a_strike_are_striking(run: Run) -> None:
    events = run("Thousands of nurses participated in the strike on Monday.")
    assert [(e.type, e.trigger.text) for e in events] == [("PROTEST", "strike")]


def test_a_strike_with_no_workers_taking_part_stays_no_protest(run: Run) -> None:
    events = run("The ministers participated in the meeting about the strike.")
    assert not any(e.type == "PROTEST" for e in events)
