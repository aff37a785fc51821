"""Passives: the by-agent is the doer of every coordinated passive verb, and a passive put in a question or
shared with an active verb keeps its sufferer as target."""

from __future__ import annotations

import pytest

from tests.extract.events import Parties, Run


@pytest.mark.hand_built
def test_the_agent_of_a_coordinated_passive_is_the_doer_of_both_verbs(run: Run, typed_parties: Parties) -> None:
    events = run("A hawker was shot and wounded by a police officer in Ruritania on Monday.")
    found = typed_parties(events, "ASSAULT")
    assert ("shot", "a police officer", "A hawker") in found
    assert ("wounded", "a police officer", "A hawker") in found


def test_a_passive_in_a_question_keeps_its_subject_as_target(run: Run, parties: Parties) -> None:
    events = run("Why are we shelled every night by the army?")
    assert parties(events, "shelled") == [("the army", "we")]


def test_a_passive_conjunct_of_an_active_verb_has_no_doer_from_it(run: Run, parties: Parties) -> None:
    events = run("The rebels entered the town and were attacked by the army.")
    assert parties(events, "attacked") == [("the army", "The rebels")]


def test_a_second_passive_conjunct_keeps_the_active_verbs_subject_as_target(run: Run, typed_parties: Parties) -> None:
    events = run("Two smugglers crossed the river at night and were later identified and arrested at the border post.")
    found = typed_parties(events, "COERCE")
    assert [(trigger, target) for trigger, _, target in found] == [("arrested", "Two smugglers")]
