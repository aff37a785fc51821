"""Violence known only by its victims: "the bodies of four men were found", "twelve people sustained wounds".

An entry with the constraint ``harmed=subj`` or ``harmed=obj`` reports harm whose doer the sentence does not
name: the finder of the bodies or the wounded themselves are no perpetrators. The event keeps no source (a
"by" agent of the harm aside, which such sentences rarely give) and its target is the harmed: the people of an
of-phrase ("the bodies of four men" -> four men), else the phrase itself ("twelve people").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.parties.record import Parties
from eventwire.extract.triggers.candidates import Candidate

SUBJECT = ("nsubj",)
OBJECT = ("dobj", "nsubjpass")


def harmed_finder(cand: Candidate, ex: Extraction) -> Parties | None:
    """No doer and the harmed as target, for an entry that knows violence only by its victims (``harmed=``)."""
    return harmed_parties(cand.token, cand.entry.harmed) if cand.entry.harmed is not None else None


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
