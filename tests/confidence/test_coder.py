"""The coder's confidence: the rules' score cuts at ``min_rule_score``, then the calibrated probability, on which
``min_confidence`` acts."""

from __future__ import annotations

import pytest

from eventwire.lexicons.calibration import load_calibration
from eventwire.model import Document
from eventwire.pipeline import Coder
from eventwire.settings import SETTINGS

pytestmark = pytest.mark.slow  # runs the spaCy model

TEXT = (
    "Ruritanian troops shelled the border town of Kolvo on Monday, killing four civilians. "
    "The foreign minister of Freedonia condemned the attack and demanded talks."
)


@pytest.fixture(scope="module")
def raw_coder() -> Coder:
    return Coder(min_confidence=0.0, calibrated=False)


def test_events_carry_the_calibrated_probability_of_their_rules_score(raw_coder: Coder) -> None:
    document = Document(id="d", text=TEXT)
    raw = raw_coder.code(document)
    calibrated = Coder(raw_coder.nlp, min_confidence=0.0).code(document)
    assert raw, "the rules should find events in this text"
    assert [e.id for e in calibrated] == [e.id for e in raw]
    expected = load_calibration().apply(raw, len(TEXT))
    assert [e.confidence for e in calibrated] == [e.confidence for e in expected]
    assert [e.confidence for e in calibrated] != [e.confidence for e in raw]


def test_the_rules_score_cut_comes_before_calibration(raw_coder: Coder) -> None:
    floor = float(SETTINGS["min_rule_score"].default)
    assert all(e.confidence >= floor for e in raw_coder.code(Document(id="d", text=TEXT)))


def test_min_confidence_acts_on_the_calibrated_confidence(raw_coder: Coder) -> None:
    document = Document(id="d", text=TEXT)
    every = Coder(raw_coder.nlp, min_confidence=0.0).code(document)
    middle = sorted(e.confidence for e in every)[len(every) // 2]
    kept = Coder(raw_coder.nlp, min_confidence=middle).code(document)
    assert [e.id for e in kept] == [e.id for e in every if e.confidence >= middle]
    assert 0 < len(kept) <= len(every)
