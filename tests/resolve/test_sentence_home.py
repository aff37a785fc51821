"""The country a sentence's place names give an unnamed role noun, without the event's own parties (loads the
spaCy model and the whole coder; sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.lexicons.gazetteer.index import Gazetteer
from eventwire.model import Document
from eventwire.pipeline import Coder
from eventwire.resolve.home import Homes, sentence_country

pytestmark = pytest.mark.slow

BEFORE = (
    "Markets were calm on Monday. Traders waited for the figures. Prices rose slightly in early trading. "
    "Analysts expected little change. The figures are due on Friday. Volumes were thin. "
)


def test_a_country_named_as_a_party_has_no_vote(nlp: Language, gazetteer: Gazetteer) -> None:
    sentence = next(iter(nlp("The ministry accused the United States of hiding the figures.").sents))
    party = sentence[3:6]
    assert party.text == "the United States"
    assert sentence_country(sentence, gazetteer) == "USA"
    assert sentence_country(sentence, gazetteer, (party,)) is None


def test_a_place_beside_the_parties_still_votes(nlp: Language, gazetteer: Gazetteer) -> None:
    sentence = next(iter(nlp("Police arrested the farmers in Kisumu.").sents))
    assert sentence_country(sentence, gazetteer, (sentence[0:1], sentence[2:4])) == "KEN"


def test_an_unnamed_ministry_does_not_take_the_country_it_accuses(nlp: Language) -> None:
    text = BEFORE + "The ministry accused the United States of provoking the conflict."
    events = [e for e in Coder(nlp).code(Document(id="t", text=text)) if e.type == "ACCUSE"]
    assert events
    assert events[0].target is not None and events[0].target.country == "USA"
    assert events[0].source is not None and events[0].source.country is None


def test_a_place_in_the_clause_of_another_verb_has_no_vote(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "The president insists the soldiers will quit Afghanistan, while parliament argues that they should remain."
    sentence = next(iter(nlp(text).sents))
    remain = next(token for token in sentence if token.text == "remain")
    assert sentence_country(sentence, gazetteer) == "AFG"
    assert sentence_country(sentence, gazetteer, (), sentence[remain.i : remain.i + 1]) is None


def test_a_place_in_the_trigger_s_own_clause_still_votes(nlp: Language, gazetteer: Gazetteer) -> None:
    sentence = next(iter(nlp("The governor said police had detained four students in Kisumu.").sents))
    detained = next(token for token in sentence if token.text == "detained")
    assert sentence_country(sentence, gazetteer, (), sentence[detained.i : detained.i + 1]) == "KEN"


def test_a_people_of_several_countries_picks_from_the_whole_sentence() -> None:
    assert Homes(wider="TUR").among(("IRQ", "TUR", "SYR")) == "TUR"
    assert Homes(sentence=None, wider="TUR").of() is None
