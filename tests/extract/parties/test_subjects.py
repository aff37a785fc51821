"""The doer of a verb on hand-built parses: its subject, a passive agent, or a subject it inherits."""

from __future__ import annotations

from eventwire.extract.parties.subjects import headline_doer, passive_conjunct, passive_subject, subject_of
from tests.docs_builder import parsed, text, word

HAWKER = "A hawker was shot and wounded by a police officer in Ruritania on Monday."


def test_the_agent_of_a_passive_does_both_coordinated_verbs() -> None:
    doc = parsed(HAWKER)
    assert text(subject_of(word(doc, "shot"))) == "officer"
    assert text(subject_of(word(doc, "wounded"))) == "officer"


def test_a_passive_acts_on_its_subject() -> None:
    assert text(passive_subject(word(parsed(HAWKER), "shot"))) == "hawker"


def test_a_participle_coordinated_with_a_passive_shares_it() -> None:
    doc = parsed(HAWKER)
    assert passive_conjunct(word(doc, "wounded"))
    assert not passive_conjunct(word(doc, "shot"))


def test_the_party_called_on_to_act_does_it() -> None:
    doc = parsed("Morocco called on Algeria to reopen the border.")
    assert text(subject_of(word(doc, "reopen"))) == "Algeria"
    assert text(subject_of(word(doc, "called"))) == "Morocco"


def test_the_subject_of_a_readiness_adjective_does_what_it_is_ready_for() -> None:
    doc = parsed("Portugal is ready to contribute engineers to the new mission, its defence minister said.")
    assert text(subject_of(word(doc, "contribute"))) == "Portugal"


def test_coordinated_verbs_share_the_subject() -> None:
    doc = parsed("The gunmen arrived in two cars, entered the hotel and took the guests hostage.")
    assert text(subject_of(word(doc, "entered"))) == "gunmen"
    assert text(subject_of(word(doc, "took"))) == "gunmen"


def test_a_headline_verb_read_as_a_noun_is_done_by_its_compound() -> None:
    doc = parsed("Police assault and arrest a reporter in Lodwar.")
    assert headline_doer(word(doc, "assault")).text == "Police"
    assert text(subject_of(word(doc, "arrest"))) == "Police"
