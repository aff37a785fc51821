"""The coder's two options, applied in one place: steps switched off by name, and the confidence threshold, for
every way of coding (``Coder``, ``code_text``, the spaCy component)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire import code_text
from eventwire.extract import STEPS
from eventwire.extract.raw import RawEvent
from eventwire.model import Document
from eventwire.pipeline import COMPONENT, Coder, EventCoder, default_min_confidence, step_registries
from eventwire.resolve import STEPS as RESOLVE_STEPS
from eventwire.settings import SETTINGS
from eventwire.steps import UnknownStep

TEXT = "Police arrested dozens of protesters in Nairobi. The talks in Geneva ended."


def test_extraction_and_resolution_steps_can_be_switched_off() -> None:
    assert step_registries() == (STEPS, RESOLVE_STEPS)


def test_an_unknown_step_is_refused_listing_the_known_ones() -> None:
    with pytest.raises(UnknownStep) as caught:
        Coder(spacy.blank("en"), disable=["veto.no_such_rule"])
    message = str(caught.value)
    assert "unknown step(s) veto.no_such_rule" in message
    assert "veto.background" in message


def test_the_default_threshold_is_the_setting() -> None:
    assert default_min_confidence() == SETTINGS["min_confidence"].default


def two_confidences(doc: Doc, disabled: frozenset[str] = frozenset()) -> list[RawEvent]:
    """A stand-in extractor: an unsure and a sure event in the first sentence."""
    sent = next(iter(doc.sents))
    trigger = doc[sent.root.i : sent.root.i + 1]
    return [RawEvent("COERCE", trigger, sent, confidence=0.3), RawEvent("COERCE", trigger, sent, confidence=0.9)]


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("eventwire.pipeline.extract_events", two_confidences)


@pytest.mark.slow
@pytest.mark.usefixtures("stand_in")
def test_code_text_drops_events_below_the_setting() -> None:
    assert [e.confidence for e in code_text(TEXT)] == [0.9]


@pytest.mark.slow
@pytest.mark.usefixtures("stand_in")
def test_a_coder_keeps_what_its_threshold_allows() -> None:
    document = Document(id="d", text=TEXT)
    assert [e.confidence for e in Coder(min_confidence=0.0).code(document)] == [0.3, 0.9]
    assert [e.confidence for r in Coder(min_confidence=0.95).code_many([document]) for e in r.events] == []


@pytest.mark.slow
def test_the_component_takes_its_options_from_the_pipeline_config() -> None:
    from eventwire.nlp import load_model

    nlp = load_model()
    component = nlp.add_pipe(COMPONENT, config={"disable": ["veto.background"], "min_confidence": 0.0})
    try:
        assert isinstance(component, EventCoder)
        assert (component.disabled, component.min_confidence) == (frozenset({"veto.background"}), 0.0)
    finally:
        nlp.remove_pipe(COMPONENT)


@pytest.mark.slow
def test_a_resolution_step_is_passed_to_the_resolver() -> None:
    coder = Coder(disable=["party.implicit_source", "veto.background"])
    assert coder.component.resolver.disabled == frozenset({"party.implicit_source"})
    assert coder.disabled == frozenset({"party.implicit_source", "veto.background"})


@pytest.mark.slow
def test_a_switched_off_step_changes_the_coded_events() -> None:
    document = Document(id="d", text="Ruritania and Freedonia held joint war games near the border.")
    coder = Coder(min_confidence=0.0)
    without = Coder(coder.nlp, disable=["retype.joint_exercise"], min_confidence=0.0)
    assert "COOPERATE" in [e.type for e in coder.code(document)]
    assert "COOPERATE" not in [e.type for e in without.code(document)]
