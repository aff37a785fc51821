"""Unit tests of ``extract.confidence`` on hand-built parses: what raises and lowers an event's confidence, its
bounds, and which event nouns are what their sentence reports."""

from __future__ import annotations

from eventwire.extract.confidence import BACKGROUND_PREPS, confidence, reported
from eventwire.extract.parties.record import Parties
from tests.docs_builder import parsed, word
from tests.extract.candidates import candidate

VISIT = "The Iranian foreign minister will visit Turkey next week."
AFTER = "Oil prices fell sharply after the announcement."
ATTACKS = "Attacks on nurses are attacks on all of us."
HEADLINE = "Clashes in the capital after the vote"
DIED = "The prisoner died of torture in the jail."


def test_a_verbal_trigger_with_no_parties_adds_a_little_to_its_entrys_reliability() -> None:
    assert confidence(candidate(parsed(VISIT), "visit", "CONSULT", reliability=0.5), Parties()) == 0.55


def test_a_found_doer_raises_the_confidence() -> None:
    doc = parsed(VISIT)
    parties = Parties(source=word(doc, "minister"))
    assert confidence(candidate(doc, "visit", "CONSULT", reliability=0.5), parties) == 0.65


def test_a_found_target_raises_it_less_than_a_doer() -> None:
    doc = parsed(VISIT)
    parties = Parties(target=word(doc, "Turkey"))
    assert confidence(candidate(doc, "visit", "CONSULT", reliability=0.5), parties) == 0.6


def test_a_bare_noun_after_a_background_preposition_loses_most() -> None:
    assert confidence(candidate(parsed(AFTER), "announcement", "DISAPPROVE", reliability=0.5), Parties()) == 0.25


def test_a_noun_the_sentence_reports_keeps_its_reliability_and_gains() -> None:
    cand = candidate(parsed(ATTACKS), "Attacks", "ASSAULT", reliability=0.5)
    assert confidence(cand, Parties(), reported=True) == 0.6


def test_the_confidence_is_at_most_099() -> None:
    doc = parsed(VISIT)
    parties = Parties(source=word(doc, "minister"), target=word(doc, "Turkey"))
    assert confidence(candidate(doc, "visit", "CONSULT", reliability=0.95), parties) == 0.99


def test_the_confidence_is_at_least_005() -> None:
    assert confidence(candidate(parsed(AFTER), "announcement", "DISAPPROVE", reliability=0.1), Parties()) == 0.05


def test_time_prepositions_are_background() -> None:
    assert {"after", "amid", "during"} <= BACKGROUND_PREPS


def test_the_subject_of_an_occurrence_verb_is_reported() -> None:
    assert reported(word(parsed(ATTACKS), "Attacks"), frozenset({"be"}))


def test_the_subject_of_another_verb_is_not_reported() -> None:
    assert not reported(word(parsed(ATTACKS), "Attacks"), frozenset({"erupt"}))


def test_a_noun_heading_its_sentence_is_reported() -> None:
    assert reported(word(parsed(HEADLINE), "Clashes"), frozenset())


def test_what_a_death_came_from_is_reported() -> None:
    assert reported(word(parsed(DIED), "torture"), frozenset())


def test_a_noun_after_a_time_preposition_is_not_reported() -> None:
    assert not reported(word(parsed(AFTER), "announcement"), frozenset({"fall"}))


def test_a_verb_is_never_a_reported_noun() -> None:
    assert not reported(word(parsed(VISIT), "visit"), frozenset({"visit"}))
