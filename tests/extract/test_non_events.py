"""Trigger words that report no act (issue 18, item 2): a likelihood denied, a habit, a rule in the abstract, the
goal of a compelling act still to come, figurative senses, a journey beside the meeting it is made for, and one
event per act (tests load the spaCy model; sentences are our own, or short fragments the issue quotes)."""

from __future__ import annotations

import pytest


def _types(events) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(e.type for e in events)


def _of(events, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(e.type for e in events if e.trigger.root.text == trigger)


@pytest.mark.slow
def test_an_attack_hardly_likely_is_no_event(run) -> None:  # type: ignore[no-untyped-def]
    assert run("The militia are hardly likely to attack the visiting officials.") == []


@pytest.mark.slow
def test_an_unlikely_attack_is_no_event(run) -> None:  # type: ignore[no-untyped-def]
    assert run("It is unlikely that the army will attack the town.") == []


@pytest.mark.slow
def test_a_likely_attack_is_hypothetical(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The army is likely to attack the town.")
    assert [(e.type, e.status) for e in events] == [("ASSAULT", "hypothetical")]


@pytest.mark.slow
def test_a_yearly_visit_is_a_habit(run) -> None:  # type: ignore[no-untyped-def]
    assert run("Hundreds of reporters visit the camp each year.") == []


@pytest.mark.slow
def test_a_routine_arrest_is_a_habit(run) -> None:  # type: ignore[no-untyped-def]
    assert run("Police routinely detain reporters in the province.") == []


@pytest.mark.slow
def test_a_particular_arrest_is_an_event(run) -> None:  # type: ignore[no-untyped-def]
    assert _types(run("The police detained the reporters on Monday.")) == ["COERCE"]


@pytest.mark.slow
def test_a_repeated_denial_is_still_a_statement(run) -> None:  # type: ignore[no-untyped-def]
    assert "REJECT" in _types(run("The rebels routinely deny the government's accusations."))


@pytest.mark.slow
def test_what_a_law_allows_is_no_event(run) -> None:  # type: ignore[no-untyped-def]
    assert run("UK law allows Britain to strip dual nationals of their passports.") == []


@pytest.mark.slow
def test_what_a_constitution_guarantees_is_no_event(run) -> None:  # type: ignore[no-untyped-def]
    assert run("The country's constitution guarantees the right to assemble.") == []


@pytest.mark.slow
def test_the_aim_of_forcing_a_surrender_is_no_surrender(run) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" not in _types(run("The army is trying to force the fighters to surrender."))


@pytest.mark.slow
def test_a_surrender_forced_is_reported(run) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" in _types(run("The army forced the fighters to surrender."))


@pytest.mark.slow
def test_sitting_pat_is_no_sit_in(run) -> None:  # type: ignore[no-untyped-def]
    assert run("The president sits pat in the capital.") == []


@pytest.mark.slow
def test_capturing_a_mood_is_no_arrest(run) -> None:  # type: ignore[no-untyped-def]
    assert run("It was a clever policy to capture the public mood.") == []


@pytest.mark.slow
def test_releasing_a_video_of_hostages_frees_no_one(run) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" not in _types(run("The group released a video of the hostages."))


@pytest.mark.slow
def test_releasing_hostages_is_a_release(run) -> None:  # type: ignore[no-untyped-def]
    assert _types(run("The rebels released three hostages.")) == ["RETREAT"]


@pytest.mark.slow
def test_a_call_for_help_is_no_request(run) -> None:  # type: ignore[no-untyped-def]
    assert run("Her message was a call for help.") == []


@pytest.mark.slow
def test_a_journey_gives_way_to_the_meeting_it_is_made_for(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The president then travelled to Cairo, where he met the Egyptian leader.")
    assert [e.trigger.text for e in events] == ["met"]


@pytest.mark.slow
def test_a_vowed_expulsion_is_one_threat(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The minister vowed the army will expel the militants from the region.")
    assert _of(events, "expel") == ["THREATEN"]


@pytest.mark.slow
def test_a_promised_deployment_is_no_threat_of_force_alone(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The government said it would send troops to the region.")
    assert "MOBILIZE" in _of(events, "send")


@pytest.mark.slow
def test_a_refused_surrender_is_the_rejection(run) -> None:  # type: ignore[no-untyped-def]
    assert _types(run("The fighters refused to surrender.")) == ["REJECT"]


@pytest.mark.slow
def test_a_surrender_refused_by_name_is_the_rejection(run) -> None:  # type: ignore[no-untyped-def]
    assert _types(run("The rebels refused to surrender.")) == ["REJECT"]


@pytest.mark.slow
def test_a_denied_act_stays_beside_the_denial(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The militants denied they had detained her husband.")
    assert sorted((e.type, e.status) for e in events) == [("COERCE", "negated"), ("REJECT", "asserted")]


@pytest.mark.slow
def test_a_warned_killing_and_its_terms_are_the_threat(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The rebels warned that they would execute the hostages if the state did not free their comrades.")
    assert _types(events) == ["THREATEN"]


@pytest.mark.slow
def test_a_threatened_attack_with_a_condition_is_one_threat(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The militia threatened to attack the convoy unless the army withdrew its troops.")
    assert _types(events) == ["THREATEN"]


@pytest.mark.slow
def test_a_strike_warned_of_by_another_party_stays(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The minister warned that the neighbouring army would strike the border towns.")
    assert _of(events, "strike") == ["ASSAULT"]


@pytest.mark.slow
def test_an_attack_a_threat_warns_against_stays(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The president warned of a regional war if the neighbouring army attacked the capital.")
    assert _of(events, "attacked") == ["ASSAULT"]
