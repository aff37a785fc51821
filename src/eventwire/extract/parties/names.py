"""Whether a head could name a party, with the armed groups the actor tables know.

The parser leaves many group names outside its entities ("airstrikes against Isis", "fighting Daesh"): a head
that names a known armed group (``extract.triggers.armed_groups``) is as much a party as a named entity.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract import tree
from eventwire.extract.triggers.armed_groups import names_armed_group

__all__ = ["is_actorish"]


def is_actorish(token: Token, actor_lemmas: frozenset[str]) -> bool:
    """Could this head name a party: a named entity, a pronoun, a known actor noun or a known armed group."""
    return tree.is_actorish(token, actor_lemmas) or (token.pos_ == "PROPN" and names_armed_group(token))
