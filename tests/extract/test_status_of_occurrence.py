"""A definite event noun is taken as known, except as the subject of a verb that says whether it happens."""

from __future__ import annotations

import pytest

from eventwire.extract.raw import RawEvent
from tests.extract.events import Run


def _statuses(events: list[RawEvent], kind: str) -> list[str]:
    return [e.status for e in events if e.type == kind]


@pytest.mark.slow
def test_a_definite_event_said_to_take_place_later_is_planned(run: Run) -> None:
    assert _statuses(run("The signing of the trade agreement will take place in Paris."), "SUPPORT") == ["planned"]


@pytest.mark.slow
def test_a_definite_event_under_a_modal_of_judgement_stays_known(run: Run) -> None:
    assert _statuses(run("The army's offensive could undermine the talks."), "ASSAULT") == ["asserted"]


@pytest.mark.slow
def test_a_definite_event_said_to_do_something_else_stays_known(run: Run) -> None:
    assert _statuses(run("The army's pullout will open the way for the rebels."), "RETREAT") == ["asserted"]


@pytest.mark.slow
def test_a_step_a_plan_provides_for_has_the_plans_status(run: Run) -> None:
    assert _statuses(run("The plan provides for the withdrawal of all foreign troops."), "RETREAT") == ["planned"]
    text = "The rebels stand by their proposals, which provide for the complete withdrawal of the occupying troops."
    assert _statuses(run(text), "RETREAT") == ["hypothetical"]
