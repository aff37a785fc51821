"""Who is who in a few common phrasings: the possessor of an arrest or a release is the one it is done to,
coordinated doers of a one-sided act act together, a passive's by-agent is not what it acts on, and a share of
people is no traveller (tests load the spaCy model; sentences are our own)."""

from __future__ import annotations

import pytest

from tests.extract.events import Parties, Run


@pytest.mark.hand_built
def test_the_possessor_of_an_arrest_is_the_one_arrested(run: Run, parties: Parties) -> None:
    assert parties(run("His detention by police sparked a strike."), "detention") == [("police", "His")]


@pytest.mark.hand_built
def test_a_possessor_with_an_of_phrase_is_the_doer(run: Run, parties: Parties) -> None:
    assert parties(run("The army's arrest of the mayor angered the town."), "arrest") == [("The army", "the mayor")]


def test_coordinated_protesters_are_no_target(run: Run, parties: Parties) -> None:
    events = run("Students, teachers and parents chanted slogans outside the ministry.")
    assert parties(events, "chanted") == [("Students", None)]


def test_coordinated_signatories_are_still_two_sides(run: Run, parties: Parties) -> None:
    assert parties(run("Russia and China signed a trade deal."), "signed") == [("Russia", "China")]


def test_a_passive_agent_is_not_what_is_released(run: Run, parties: Parties) -> None:
    events = run("According to the figures released by the refugee agency, 4,000 people have drowned.")
    assert parties(events, "released") == []


def test_a_share_of_people_travelling_is_no_visit(run: Run) -> None:
    events = run("More than 100,000 people reached Europe by sea, with about 82% travelling to Italy from Libya.")
    assert [e for e in events if e.type == "CONSULT"] == []
