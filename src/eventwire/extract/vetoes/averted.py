"""Dangers warded off in general: "moved slowly to avoid ambushes", "failed to protect villagers from massacres".

An event noun that is what a verb of averting keeps from happening (its object: "avoid", "prevent", "deter") or what
a verb of protecting keeps someone from (its "from" or "against" phrase: "protect", "shield", "guard") names a kind
of danger, not an act, when nothing makes it one act: no doer, no target, no definite determiner or possessor
("to avoid clashes"; not "prevented the attack", "prevented an attack on the embassy", "shielded them from the
army's raids"). Coordinated nouns share the verb ("from massacres, ethnic cleansing and genocide") and a doer one of
them names ("avoided attacks and ambushes by the rebels"). A danger "narrowly" or "barely" avoided came about.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.parties.record import Parties
from eventwire.extract.tree import first_noun_conjunct, lemma
from eventwire.extract.triggers.candidates import Candidate

NOUN_POS = frozenset({"NOUN", "PROPN"})
SHIELDING_PREPS = frozenset({"from", "against"})


def averted_danger(cand: Candidate, parties: Parties, ex: Extraction) -> bool:
    """An event noun with no party that a verb of averting or protecting keeps off ("to avoid ambushes")."""
    noun = cand.token
    if noun.pos_ not in NOUN_POS or parties.source is not None or parties.target is not None:
        return False
    first = first_noun_conjunct(noun)
    definite = ex.data.cues.status.definite
    if any(_definite(n, definite) or _by_doer(n) for n in (first, *first.conjuncts)):
        return False
    classes = ex.data.classes
    averting, near_misses = classes.words("averting"), classes.words("near_miss")
    return _averted(first, averting, near_misses) or _shielded(first, classes.words("protecting"))


def _definite(noun: Token, definite: frozenset[str]) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in definite) for c in noun.children)


def _by_doer(noun: Token) -> bool:
    return any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in noun.children)


def _averted(noun: Token, verbs: frozenset[str], near_misses: frozenset[str]) -> bool:
    """ "to avoid clashes": the object of a verb of averting, not a near miss ("narrowly avoided ambushes")."""
    verb = noun.head
    if noun.dep_ != "dobj" or lemma(verb) not in verbs:
        return False
    return not any(c.dep_ == "advmod" and c.lower_ in near_misses for c in verb.children)


def _shielded(noun: Token, verbs: frozenset[str]) -> bool:
    """ "protect civilians from massacres": the from/against object of a verb of protecting."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in SHIELDING_PREPS and lemma(prep.head) in verbs
