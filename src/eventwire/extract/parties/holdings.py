"""Goods a sanction or seizure falls on stand for their owner: "froze their assets", "seized the property of X".

A party's own goods are no target of its own acts ("withdrew its troops"), but no one freezes or seizes their own
assets: the owner of the holdings (``parties.holdings`` of ``cues.yaml``) is the one the act falls on, whether a
possessive names them (a pronoun too, resolved later like any other), an of-phrase or a party word on the noun
("the bank's reserves", "the reserves of the central bank", "rebel funds").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.parties.targets import SITES, TargetCues, party_head
from eventwire.extract.tree import child, lemma, prep_object
from eventwire.lexicons.cues import load_cues

__all__ = ["HOLDING_TYPES", "holdings_owner", "is_holding"]

HOLDING_TYPES = frozenset({"SANCTION", "COERCE"})
NOUNS = frozenset({"NOUN", "PROPN", "PRON"})


def is_holding(noun: Token) -> bool:
    """Whether ``noun`` names goods a sanction or seizure falls on (``parties.holdings`` of ``cues.yaml``)."""
    holdings = load_cues().parties.holdings
    return lemma(noun) in holdings or noun.lower_ in holdings


def holdings_owner(target: Token, cues: TargetCues) -> Token | None:
    """The owner of ``target`` when it is a holding: its possessor, its of-phrase party, or a party word on it."""
    if not is_holding(target):
        return None
    owner = child(target, "poss")
    if owner is not None:
        return owner
    of_obj = prep_object(target, "of")
    if of_obj is not None and of_obj.i > target.i and of_obj.pos_ in NOUNS and of_obj.ent_type_ not in SITES:
        return of_obj  # "the assets of Russian oligarchs": the oligarchs, named with their nationality
    head = party_head(target, cues)
    return head if head.i != target.i else None
