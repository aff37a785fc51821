"""Which governing words reach a clause's status: a clause describing a noun, an adverbial clause with its own
subject, a bare -ing clause and what happened "since" keep their own (tests load the spaCy model; sentences are
our own)."""

from __future__ import annotations

import pytest


def _status(events, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.status for e in events if e.trigger.text == trigger]


@pytest.mark.slow
def test_a_relative_clause_under_a_request_is_a_fact(run) -> None:  # type: ignore[no-untyped-def]
    events = run(
        "The senator called on Peru to avoid steps risking conflict with forces which have provided arms to rebels."
    )
    assert _status(events, "provided") == ["asserted"]


@pytest.mark.slow
def test_a_participle_under_a_request_is_a_fact(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The minister urged the army to free the prisoners held by the militia.")
    assert _status(events, "held") == ["asserted"]


@pytest.mark.slow
def test_whoever_a_clause_describes_keeps_the_future(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Those who reject the deal will be given safe passage to the north.")
    assert _status(events, "reject") != ["asserted"]


@pytest.mark.slow
def test_a_when_clause_with_its_own_subject_is_not_negated(run) -> None:  # type: ignore[no-untyped-def]
    events = run("He was not fighting but working as a medic when the base was hit by an attack.")
    assert _status(events, "hit") == ["asserted"]
    assert _status(events, "fighting") == ["negated"]


@pytest.mark.slow
def test_a_bare_ing_clause_is_not_negated(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The rebels said they would not attend the talks, blaming the army's offensive.")
    assert _status(events, "blaming") == ["asserted"]


@pytest.mark.slow
def test_what_happened_since_is_not_a_threat(run) -> None:  # type: ignore[no-untyped-def]
    events = run(
        "The president has threatened to push deeper into the region since sending troops into the enclave in May."
    )
    assert _status(events, "sending") == ["asserted"]


@pytest.mark.slow
def test_an_infinitive_describing_a_noun_keeps_the_governing_status(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The ministry said it would build a border force to patrol the frontier.")
    assert [e.status for e in events if e.trigger.text == "patrol" and e.type == "MOBILIZE"] == ["planned"]


@pytest.mark.slow
def test_an_attack_braced_for_is_still_to_come(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Residents have been bracing themselves for an attack by the army.")
    assert _status(events, "attack") == ["planned"]


@pytest.mark.slow
def test_a_likely_attack_is_hypothetical(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The minister cited the likelihood of attacks by militants.")
    assert _status(events, "attacks") == ["hypothetical"]
