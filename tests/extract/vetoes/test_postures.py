"""Postures on hand-built parses: troops stationed somewhere are where they are, not a deployment."""

from __future__ import annotations

from eventwire.extract.vetoes.postures import standing_participle
from tests.docs_builder import parsed, word

POSTURES = frozenset({"station"})


def test_a_participle_describing_troops_is_a_posture() -> None:
    doc = parsed("About 2,000 US troops stationed in the region will leave.")
    assert standing_participle(word(doc, "stationed"), POSTURES)


def test_a_finite_verb_stationing_troops_is_no_posture() -> None:
    assert not standing_participle(word(parsed("The ministry stationed troops on the border."), "stationed"), POSTURES)


def test_only_posture_words_are_postures() -> None:
    doc = parsed("About 2,000 US troops stationed in the region will leave.")
    assert not standing_participle(word(doc, "stationed"), frozenset({"deploy"}))
