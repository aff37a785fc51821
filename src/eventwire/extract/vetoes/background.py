"""Background mentions: an event noun framed as the circumstances of what its sentence reports ("in the conditions
of Western sanctions, the economy depends on China", "in the face of protests", "amid the blockade") is not an
event of the article; the sentence reports something else, done under those circumstances."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.tree import NOUN_POS, first_noun_conjunct, lemma
from eventwire.extract.triggers.candidates import Candidate
from eventwire.lexicons.cues import BackgroundCues


def background_mention(cand: Candidate, ex: Extraction) -> bool:
    """A nominal trigger framed as the circumstances of what its sentence reports."""
    return in_background(cand.token, cand.entry.type, ex.data.cues.background)


def in_background(token: Token, type_: str, cues: BackgroundCues) -> bool:
    """A nominal trigger of type ``type_`` that is the object of a background frame ("in the face of X") or, for
    standing measures and stances, of a background preposition ("amid X"), directly or as a conjunct of such an
    object ("amid sanctions and threats")."""
    if token.pos_ not in NOUN_POS:
        return False
    node = first_noun_conjunct(token)
    if node.dep_ == "dobj" and node.head.dep_ == "pcomp" and node.head.tag_ == "VBG":
        node = node.head  # "amid tightening sanctions" read as a gerund and its object
    if node.dep_ not in ("pobj", "pcomp"):
        return False
    prep = node.head
    if type_ in cues.preps.get(prep.lower_, frozenset()):
        return True
    return prep.lower_ == "of" and _frame(prep.head, cues)


def _frame(noun: Token, cues: BackgroundCues) -> bool:
    """ "the face" in "in the face of", "the backdrop" in "against the backdrop of"."""
    if noun.dep_ != "pobj" or noun.head.i == noun.i:
        return False
    return lemma(noun) in cues.frames.get(noun.head.lower_, frozenset())
