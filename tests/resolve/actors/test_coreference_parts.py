"""The parts of in-article coreference, one at a time: which clause reports a pronoun, which subject governs it,
who speaks a quotation, surnames, the knowledge base's names and armed movements in power (sentences written for
these tests)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from eventwire.lexicons.actors import Lexicon
from eventwire.lexicons.actors.rulers import ruling
from eventwire.resolve.actors.antecedents import family_first, surname
from eventwire.resolve.actors.coreference import governing_subjects, quote_speaker, reporting_subject
from eventwire.resolve.actors.known import KnownActors, candidate_names


def test_a_surname_drops_a_joined_arabic_article() -> None:
    assert surname("Nasr al-Hariri") == "hariri"


def test_a_plain_surname_is_the_last_word() -> None:
    assert surname("Theresa May") == "may"


def test_a_family_name_may_be_written_first() -> None:
    assert family_first("Tan Wei Ming", "Tan")
    assert not family_first("Tan Wei Ming", "Ming")
    assert not family_first("Tan", "Tan")


def test_candidate_names_are_the_capitalised_stretches_longest_first() -> None:
    text = "the envoy Staffan de Mistura met him"
    found = [text[start:end] for start, end in candidate_names(text)]
    assert found[0] == "Staffan de Mistura"


def test_the_knowledge_base_knows_a_head_of_state_in_office() -> None:
    hit = KnownActors(Lexicon()).person("President Emmanuel Macron", date(2019, 3, 1))
    assert hit is not None
    assert hit.value.roles[0].country == "FRA"


def test_a_role_noun_is_not_looked_up_as_a_name() -> None:
    assert KnownActors(Lexicon()).person("Police", date(2019, 3, 1)) is None


def test_an_armed_movement_rules_only_while_in_power() -> None:
    assert ruling("Taliban", date(1999, 1, 1)) is not None
    assert ruling("Taliban", date(2010, 1, 1)) is None


@pytest.mark.slow
def test_a_pronoun_in_a_reported_clause_has_the_reporter_as_reporting_subject(nlp: Language) -> None:
    doc = nlp("The minister said he would resign on Friday.")
    he = next(t for t in doc if t.text == "he")
    subject = reporting_subject(he)
    assert subject is not None
    assert subject.text == "minister"


@pytest.mark.slow
def test_a_pronoun_in_a_concessive_clause_is_governed_by_the_main_subject(nlp: Language) -> None:
    doc = nlp("The general signed the truce, although he had promised to fight on.")
    he = next(t for t in doc if t.text == "he")
    assert [t.text for t in governing_subjects(he)] == ["general"]


@pytest.mark.slow
def test_the_speaker_of_a_quotation_is_the_subject_of_its_speech_verb(nlp: Language) -> None:
    doc = nlp('"We will bomb their camps," the commander told reporters.')
    we = next(t for t in doc if t.text == "We")
    speaker = quote_speaker(we)
    assert speaker is not None
    assert speaker.text == "commander"
