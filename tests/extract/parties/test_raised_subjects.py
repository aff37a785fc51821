"""The subject of a passive verb of belief, report or force is the doer of the active clause it governs ("X are
believed to have visited", "X was forced to withdraw"), and what a passive clause acts on ("X were reported to
have been arrested")."""

from __future__ import annotations

import pytest

from tests.extract.events import Parties, Run


@pytest.mark.slow
def test_the_subject_of_a_passive_verb_of_belief_does_the_act(run: Run, parties: Parties) -> None:
    events = run("Senior officers of the alliance are believed to have visited the base last week.")
    assert parties(events, "visited") == [("Senior officers of the alliance", None)]
    events = run("The rebels were forced to withdraw from the town.")
    assert parties(events, "withdraw")[0][0] == "The rebels"


@pytest.mark.slow
def test_the_subject_of_a_passive_report_of_a_passive_act_suffers_it(run: Run, parties: Parties) -> None:
    events = run("Two reporters were said to have been detained.")
    assert parties(events, "detained") == [(None, "Two reporters")]
