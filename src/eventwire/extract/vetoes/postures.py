"""Postures told as a participle: "the 2,000 troops stationed in the north" says where troops are, not that
anyone sent them there; the finite verb ("the ministry stationed troops on the border") is a deployment."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.tree import lemma
from eventwire.extract.triggers.candidates import Candidate


def standing_posture(cand: Candidate, ex: Extraction) -> bool:
    """A posture participle after a noun ("troops stationed in the north"): where a force is, not a deployment."""
    return standing_participle(cand.token, ex.data.cues.standing_participles)


def standing_participle(trigger: Token, words: frozenset[str]) -> bool:
    """Whether the trigger is a past participle of a posture word describing the noun it follows."""
    return lemma(trigger) in words and trigger.dep_ == "acl" and trigger.tag_ == "VBN"
