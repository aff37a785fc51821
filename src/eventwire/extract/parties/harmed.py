"""Violence known only by its victims: "the bodies of four men were found", "twelve people sustained wounds".

An entry with the constraint ``harmed=subj`` or ``harmed=obj`` reports harm whose doer the sentence does not
name: the finder of the bodies or the wounded themselves are no perpetrators. The event keeps no source (a
"by" agent of the harm aside, which such sentences rarely give) and its target is the harmed: the people of an
of-phrase ("the bodies of four men" -> four men), else the phrase itself ("twelve people").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.parties.record import Parties
from eventwire.extract.tree import lemma

SUBJECT = ("nsubj",)
OBJECT = ("dobj", "nsubjpass")


def harmed_parties(trigger: Token, role: str) -> Parties:
    """No doer; the harmed phrase (or the people of its of-phrase) as target."""
    deps = SUBJECT if role == "subj" else OBJECT
    phrase = next((c for c in trigger.children if c.dep_ in deps), None)
    if phrase is None:
        return Parties()
    return Parties(target=_of_people(phrase) or phrase)


def _of_people(phrase: Token) -> Token | None:
    """ "the bodies of four men" -> men."""
    for prep in (c for c in phrase.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            return pobj
    return None


def natural_death(trigger: Token, disaster: frozenset[str], gunfire: frozenset[str]) -> bool:
    """Bodies found after a flood, a crash or a capsized ferry: a disaster word anywhere in the sentence (not a
    shooting: "sniper fire") means the dead need not have been killed."""
    for token in trigger.sent:
        if lemma(token) not in disaster and token.lower_ not in disaster:
            continue
        if not any(c.dep_ in ("compound", "amod", "nmod") and lemma(c) in gunfire for c in token.children):
            return True
    return False
