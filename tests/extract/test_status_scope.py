"""Status from the right scope (issue 18, item 5): a conjunct with its own auxiliary keeps its own status, an
embedded question is open, a refusal named as a subject has been made, a hinted step is planned (tests load the
spaCy model; sentences are our own, or short fragments the issue quotes)."""

from __future__ import annotations

import pytest


def _status(events, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.status for e in events if e.trigger.root.text == trigger]


@pytest.mark.slow
def test_a_negation_does_not_reach_a_conjunct_with_its_own_auxiliary(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The minister has not condemned the shelling and has accused the opposition of lying.")
    assert _status(events, "condemned") == ["negated"]
    assert _status(events, "accused") == ["asserted"]


@pytest.mark.slow
def test_not_operating_but_does_fund_is_asserted_funding(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The charity is not operating in Yemen but does fund British aid agencies.")
    assert _status(events, "fund") == ["asserted"]


@pytest.mark.slow
def test_a_shared_auxiliary_carries_the_negation(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The government did not arrest or detain the students.")
    assert _status(events, "detain") == ["negated"]


@pytest.mark.slow
def test_not_known_whether_is_open_not_denied(run) -> None:  # type: ignore[no-untyped-def]
    events = run("It is not known whether the airstrike killed any civilians.")
    assert _status(events, "killed") == ["hypothetical"]


@pytest.mark.slow
def test_a_refusal_judged_in_a_conditional_has_been_made(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Spain's refusal to repatriate its citizens would be in breach of the convention.")
    assert [(e.type, e.status) for e in events if e.type == "REJECT"] == [("REJECT", "asserted")]


@pytest.mark.slow
def test_a_hinted_step_is_planned(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The minister hinted at relaxing the ban on rallies.")
    assert _status(events, "relaxing") == ["planned"]


@pytest.mark.slow
def test_a_definite_event_noun_is_known_under_a_modal(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The speech could herald another phase of the American pullout from Iraq.")
    assert _status(events, "pullout") == ["asserted"]


@pytest.mark.slow
def test_a_possessed_event_noun_is_known_under_a_modal(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Ruritania's offensive could undermine hopes of a settlement.")
    assert _status(events, "offensive") == ["asserted"]


@pytest.mark.slow
def test_an_invasion_not_condemned_took_place(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The minister did not condemn Ruritania's invasion.")
    assert _status(events, "condemn") == ["negated"]
    assert _status(events, "invasion") == ["asserted"]


@pytest.mark.slow
def test_an_indefinite_event_noun_under_a_modal_is_hypothetical(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The army could launch an offensive.")
    assert [e.status for e in events] == ["hypothetical"]


@pytest.mark.slow
def test_a_subject_with_no_denies_the_act(run) -> None:  # type: ignore[no-untyped-def]
    events = run("No country has officially recognized the junta.")
    assert _status(events, "recognized") == ["negated"]


@pytest.mark.slow
def test_an_attempted_act_was_made(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Rival commanders made an attempt to assassinate the group's leader last month.")
    assert [(e.type, e.status) for e in events if e.type == "ASSAULT"] == [("ASSAULT", "asserted")]


@pytest.mark.slow
def test_an_attempt_still_to_come_is_planned(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The army will try to storm the town on Sunday.")
    assert [(e.type, e.status) for e in events if e.type == "ASSAULT"] == [("ASSAULT", "planned")]


@pytest.mark.slow
def test_a_deployment_a_party_is_unwilling_to_make_is_negated(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The two governments have so far been unwilling to send troops to the border.")
    assert _status(events, "send") == ["negated"]


@pytest.mark.slow
def test_a_release_a_party_is_unwilling_to_make_is_a_rejection(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The junta is unwilling to release the detained students.")
    assert [e.type for e in events] == ["REJECT"]


@pytest.mark.slow
def test_sanctions_a_party_is_reluctant_to_impose_are_hypothetical(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The council is reluctant to impose sanctions on the island.")
    assert [e.status for e in events if e.type == "SANCTION"] == ["hypothetical"]
