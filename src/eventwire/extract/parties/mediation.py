"""Mediation: a third party goes between two sides ("X undertook a mediation mission between Syria and the PLO").

The mediator is the doer and the first side the target (the other sides give one event each), unlike "talks
between A and B", where the two sides are the doer and the target of a two-way event.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.extract.tree import child, conjuncts, prep_object

PAIR_PREPS = ("between", "among")


@dataclass(frozen=True)
class Mediation:
    mediator: Token | None
    sides: list[Token]


def mediated(noun: Token, words: frozenset[str], first_side: Token) -> Mediation | None:
    """The mediator and sides of a mediation noun whose "between" phrase begins with ``first_side``."""
    if noun.lemma_.lower() not in words:
        return None
    return Mediation(_mediator(noun), [first_side, *conjuncts(first_side)])


def pair_phrase(noun: Token) -> Token | None:
    """The "between/among" object of the noun, of the noun it modifies ("mediation effort between A and B") or of
    the verb it is the subject of ("clashes broke out between A and B")."""
    found = prep_object(noun, *PAIR_PREPS)
    if found is None and noun.dep_ == "compound":
        found = prep_object(noun.head, *PAIR_PREPS)
    if found is None and noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        found = prep_object(noun.head, *PAIR_PREPS)  # "clashes continued between A and B"
    return found


def _mediator(noun: Token) -> Token | None:
    """The subject of the verb that takes the mediation (or the effort it modifies) as its object."""
    phrase = noun.head if noun.dep_ == "compound" else noun
    if phrase.dep_ != "dobj" or phrase.head.pos_ not in ("VERB", "AUX"):
        return None
    return child(phrase.head, "nsubj")
