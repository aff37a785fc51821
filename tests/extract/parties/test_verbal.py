"""The parties of a verb on hand-built parses: subject and object, and a headline's coordinated verbs."""

from __future__ import annotations

from eventwire.extract.parties.targets import TargetCues
from eventwire.extract.parties.verbal import headline_parties, verb_object, verbal_parties
from tests.docs_builder import parsed, text, word

CUES = TargetCues(actors=frozenset({"gunman", "police"}), people=frozenset({"farmer", "reporter"}))


def test_the_subject_acts_on_the_object() -> None:
    doc = parsed("Gunmen shot two farmers and injured three others near the river on Friday.")
    parties = verbal_parties(word(doc, "shot"), "ASSAULT", CUES)
    assert text(parties.source) == "Gunmen"
    assert text(parties.target) == "farmers"


def test_the_object_of_a_verb() -> None:
    doc = parsed("Gunmen shot two farmers and injured three others near the river on Friday.")
    assert text(verb_object(word(doc, "shot"), "ASSAULT", CUES)) == "farmers"


def test_a_headline_noun_root_is_done_by_its_compound() -> None:
    doc = parsed("Police assault and arrest a reporter in Lodwar.")
    assert text(headline_parties(word(doc, "assault"), "ASSAULT", CUES).source) == "Police"
