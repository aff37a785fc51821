"""Parties of event nouns: a nominal -ing form takes its parties from the noun phrase."""

from __future__ import annotations

import pytest

from eventwire.extract.parties.nominal import doer_modifier, nominal_parties, nominal_source
from eventwire.extract.parties.record import ArgumentCues
from tests.docs_builder import parsed, text, word
from tests.extract.events import Run, of_type


@pytest.mark.hand_built
def test_nominal_ing_form_takes_noun_parties(run: Run) -> None:
    event = of_type(run("Fighting between rival clans left five dead."), "ASSAULT")[0]
    assert event.source is not None
    assert "clans" in event.source.text


CUES = ArgumentCues(actors=frozenset({"army", "police", "mayor", "clan"}), light_verbs=frozenset())
ARREST = "The army's arrest of the mayor angered the town."


def test_the_possessor_of_an_arrest_makes_it_and_the_of_phrase_suffers_it() -> None:
    parties = nominal_parties(word(parsed(ARREST), "arrest"), "COERCE", None, CUES)
    assert text(parties.source) == "army"
    assert text(parties.target) == "mayor"


def test_an_of_phrase_read_as_the_doer_gives_no_target() -> None:
    parties = nominal_parties(word(parsed(ARREST), "arrest"), "COERCE", "source", CUES)
    assert text(parties.source) == "army"
    assert parties.target is None


def test_the_possessor_is_the_source_of_the_noun() -> None:
    doc = parsed(ARREST)
    assert text(nominal_source(word(doc, "arrest"))) == "army"
    assert doer_modifier(word(doc, "arrest")) is None


def test_a_by_phrase_is_the_doer_and_a_possessive_pronoun_the_one_detained() -> None:
    parties = nominal_parties(
        word(parsed("His detention by police sparked a strike."), "detention"), "COERCE", "target", CUES
    )
    assert text(parties.source) == "police"
    assert text(parties.target) == "His"
