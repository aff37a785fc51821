"""The resolver's optional party rules are named steps, run in a fixed order, each of which can be switched off
(loads the spaCy model for the last tests; sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from eventwire.extract.raw import RawEvent
from eventwire.model import Document, Event
from eventwire.resolve import STEPS, UNIDENTIFIED, Resolver

Code = Callable[..., Event]


def test_the_party_steps_run_in_their_order() -> None:
    assert [step.name for step in STEPS.of_kind("party")] == [
        "party.counted_victims",
        "party.named_agent",
        "party.blamed_group",
        "party.implicit_source",
        "party.implicit_target",
        "party.denied_accuser",
        "party.carried_target",
        "party.acting_state",
    ]


def test_a_disabled_step_is_left_out() -> None:
    names = [step.name for step in STEPS.of_kind("party", frozenset({"party.blamed_group"}))]
    assert "party.blamed_group" not in names


def test_the_resolver_keeps_only_its_own_step_names() -> None:
    assert Resolver(disabled=frozenset({"veto.some_step", "party.named_agent"})).disabled == {"party.named_agent"}


@pytest.fixture(scope="module")
def code(nlp: Language, raw_event: Callable[..., RawEvent]) -> Code:
    def _code(text: str, trigger: str, kind: str, *, disabled: frozenset[str] = frozenset(), **parties: str) -> Event:
        doc = nlp(text)
        (event,) = Resolver(disabled).resolve(doc, [raw_event(doc, trigger, kind, **parties)], Document("t", text))
        return event

    return _code


@pytest.mark.slow
def test_without_the_implicit_source_an_agentless_killing_has_no_source(code: Code) -> None:
    text = "Two people were killed in Garsen on Monday."
    event = code(text, "killed", "ASSAULT", target="Two people", disabled=frozenset({"party.implicit_source"}))
    assert event.source is None


@pytest.mark.slow
def test_with_the_implicit_source_the_same_killing_has_an_unidentified_one(code: Code) -> None:
    event = code("Two people were killed in Garsen on Monday.", "killed", "ASSAULT", target="Two people")
    assert event.source is not None
    assert event.source.name == UNIDENTIFIED


@pytest.mark.slow
def test_without_counted_victims_a_count_keeps_no_sector(code: Code) -> None:
    text = "Gunmen killed 4 in Lamu County on Sunday."
    event = code(text, "killed", "ASSAULT", source="Gunmen", target="4", disabled=frozenset({"party.counted_victims"}))
    assert event.target is not None
    assert event.target.sector is None


@pytest.mark.slow
def test_without_the_named_agent_the_attacker_in_a_by_phrase_is_not_the_source(code: Code) -> None:
    text = "Three traders were killed in Gao in an attack by Boko Haram fighters."
    event = code(text, "killed", "ASSAULT", target="Three traders", disabled=frozenset({"party.named_agent"}))
    assert event.source is not None
    assert event.source.text != "Boko Haram fighters"


@pytest.mark.slow
def test_without_the_blamed_group_a_suspected_group_is_not_the_source(code: Code) -> None:
    text = "Two traders were killed on Monday when a bomb went off in Mandera. Authorities suspect al Shabaab."
    event = code(text, "killed", "ASSAULT", target="Two traders", disabled=frozenset({"party.blamed_group"}))
    assert event.source is not None
    assert event.source.name == UNIDENTIFIED


@pytest.mark.slow
def test_without_the_implicit_target_a_protest_aimed_at_no_one_has_no_target(code: Code) -> None:
    text = "Thousands demonstrated in Belgrade on Sunday."
    disabled = frozenset({"party.implicit_target"})
    event = code(text, "demonstrated", "PROTEST", source="Thousands", disabled=disabled)
    assert event.target is None
