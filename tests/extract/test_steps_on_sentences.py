"""Switching a step off changes what it decides on real sentences, and nothing else (loads the spaCy model)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from eventwire.extract import extract_events
from eventwire.nlp import load_model

pytestmark = pytest.mark.slow

Parse = Callable[[str], Doc]


@pytest.fixture(scope="module")
def parse() -> Parse:
    return load_model()


def kinds(doc: Doc, *off: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.cameo) for e in extract_events(doc, frozenset(off))]


def test_two_sides_war_games_are_cooperation_unless_the_retyping_is_off(parse: Parse) -> None:
    doc = parse("Russia and Belarus held joint war games near the border.")
    assert ("COOPERATE", "062") in kinds(doc)
    assert ("COOPERATE", "062") not in kinds(doc, "retype.joint_exercise")


def test_sanctions_in_the_face_of_which_ministers_met_are_background_unless_that_veto_is_off(parse: Parse) -> None:
    doc = parse("In the face of Western sanctions, the ministers of Ruritania and Freedonia met in Geneva.")
    assert "SANCTION" not in [t for t, _ in kinds(doc)]
    assert "SANCTION" in [t for t, _ in kinds(doc, "veto.background")]


def test_coordinated_doers_are_each_others_partners_unless_coordination_is_off(parse: Parse) -> None:
    doc = parse("Kenya and Uganda held talks in Nairobi.")
    (found,) = [e for e in extract_events(doc) if e.type == "CONSULT"]
    (alone,) = [e for e in extract_events(doc, frozenset({"party_rule.coordination"})) if e.type == "CONSULT"]
    assert (found.target is not None, found.symmetric) == (True, True)
    assert (alone.target, alone.symmetric) == (None, False)
