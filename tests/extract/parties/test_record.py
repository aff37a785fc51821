"""The record of who did an event to whom: actor phrases that never hold the trigger, and the cues for targets."""

from __future__ import annotations

from eventwire.extract.parties.record import ArgumentCues, Parties
from tests.docs_builder import parsed, text, word


def test_the_parties_are_read_as_whole_actor_phrases() -> None:
    doc = parsed("The Chilean foreign minister arrived in Lima on Tuesday.")
    source, target = Parties(source=word(doc, "minister"), target=word(doc, "Lima")).spans(word(doc, "arrived"))
    assert text(source) == "The Chilean foreign minister"
    assert text(target) == "Lima"


def test_a_party_phrase_holding_the_trigger_leaves_it_out() -> None:
    doc = parsed("Herdsmen from the hills attack farmers in the valley")
    trigger = word(doc, "attack")
    source, _ = Parties(source=word(doc, "Herdsmen")).spans(trigger)
    assert source is not None
    assert trigger not in source


def test_a_missing_party_has_no_phrase() -> None:
    doc = parsed("Two men were beaten on Monday.")
    assert Parties().spans(word(doc, "beaten")) == (None, None)


def test_the_target_cues_are_the_argument_cues_of_parties() -> None:
    cues = ArgumentCues(actors=frozenset({"police"}), light_verbs=frozenset({"carry"}), people=frozenset({"villager"}))
    assert cues.targets.actors == frozenset({"police"})
    assert cues.targets.people == frozenset({"villager"})
