"""Forces on the move, cancelled votes, suspended truces, marked bodies and bare claims of responsibility (tests
load the spaCy model; sentences are our own)."""

from __future__ import annotations

import pytest

from eventwire.extract.raw import RawEvent
from tests.extract.events import Run


def _codes(events: list[RawEvent]) -> set[tuple[str, str | None, str]]:
    return {(e.type, e.cameo, e.trigger.root.lemma_.lower()) for e in events}


@pytest.mark.hand_built
def test_dispatching_men_is_a_troop_deployment(run: Run) -> None:
    events = run("The junta dispatched 4,000 men across the river to relieve the garrison.")
    assert ("MOBILIZE", "154", "dispatch") in _codes(events)


def test_a_unit_advancing_or_moving_south_is_a_troop_movement(run: Run) -> None:
    assert ("MOBILIZE", "154", "advance") in _codes(run("The 3rd Brigade advanced along the coastal road at dawn."))
    moved = run("The armoured division skirted the city and moved north to cut the supply line.")
    assert any(e.type == "MOBILIZE" and e.trigger.root.lower_ == "moved" for e in moved)


def test_an_army_marching_is_no_protest_but_students_marching_are(run: Run) -> None:
    army = run("The rebel army marched through the northern valleys for a week.")
    assert [e.type for e in army if e.trigger.root.lower_ == "marched"] == ["MOBILIZE"]
    students = run("Hundreds of students marched through the capital on Friday.")
    assert [e.type for e in students if e.trigger.root.lower_ == "marched"] == ["PROTEST"]


def test_things_advancing_or_moving_are_no_troop_movement(run: Run) -> None:
    assert not run("Share prices advanced sharply in early trading.")
    assert not any(e.type == "MOBILIZE" for e in run("The cabinet moved quickly to approve the budget."))


@pytest.mark.hand_built
def test_a_government_cancelling_an_election_restricts_rights(run: Run) -> None:
    events = run("The military council cancelled the presidential election scheduled for March.")
    assert ("COERCE", "172", "cancel") in _codes(events)


@pytest.mark.hand_built
def test_suspending_a_truce_is_a_cut_in_cooperation(run: Run) -> None:
    events = run("The militia announced on Monday that it was suspending the truce in the eastern districts.")
    assert ("SANCTION", "160", "suspend") in _codes(events)
    assert not any(e.type == "RETREAT" for e in events)


@pytest.mark.hand_built
def test_bodies_bearing_marks_of_torture_are_a_killing(run: Run) -> None:
    events = run("The three bodies bore burn marks on their arms.")
    assert [e.type for e in events] == ["ASSAULT"]
    assert events[0].source is None
    assert events[0].target is not None


def test_a_bare_claim_of_responsibility_is_the_claimers_attack(run: Run) -> None:
    events = run("A separatist militia claimed responsibility on Tuesday.")
    assert [e.type for e in events] == ["ASSAULT"]
    assert events[0].source is not None
    assert events[0].source.root.lower_ == "militia"


def test_a_claim_naming_its_attack_is_coded_once(run: Run) -> None:
    events = run("A separatist militia claimed responsibility for the ambush.")
    assert len([e for e in events if e.type == "ASSAULT"]) == 1


def test_nobody_claiming_responsibility_is_no_event(run: Run) -> None:
    assert not run("No group has claimed responsibility so far.")


def test_fighters_crossing_in_order_to_enter_a_country_take_their_subject(run: Run) -> None:
    events = run("The militants crossed the mountain pass in order to enter Ruritania from the south.")
    assert any(e.trigger.root.lower_ == "enter" for e in events)


def test_fighters_advancing_a_cause_is_no_troop_movement(run: Run) -> None:
    events = run("Rebel fighters worked to advance the interests of their foreign sponsors.")
    assert not any(e.type == "MOBILIZE" for e in events)
