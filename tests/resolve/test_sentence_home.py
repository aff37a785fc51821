"""The country a sentence's place names give an unnamed role noun, without the event's own parties (loads the
spaCy model and the whole coder; sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.lexicons.gazetteer.index import Gazetteer
from eventwire.model import Document
from eventwire.pipeline import Coder
from eventwire.resolve.home import sentence_country

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
