"""What an actor's words say about its country comes back with the actor, as a value: resolving one phrase does
not change what another resolves to (loads the spaCy model; sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.resolve.actors.document import ActorFacts, ActorResolver

pytestmark = pytest.mark.slow

RESOLVER = ActorResolver()


def _span(doc: Doc, words: str) -> Span:
    start = doc.text.index(words)
    span = doc.char_span(start, start + len(words))
    assert span is not None
    return span


def test_a_bloc_phrase_comes_back_countryless(nlp: Language) -> None:
    doc = nlp("Western leaders met police in Nairobi.")
    assert RESOLVER.for_document(doc, None).identify(_span(doc, "Western leaders")).facts.countryless


def test_a_bare_role_noun_comes_back_unqualified(nlp: Language) -> None:
    doc = nlp("Western leaders met police in Nairobi.")
    assert RESOLVER.for_document(doc, None).identify(_span(doc, "police")).facts == ActorFacts(unqualified=True)


def test_a_country_of_origin_comes_back_with_the_actor(nlp: Language) -> None:
    doc = nlp("Raiders from Ethiopia stole two hundred goats near the border.")
    found = RESOLVER.for_document(doc, None).identify(_span(doc, "Raiders"))
    assert (found.actor.country, found.facts.from_origin) == ("ETH", True)


def test_resolving_one_phrase_first_does_not_change_another(nlp: Language) -> None:
    doc = nlp("Raiders from Ethiopia attacked herders near Lokichogio, and police arrested two of them.")
    alone = RESOLVER.for_document(doc, None).identify(_span(doc, "police"))
    actors = RESOLVER.for_document(doc, None)
    actors.identify(_span(doc, "Raiders"))
    assert actors.identify(_span(doc, "police")) == alone
