"""Attribution on hand-built parses: the speaker a claim is reported from, kept apart from the event's parties."""

from __future__ import annotations

from eventwire.extract.parties.attribution import find_attribution
from tests.docs_builder import parsed, text, word

SAY = frozenset({"say"})


def test_a_speech_verb_after_the_clause_names_the_speaker() -> None:
    doc = parsed("Portugal is ready to contribute engineers to the new mission, its defence minister said.")
    assert text(find_attribution(word(doc, "contribute"), SAY)) == "its defence minister"


def test_a_trailing_reporting_clause_attributes_every_event_of_the_sentence() -> None:
    doc = parsed(
        "At least nine people were killed after a gunman attacked a bank in the Pakistani city of Quetta, police said."
    )
    assert text(find_attribution(word(doc, "attacked"), SAY)) == "police"
    assert text(find_attribution(word(doc, "killed"), SAY)) == "police"


def test_no_speech_verb_no_attribution() -> None:
    doc = parsed("Gunmen shot two farmers and injured three others near the river on Friday.")
    assert find_attribution(word(doc, "shot"), SAY) is None


def test_only_the_given_speech_verbs_report() -> None:
    doc = parsed("Portugal is ready to contribute engineers to the new mission, its defence minister said.")
    assert find_attribution(word(doc, "contribute"), frozenset({"announce"})) is None
