"""Fourteenth round: the doer of coordinated passive verbs and the forces a crowd fights (tests load the spaCy
model; sentences are our own)."""

from __future__ import annotations

import pytest


@pytest.mark.slow
def test_the_agent_of_a_coordinated_passive_is_the_doer_of_both_verbs(run, typed_parties) -> None:  # type: ignore[no-untyped-def]
    events = run("A hawker was shot and wounded by a police officer in Ruritania on Monday.")
    found = typed_parties(events, "ASSAULT")
    assert ("shot", "a police officer", "A hawker") in found
    assert ("wounded", "a police officer", "A hawker") in found


@pytest.mark.slow
def test_engaging_police_in_running_battles_faces_the_police(run, typed_parties) -> None:  # type: ignore[no-untyped-def]
    events = run("Protesters engaged police in running battles in the town.")
    assert ("battles", "Protesters", "police") in typed_parties(events, "ASSAULT")
    assert [e.target.text for e in events if e.type == "PROTEST" and e.target is not None] == ["police"]


@pytest.mark.slow
def test_a_protest_with_running_battles_has_the_police_as_counterpart(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Traders protesting the closure of their market held running battles with the police.")
    protests = [e for e in events if e.type == "PROTEST"]
    assert protests and all(e.target is not None and e.target.root.lower_ == "police" for e in protests)


@pytest.mark.slow
def test_the_act_an_arrest_charges_is_no_event_of_its_own(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Soldiers arrested the mayor of the town for collaborating with the rebels.")
    assert not any(e.type == "COOPERATE" for e in events)
    assert {"ACCUSE", "COERCE"} <= {e.type for e in events}


@pytest.mark.slow
def test_the_act_named_in_charges_of_is_no_event(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Police detained the editor on charges of organizing an illegal protest.")
    assert not any(e.type == "PROTEST" for e in events)


@pytest.mark.slow
def test_a_charged_killing_still_reports_its_victim(run) -> None:  # type: ignore[no-untyped-def]
    events = run("A man was arrested in the capital for allegedly murdering a neighbour.")
    assert any(e.type == "ASSAULT" and e.target is not None and e.target.root.lower_ == "neighbour" for e in events)
