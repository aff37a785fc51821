"""Who did it to whom on hand-built parses: the verbal, nominal and headline readings of a trigger."""

from __future__ import annotations

from eventwire.extract.parties.find import find_parties
from eventwire.extract.parties.record import ArgumentCues
from tests.docs_builder import parsed, text, word

CUES = ArgumentCues(
    actors=frozenset({"gunman", "police", "army", "clan"}), light_verbs=frozenset(), people=frozenset({"farmer"})
)


def test_a_verb_is_done_by_its_subject_to_the_people_it_harms() -> None:
    doc = parsed("Gunmen shot two farmers and injured three others near the river on Friday.")
    parties = find_parties(word(doc, "shot"), "ASSAULT", None, CUES)
    assert text(parties.source) == "Gunmen"
    assert text(parties.target) == "farmers"


def test_people_who_are_no_party_are_no_target_of_a_verb() -> None:
    doc = parsed("Gunmen shot two farmers and injured three others near the river on Friday.")
    cues = ArgumentCues(actors=CUES.actors, light_verbs=frozenset())
    assert find_parties(word(doc, "shot"), "ASSAULT", None, cues).target is None


def test_an_attack_on_a_country_is_aimed_at_it() -> None:
    doc = parsed("Nigeria condemned the attack on Niger.")
    parties = find_parties(word(doc, "attack"), "ASSAULT", None, CUES)
    assert parties.source is None
    assert text(parties.target) == "Niger"


def test_condemning_an_attack_does_not_accuse_its_victim() -> None:
    doc = parsed("Nigeria condemned the attack on Niger.")
    parties = find_parties(word(doc, "condemned"), "ACCUSE", None, CUES)
    assert text(parties.source) == "Nigeria"
    assert parties.target is None
