"""A group pronoun in a reported clause stands for the subject of the reporting verb (loads the spaCy model;
sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.model import Actor
from eventwire.resolve.actors import ActorResolver

pytestmark = pytest.mark.slow

RESOLVER = ActorResolver()


def pronoun_in(nlp: Language, text: str, pronoun: str) -> Actor:
    doc = nlp(text)
    token = next(t for t in doc if t.text == pronoun)
    return RESOLVER.for_document(doc, None).resolve(doc[token.i : token.i + 1])


@pytest.mark.parametrize(
    ("text", "pronoun", "country", "sector"),
    [
        ("The Chilean truckers said they would block the highways from Monday.", "they", "CHL", "LAB"),
        ("Peru's new government announced that it would free the hostages.", "it", "PER", "GOV"),
        ("Nepalese rebel leaders said on Friday they were ready for talks.", "they", "NPL", "REB"),
    ],
)
def test_a_pronoun_reported_by_a_group_is_that_group(
    nlp: Language, text: str, pronoun: str, country: str, sector: str
) -> None:
    actor = pronoun_in(nlp, text, pronoun)
    assert (actor.country, actor.sector) == (country, sector)


def test_a_pronoun_reported_by_a_person_is_not_that_person(nlp: Language) -> None:
    actor = pronoun_in(nlp, "The Chilean minister said they would be arrested.", "they")
    assert actor.sector != "GOV"


def test_a_pronoun_opening_a_sentence_is_the_group_subject_before_it(nlp: Language) -> None:
    text = "The police searched the market for the stolen goods. They beat two traders."
    actor = pronoun_in(nlp, text, "They")
    assert actor.sector == "COP"


def test_a_pronoun_after_a_person_subject_stays_unresolved(nlp: Language) -> None:
    actor = pronoun_in(nlp, "The governor toured the market. They cheered him loudly.", "They")
    assert actor.sector is None


def test_a_reported_pronoun_takes_the_country_its_reporters_are_loyal_to(nlp: Language) -> None:
    text = "Fighters loyal to the Ugandan army said they had captured the town."
    doc = nlp(text)
    actors = RESOLVER.for_document(doc, None)
    start = text.index("they")
    span = doc.char_span(start, start + len("they"))
    assert span is not None
    assert actors.resolve(span).country == "UGA"
