"""Restated events: "This is X's first visit to Y", "it was the second attack this month" characterise an event
already reported; the noun is not a new event."""

from __future__ import annotations

from eventwire.extract.context import Extraction
from eventwire.extract.tree import NOUN_POS, first_noun_conjunct, lemma
from eventwire.extract.triggers.candidates import Candidate

# subjects that point back to an event already reported: "This is the first visit", "It was the second attack"
RESTATING_SUBJECTS = frozenset({"this", "that", "it"})


def restated(cand: Candidate, ex: Extraction) -> bool:
    """A noun characterising an event already reported ("This is X's first visit", "it was the second attack").

    It is the predicate of a copula whose subject points back ("this", "that", "it")."""
    token = cand.token
    if token.pos_ not in NOUN_POS:
        return False
    node = first_noun_conjunct(token)  # "the first visit and the first trip"
    if node.dep_ not in ("attr", "conj") or lemma(node.head) != "be":
        return False  # a conjunct of the copula itself: "This is X's first visit ... and his first trip abroad"
    subject = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in RESTATING_SUBJECTS
