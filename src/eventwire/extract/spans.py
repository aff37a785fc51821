"""The words of a trigger: the matched lexicon words plus the verb that states the event took place.

A nominal trigger takes along its light verb ("launched an offensive"), the occurrence verb it is the subject of
("the clashes broke out", "the offensive began") and a claim of responsibility ("claimed responsibility for the
bombing"), so the evidence names the action.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.extract.tree import lemma

NOUNS = ("NOUN", "PROPN")
MAX_WIDTH = 6  # a wider span would mostly hold words of other phrases
CLAIM_VERBS = frozenset({"claim", "admit", "accept"})


def trigger_span(token: Token, extra: list[Token], light_verbs: frozenset[str], occurrence: frozenset[str]) -> Span:
    """The trigger words of ``token`` and its extra words, with the verb that carries a nominal trigger."""
    ids = [token.i, *(t.i for t in extra)]
    verb = carrier(token, light_verbs, occurrence) if token.pos_ in NOUNS else None
    doc = token.doc
    if verb is not None and max(abs(verb.i - i) for i in ids) <= MAX_WIDTH:
        ids.append(verb.i)
    return doc[min(ids) : max(ids) + 1] if max(ids) - min(ids) <= MAX_WIDTH else doc[token.i : token.i + 1]


def carrier(noun: Token, light_verbs: frozenset[str], occurrence: frozenset[str]) -> Token | None:
    """The verb that says the nominal event happened: a light verb, an occurrence verb or a claim of it."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and lemma(head) in light_verbs:
        return head
    if noun.dep_ in ("nsubj", "nsubjpass") and lemma(head) in occurrence:
        return head
    return claim_verb(noun)


def claim_verb(noun: Token) -> Token | None:
    """ "X claimed responsibility for the bombing": the verb of the claim."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or lemma(prep.head) != "responsibility":
        return None
    verb = prep.head.head
    return verb if lemma(verb) in CLAIM_VERBS and prep.head.dep_ == "dobj" else None
