"""Military exercises: one side's exercise is a show of force (MOBILIZE 150); with a partner or by two sides it is
military cooperation (COOPERATE 062). "Iran held war games in the Gulf" is MOBILIZE; "Russia and Belarus held war
games", "held drills with the US navy" and "French and Egyptian warships launched war games" are COOPERATE."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.parties.record import Parties
from eventwire.extract.registry import Coding
from eventwire.extract.tree import lemma
from eventwire.extract.triggers.candidates import Candidate
from eventwire.lexicons.cues import load_cues

PARTNER_PREPS = frozenset({"with", "between", "alongside", "among"})
# a military exercise two sides hold is military cooperation (CAMEO 062), not a show of force
JOINT_EXERCISE = Coding("COOPERATE", None, "062")
VERBAL = frozenset({"VERB", "AUX"})


def joint_exercise(cand: Candidate, parties: Parties, ex: Extraction) -> Coding | None:
    """A military exercise two sides hold is cooperation (COOPERATE 062), not one side's show of force."""
    lexicon = ex.data.lexicon
    if cand.entry.type != "MOBILIZE" or not lexicon.in_class(lemma(cand.token), "exercise"):
        return None
    return JOINT_EXERCISE if two_sided(cand.token, parties, ex.data.classes.words("side")) else None


def two_sided(token: Token, parties: Parties, sides: frozenset[str]) -> bool:
    """Whether the exercise named by ``token`` has two sides: coordinated doers, a "with" partner, or a doer
    phrase naming several sides ("French and Egyptian warships", "the two navies")."""
    if parties.symmetric or (parties.target is not None and _partner(parties.target)):
        return True
    if any(_partner(t) for t in token.subtree if t.dep_ == "pobj"):
        return True
    doer = parties.source if parties.source is not None else _clause_subject(token)
    return doer is not None and _several(doer, sides)


def _partner(token: Token) -> bool:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in PARTNER_PREPS


def _clause_subject(token: Token) -> Token | None:
    """The subject of the verb the exercise noun hangs under ("warships ... launched 10 days of war games")."""
    node = token
    for _ in range(5):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in VERBAL:
            return next((c for c in node.children if c.dep_ == "nsubj"), None)
    return None


def _several(doer: Token, sides: frozenset[str]) -> bool:
    if any(c.dep_ == "conj" for c in doer.children):
        return True
    modifiers = [c for c in doer.children if c.dep_ in ("amod", "compound", "nmod")]
    if any(g.dep_ == "conj" for m in modifiers for g in m.children):
        return True
    counts = load_cues().side_counts
    counted = any(c.lower_ in counts for c in doer.children if c.dep_ in ("nummod", "det", "predet", "quantmod"))
    return counted and doer.tag_ == "NNS" and lemma(doer) in sides
