"""Generic statements: what happens to a kind of people, not an event that happened.

"Journalists are killed simply for doing their job" and "attacks on journalists are attacks on society" speak of
journalists and attacks in general: a present-tense passive whose subject is a bare plural, and a bare plural
event noun that is the subject or predicate of a present-tense "be", name no particular event. A determiner, a
possessor or a number ("the journalists", "their attacks", "three journalists are killed") makes it particular,
and so does any further auxiliary ("are being killed", "have been killed"). "You" as a party of an act under a
modal or in a "when"/"if" clause ("if you are seen, you can be killed") is anyone, too.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.parties.record import Parties
from eventwire.extract.tree import lemma
from eventwire.extract.triggers.candidates import Candidate

PRESENT = frozenset({"VBP", "VBZ"})
PARTICULAR_DEPS = frozenset({"det", "poss", "nummod", "quantmod", "predet"})


def generic(cand: Candidate, ex: Extraction) -> bool:
    """A trigger told of a kind of people in general ("journalists are killed for doing their job")."""
    return generic_statement(cand.token)


def generic_statement(trigger: Token) -> bool:
    """Whether the trigger is told of a kind in general."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        return _generic_noun(trigger)
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    if len(auxes) != 1 or auxes[0].dep_ != "auxpass" or auxes[0].tag_ not in PRESENT:
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and _bare_plural(subject)


def _generic_noun(noun: Token) -> bool:
    copula = noun.head
    if noun.dep_ not in ("nsubj", "attr") or copula.i == noun.i or lemma(copula) != "be":
        return False
    return copula.tag_ in PRESENT and _bare_plural(noun)


def _bare_plural(noun: Token) -> bool:
    if noun.tag_ != "NNS" or noun.ent_type_:
        return False
    return not any(c.dep_ in PARTICULAR_DEPS for c in noun.children)


def generic_you(cand: Candidate, parties: Parties, ex: Extraction) -> bool:
    """ "If you are seen in the forest, you can be killed", "when you are impeaching someone": an act told of anyone
    ("you" in general) under a condition, a modal or a "when" is no particular event."""
    spans = [s for s in parties.spans(cand.token) if s is not None]
    if not any(s.root.lower_ == "you" for s in spans):
        return False
    token, cues = cand.token, ex.data.cues
    marks = cues.non_events.generic_marks | cues.status.conditional  # "when you are impeaching", "if you are seen"
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)
    marked = token.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in token.children)
    return modal or marked
