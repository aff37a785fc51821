"""Derived events and the second lexicon pass: refusals, conditional promises, readiness, obligations,
light-verb trigger spans and lexicon phrasings (loads the spaCy model)."""

from __future__ import annotations

import pytest

from eventwire.extract import RawEvent
from eventwire.extract.derived.stated import stated_readiness
from eventwire.lexicons.cues import load_cues
from tests.docs_builder import parsed, text
from tests.extract.events import Run


def _types(events: list[RawEvent]) -> set[str]:
    return {e.type for e in events}


def _one(events: list[RawEvent], event_type: str) -> RawEvent:
    found = [e for e in events if e.type == event_type]
    assert found, f"no {event_type} in {[(e.type, e.trigger.text) for e in events]}"
    return found[0]


@pytest.mark.hand_built
def test_declined_step_is_a_rejection(run: Run) -> None:
    event = _one(run("The finance minister of Peru declined to resign on Monday."), "REJECT")
    assert event.source is not None
    assert "minister" in event.source.text


@pytest.mark.hand_built
def test_future_refusal_is_a_rejection(run: Run) -> None:
    assert "REJECT" in _types(run("Chile said it will not accept the new border demands from Bolivia."))


@pytest.mark.hand_built
def test_mere_absence_is_not_a_rejection(run: Run) -> None:
    assert "REJECT" not in _types(run("Norway did not meet Sweden last year."))


@pytest.mark.hand_built
def test_conditional_promise_is_a_threat(run: Run) -> None:
    events = run("Ghana announced that it will withdraw its soldiers from Mali unless the junta holds elections.")
    assert "THREATEN" in _types(events)
    assert "AGREE" not in _types(events)


@pytest.mark.hand_built
def test_stated_readiness_is_agree(run: Run) -> None:
    event = _one(
        run("Portugal is ready to contribute engineers to the new mission, its defence minister said."), "AGREE"
    )
    assert event.source is not None
    assert event.source.text == "Portugal"


def test_said_they_would_boycott_is_a_threat(run: Run) -> None:
    assert "THREATEN" in _types(run("Opposition leaders in Togo said they would boycott the parliamentary vote."))


def test_must_clause_in_reported_speech_is_a_request(run: Run) -> None:
    event = _one(run("The Canadian foreign minister said Ethiopia must reach an agreement with the rebels."), "REQUEST")
    assert event.target is not None
    assert event.target.text == "Ethiopia"


def test_forecast_with_should_is_not_a_request(run: Run) -> None:
    assert "REQUEST" not in _types(run("The company said its quarterly profit should rise by ten percent."))


def test_light_verb_joins_the_trigger(run: Run) -> None:
    event = _one(run("The rebels launched a new offensive near the northern town on Friday."), "ASSAULT")
    assert event.trigger.text.startswith("launched")
    assert event.source is not None
    assert event.source.text == "The rebels"


def test_rejected_proposal_targets_its_owner(run: Run) -> None:
    event = _one(run("Armenia rejected Azerbaijan's proposal for a new corridor."), "REJECT")
    assert event.target is not None
    assert event.target.text.startswith("Azerbaijan")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The government of Chad lifted the curfew in the capital on Sunday.", "CONCEDE"),
        ("The teachers' union called off its planned strike after talks with the ministry.", "CONCEDE"),
        ("The United States lifted sanctions on the Venezuelan oil company.", "RETREAT"),
        ("Police in Dhaka broke up a demonstration by garment workers.", "COERCE"),
        ("The army bulldozed dozens of homes in the village.", "COERCE"),
        ("Estonia has strengthened its forces along the border with Russia.", "MOBILIZE"),
        ("Iraq expelled the weapons inspectors from the country.", "SANCTION"),
        ("Angry farmers staged rallies in the capital against the new tax.", "PROTEST"),
        ("The Arab League envoy launched a mediation effort between the two factions.", "CONSULT"),
        ("Congress upgraded diplomatic ties with Vietnam.", "SUPPORT"),
        ("Armenia rejected Azerbaijan's demand to open a corridor.", "REJECT"),
        ("The mayor reneged on his promise to hold a referendum.", "REJECT"),
        ("Militiamen gunned down three villagers near the market.", "ASSAULT"),
    ],
)
def test_phrasings_from_the_lexicon(run: Run, text: str, event_type: str) -> None:
    events = run(text)
    assert event_type in _types(events), [(e.type, e.trigger.text) for e in events]


def test_president_and_party_leader_title_resolves_to_the_name(run: Run) -> None:
    text = "President of Kenya and leader of the ruling party William Ruto will visit Uganda next month."
    event = _one(run(text), "CONSULT")
    assert event.source is not None
    assert "Ruto" in event.source.text
    assert event.target is not None
    assert event.target.text == "Uganda"


@pytest.mark.parametrize(
    ("text", "source", "cameo"),
    [
        ("Norway is ready to send troops to the peacekeeping mission in Mali.", "Norway", "033"),
        ("Peru says it is willing to withdraw its soldiers from the disputed valley.", "it", "035"),
    ],
)
def test_readiness_adjective_gives_its_subject_and_an_agree(run: Run, text: str, source: str, cameo: str) -> None:
    events = run(text)
    agree = [e for e in events if e.type == "AGREE"]
    assert agree
    assert agree[0].cameo == cameo
    assert agree[0].source is not None
    assert agree[0].source.text == source


def test_readiness_to_use_force_is_a_threat(run: Run) -> None:
    events = run("The cabinet announced that it is prepared to impose a curfew on the northern towns.")
    assert any(e.type == "THREATEN" and e.source is not None for e in events)


def test_stated_readiness_is_an_agreement_of_the_ready() -> None:
    doc = parsed("Portugal is ready to contribute engineers to the new mission, its defence minister said.")
    (agree,) = stated_readiness(next(doc.sents), load_cues(), frozenset())
    assert (agree.type, agree.cameo, agree.trigger.text) == ("AGREE", "030", "ready")
    assert text(agree.source) == "Portugal"


def test_a_step_ruled_out_with_a_refusal_modal_is_a_rejection(run: Run) -> None:
    events = run("Chile said it will not accept the new border demands from Bolivia.")
    assert ("REJECT", "120") in [(e.type, e.cameo) for e in events]


def test_a_step_merely_not_taken_is_no_rejection(run: Run) -> None:
    events = run("Chile has not yet accepted the new border demands from Bolivia.")
    assert "REJECT" not in _types(events)


def test_a_plan_the_writer_names_is_no_stated_intent(run: Run) -> None:
    events = run("Ecuador's president said last week that talks would cover the planned withdrawal of Peruvian troops.")
    assert "AGREE" not in _types(events)
    assert [e.status for e in events if e.type == "RETREAT"] == ["planned"]
