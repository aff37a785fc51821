"""A target that is only a count stands for the people it counts.

"seven of the villagers" are villagers; in "shot two men and injured three others" the three others are more of
the men, and in "killed four soldiers in X and two in Y" the two are soldiers. A count with no noun to count in its
sentence ("killed 7", "dozens were injured") stays the target: it still tells whom the event harmed.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.parties.names import is_actorish
from eventwire.extract.parties.targets import is_own
from eventwire.extract.tree import NOUN_POS, child, lemma, prep_object


def is_count(token: Token, headcounts: frozenset[str]) -> bool:
    """A number or a headcount word ("dozens", "others", "several") standing as a phrase of its own."""
    return token.pos_ == "NUM" or lemma(token) in headcounts


def counted_noun(
    target: Token, source: Token | None, people: frozenset[str], headcounts: frozenset[str], actors: frozenset[str]
) -> Token:
    """The people a count target counts: its of-phrase, or the nearest noun counted by a number before it."""
    if not is_count(target, headcounts):
        return target
    of_obj = prep_object(target, "of")
    if of_obj is not None and not is_own(of_obj) and _people(of_obj, people, actors):
        return of_obj  # "seven of the villagers"
    if of_obj is not None:
        return target
    for token in reversed(target.sent[: target.i - target.sent.start]):
        if _counted(token, headcounts) and _people(token, people, actors) and not _doer(token, source):
            return token
    return target


def _people(token: Token, people: frozenset[str], actors: frozenset[str]) -> bool:
    return token.pos_ in NOUN_POS and (lemma(token) in people or is_actorish(token, actors))


def _counted(token: Token, headcounts: frozenset[str]) -> bool:
    """A noun counted by a number: "two men", "2 Kenyan security forces", "one person"."""
    return not is_count(token, headcounts) and child(token, "nummod") is not None


def _doer(token: Token, source: Token | None) -> bool:
    """The event's own doer, or the subject of a clause that acts on someone ("three gunmen killed two")."""
    if source is not None and (token == source or source.is_ancestor(token)):
        return True
    return token.dep_ == "nsubj" and child(token.head, "dobj") is not None
