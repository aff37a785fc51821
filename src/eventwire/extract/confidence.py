"""The confidence of an event: its lexicon entry's reliability, raised by found parties, verbal triggers and nouns
that are what their sentence reports, lowered for bare background nouns; clipped to [0.05, 0.99]."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.parties.record import Parties
from eventwire.extract.tree import NOUN_POS, lemma
from eventwire.extract.triggers.candidates import Candidate

# a nominal trigger in a time phrase is background ("before the invasion", "during the negotiations")
BACKGROUND_PREPS = frozenset({"before", "after", "since", "during", "following", "amid", "despite", "of", "until"})


def confidence(cand: Candidate, parties: Parties, reported: bool = False) -> float:
    """Lexicon reliability, raised by found parties, verbal triggers and nouns that are what the sentence
    reports, lowered for bare background nouns."""
    score = cand.entry.reliability + (0.1 if reported else 0.0)
    score += 0.1 if parties.source is not None else 0.0
    score += 0.05 if parties.target is not None else 0.0
    score += 0.05 if cand.extra else 0.0
    token = cand.token
    if token.pos_ in NOUN_POS:
        if parties.source is None and parties.target is None and not reported:
            score -= 0.1
        if token.dep_ == "pobj" and token.head.lower_ in BACKGROUND_PREPS:
            score -= 0.15
    else:
        score += 0.05
    return round(min(max(score, 0.05), 0.99), 2)


def reported(token: Token, occurrence: frozenset[str]) -> bool:
    """A nominal event that is what its sentence reports: it heads the sentence, or is the subject of an
    occurrence verb ("violence erupted", "clashes were reported")."""
    if token.pos_ not in NOUN_POS:
        return False
    if token.dep_ == "ROOT":
        return True
    if _cause_of_death(token):
        return True
    return token.dep_ in ("nsubj", "nsubjpass") and lemma(token.head) in occurrence


def _cause_of_death(noun: Token) -> bool:
    """ "died of torture", "died as a result of the beating": the noun is what a reported death came from."""
    node = noun
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
        if lemma(node) == "die":
            return True
    return False
