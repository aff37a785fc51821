"""Forces backed by forces: "Kurdish-led forces, backed by US air support", "soldiers supported by clan militias".

A party backed or supported by troops, fighters or air strikes is helped in the field, not endorsed: military
cooperation (COOPERATE 062), as the article annotators code it, not the verbal support of SUPPORT 051. The sign is
the agent of the participle (of a verb of word class ``backing``): a force or a strike (``class_groups.backers`` in
``cues.yaml``), or support or cover (``cover``) of a kind of fire ("air support", "artillery cover"; ``fire_support``).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.parties.record import Parties
from eventwire.extract.registry import Coding
from eventwire.extract.tree import lemma
from eventwire.extract.triggers.candidates import Candidate

MILITARY_BACKING = Coding("COOPERATE", None, "062")


def military_backing(cand: Candidate, parties: Parties, ex: Extraction) -> Coding | None:
    """A SUPPORT participle whose agent is a force or a strike ("backed by US air support") is military cooperation
    (COOPERATE 062)."""
    token = cand.token
    if cand.entry.type != "SUPPORT" or lemma(token) not in ex.data.classes.words("backing") or token.tag_ != "VBN":
        return None
    agents = [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    agents += [j for a in agents for j in a.conjuncts]
    return MILITARY_BACKING if any(_military(a, ex) for a in agents) else None


def _military(agent: Token, ex: Extraction) -> bool:
    classes = ex.data.classes
    word = lemma(agent)
    if word in ex.data.cues.class_groups.backers or word == "military":
        return True
    kinds = classes.words("fire_support")
    modifiers = [c for c in agent.children if c.dep_ in ("compound", "amod")]
    return word in classes.words("cover") and any(lemma(c) in kinds for c in modifiers)


def backing_means(cand: Candidate, ex: Extraction) -> bool:
    """The support a party is backed by ("backed by US air support") is the means of that backing, not an event of
    its own."""
    token = cand.token
    if cand.entry.type != "SUPPORT" or token.dep_ != "pobj" or token.head.dep_ != "agent":
        return False
    return lemma(token.head.head) in ex.data.classes.words("backing")
