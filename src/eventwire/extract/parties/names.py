"""Whether a head could name a party, with the armed groups the actor tables know.

The parser leaves many group names outside its entities ("airstrikes against Isis", "fighting Daesh", and tags
some as common nouns: "an Isis ambush"): a capitalized head that names a known armed group
(``extract.triggers.armed_groups``) is as much a party as a named entity.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract import tree
from eventwire.extract.triggers.armed_groups import names_armed_group

__all__ = ["is_actorish"]


def is_actorish(token: Token, actor_lemmas: frozenset[str]) -> bool:
    """Could this head name a party: a named entity, a pronoun, a known actor noun or a known armed group."""
    return tree.is_actorish(token, actor_lemmas) or (_name_like(token) and names_armed_group(token))


def _name_like(token: Token) -> bool:
    """A proper noun, or a capitalized word the tagger took for a common noun inside a sentence ("an Isis ambush")."""
    if token.pos_ == "PROPN":
        return True
    return token.pos_ == "NOUN" and token.text[:1].isupper() and token.i != token.sent.start
