"""Forces backed by forces: "Kurdish-led forces, backed by US air support", "soldiers supported by clan militias".

A party backed or supported by troops, fighters or air strikes is helped in the field, not endorsed: military
cooperation (COOPERATE 062), as the article annotators code it, not the verbal support of SUPPORT 051. The sign is
the agent of the participle: a force (word classes ``troop``, ``rebel``, ``combatant``), a strike (``airstrike``),
or support or cover of a kind of fire ("air support", "artillery cover"; ``fire_support``).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.parties.record import Parties
from eventwire.extract.registry import Coding
from eventwire.extract.tree import lemma
from eventwire.extract.triggers.candidates import Candidate

BACKING = frozenset({"back", "support"})
FORCE_CLASSES = ("troop", "rebel", "combatant", "airstrike")
COVER = frozenset({"support", "cover", "backing"})
MILITARY_BACKING = Coding("COOPERATE", None, "062")


def military_backing(cand: Candidate, parties: Parties, ex: Extraction) -> Coding | None:
    """A SUPPORT participle whose agent is a force or a strike ("backed by US air support") is military cooperation
    (COOPERATE 062)."""
    token = cand.token
    if cand.entry.type != "SUPPORT" or lemma(token) not in BACKING or token.tag_ != "VBN":
        return None
    agents = [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    agents += [j for a in agents for j in a.conjuncts]
    return MILITARY_BACKING if any(_military(a, ex) for a in agents) else None


def _military(agent: Token, ex: Extraction) -> bool:
    classes = ex.data.classes
    word = lemma(agent)
    if any(word in classes.words(name) for name in FORCE_CLASSES) or word == "military":
        return True
    kinds = classes.words("fire_support")
    return word in COVER and any(lemma(c) in kinds for c in agent.children if c.dep_ in ("compound", "amod"))


def backing_means(cand: Candidate, ex: Extraction) -> bool:
    """The support a party is backed by ("backed by US air support") is the means of that backing, not an event of
    its own."""
    token = cand.token
    if cand.entry.type != "SUPPORT" or token.dep_ != "pobj" or token.head.dep_ != "agent":
        return False
    return lemma(token.head.head) in BACKING
