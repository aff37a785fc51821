"""The host a meeting noun names ("the UN-led talks", "a Turkish-hosted conference") is a party to the meeting; an
-ing clause of time on a passive clause with an agent is done by the clause's subject, not by the agent."""

from __future__ import annotations

import pytest

from eventwire.extract.parties.hosts import host_of
from eventwire.nlp import load_model
from tests.extract.events import Parties, Run


@pytest.mark.slow
def test_the_host_of_talks_with_no_named_party_is_their_source(run: Run, parties: Parties) -> None:
    events = run("Moscow wants to replace the EU-sponsored talks in Vienna.")
    assert parties(events, "talks") == [("EU", None)]


@pytest.mark.slow
def test_the_host_of_a_meeting_attended_is_the_counterpart(run: Run, parties: Parties) -> None:
    events = run("The rebels attended an Ethiopian-hosted conference in Addis Ababa last week.")
    found = [p for e in events if e.type == "CONSULT" for p in [(e.source, e.target)]]
    assert found and all(s is not None and s.text == "The rebels" for s, _ in found)
    assert [t.text for _, t in found if t is not None] == ["Ethiopian"]


@pytest.mark.slow
def test_coordinated_sides_come_before_the_host(run: Run) -> None:
    events = run("The Somali government and the rebels held Kenyan-hosted talks in Nairobi.")
    targets = [e.target.text for e in events if e.type == "CONSULT" and e.target is not None]
    assert targets == ["the rebels"]


@pytest.mark.slow
def test_a_meeting_noun_without_a_host_has_none() -> None:
    doc = load_model()("The ministers held long talks in Vienna.")
    talks = next(t for t in doc if t.lower_ == "talks")
    assert host_of(talks) is None
    doc = load_model()("The ministers held UN-led talks in Vienna.")
    talks = next(t for t in doc if t.lower_ == "talks")
    host = host_of(talks)
    assert host is not None and host.text == "UN"


@pytest.mark.slow
def test_a_time_clause_on_a_passive_with_an_agent_is_done_by_the_subject(run: Run, parties: Parties) -> None:
    events = run("Two Kenyan officers were wounded by gunmen while fighting al-Shabab near the border.")
    assert parties(events, "fighting") == [("Two Kenyan officers", "al-Shabab")]
    assert parties(events, "wounded") == [("gunmen", "Two Kenyan officers")]


@pytest.mark.slow
def test_a_result_clause_on_a_passive_is_done_by_the_agent(run: Run, parties: Parties) -> None:
    events = run("The convoy was attacked by militants near Garissa, killing four soldiers.")
    killing = parties(events, "killing")
    assert killing and killing[0][0] != "The convoy"
