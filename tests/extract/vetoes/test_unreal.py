"""``extract.vetoes.unreal``: an act named as the purpose of another act, as advice or as a condition that did not
hold is no event; the same words telling of an act done are one (sentences are our own; the model parses them)."""

from __future__ import annotations

import pytest

from eventwire.extract.context import load_data
from eventwire.extract.vetoes.unreal import advised_act, purpose_clause, unfulfilled_condition

WORDS = load_data().cues.non_events


def _types(events) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(e.type for e in events)


def _word(nlp, sentence: str, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in nlp(sentence) if t.text == text)


@pytest.mark.slow
def test_the_aim_of_a_deployment_is_no_attack(run) -> None:  # type: ignore[no-untyped-def]
    assert _types(run("The army sent troops to the border to attack the rebels.")) == ["MOBILIZE"]


@pytest.mark.slow
def test_an_attack_done_is_still_an_attack(run) -> None:  # type: ignore[no-untyped-def]
    assert _types(run("The army attacked the rebels near the border.")) == ["ASSAULT"]


@pytest.mark.slow
def test_a_protest_held_to_protest_is_kept(nlp, run) -> None:  # type: ignore[no-untyped-def]
    sentence = "Hundreds of traders held a sit-in outside the ministry to protest the new tax."
    assert purpose_clause(_word(nlp, sentence, "protest"))
    assert "PROTEST" in _types(run(sentence))


@pytest.mark.slow
def test_the_act_a_decision_names_is_no_purpose(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not purpose_clause(_word(nlp, "Critics attacked the decision to withdraw the troops.", "withdraw"))


@pytest.mark.slow
def test_what_a_government_should_do_is_no_event(nlp, run) -> None:  # type: ignore[no-untyped-def]
    sentence = "The government should allow more refugees to settle in the north."
    assert advised_act(_word(nlp, sentence, "allow"), WORDS)
    assert run(sentence) == []


@pytest.mark.slow
def test_what_a_party_needs_to_do_is_no_event(run) -> None:  # type: ignore[no-untyped-def]
    assert run("We need to talk to our neighbours about the border.") == []


@pytest.mark.slow
def test_a_government_that_allowed_something_reports_it(nlp) -> None:  # type: ignore[no-untyped-def]
    sentence = "The government allowed more refugees to settle in the north."
    assert not advised_act(_word(nlp, sentence, "allowed"), WORDS)


@pytest.mark.slow
def test_a_condition_that_did_not_hold_is_no_event(nlp, run) -> None:  # type: ignore[no-untyped-def]
    sentence = "If the union had allowed it, the vote would have failed."
    assert unfulfilled_condition(_word(nlp, sentence, "allowed"), WORDS)
    assert run(sentence) == []


@pytest.mark.slow
def test_an_open_condition_is_no_counterfactual(nlp) -> None:  # type: ignore[no-untyped-def]
    sentence = "If the union allows it, the vote will fail."
    assert not unfulfilled_condition(_word(nlp, sentence, "allows"), WORDS)


@pytest.mark.slow
def test_the_aim_of_an_act_of_force_is_kept(run) -> None:  # type: ignore[no-untyped-def]
    assert "COERCE" in _types(run("Police fired tear gas to disperse the protesters in the capital."))


@pytest.mark.slow
def test_forces_kept_somewhere_to_fight_are_no_fight(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The ministry said it would keep a large force in the north to fight the insurgents.")
    assert not [e for e in events if e.trigger.root.lower_ == "fight"]


@pytest.mark.slow
def test_an_act_a_question_asks_about_is_no_event(run) -> None:  # type: ignore[no-untyped-def]
    assert run("Can the government accept such terms?") == []
    assert run("Who is going to attack an unarmed old man?") == []


@pytest.mark.slow
def test_a_question_why_takes_the_act_as_done(run) -> None:  # type: ignore[no-untyped-def]
    assert _types(run("Why did the army attack the village?")) == ["ASSAULT"]
