"""Talk with no counterpart: "the officials discussing troop numbers", "dates will be discussed", "refused to meet to
discuss denuclearization".

A meeting needs someone to meet (the annotation guideline: CONSULT needs a counterpart). A verb of talking things
over (``travel.lone_talk`` in ``cues.yaml``) is a meeting only with a party after "with" ("discussed Syria with
Erdogan") or with doers who are two sides: coordinated ("Kenya and Uganda discussed trade"), counted or paired
("the two leaders", "both sides"; ``travel.sides``). Its doer is found as the parties finder would: the subject,
the noun a participle describes, or the subject of the verb whose infinitive it is.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.tree import descendants, lemma
from eventwire.extract.triggers.candidates import Candidate
from eventwire.lexicons.cues import TravelCues

SUBJECTS = ("nsubj", "nsubjpass")
# how a verb passes its doer down to an infinitive or clause it governs ("agreed to discuss", "met to discuss")
PASSED_DOWN = ("xcomp", "advcl", "acomp")


def lone_talk(cand: Candidate, ex: Extraction) -> bool:
    """A talking verb coded as a meeting with no counterpart in view: no "with" party, one side as doer."""
    token, cues = cand.token, ex.data.cues.travel
    if cand.entry.type != "CONSULT" or token.pos_ != "VERB" or lemma(token) not in cues.lone_talk:
        return False
    if any(t.dep_ == "prep" and t.lower_ == "with" for t in descendants(token, 3)):
        return False  # "discussed developments in Syria with Erdogan", however the parser hangs the "with"
    doer = _doer(token)
    return doer is None or not _sides(doer, cues)


def _doer(verb: Token) -> Token | None:
    """The subject of ``verb``, the noun it describes ("officials discussing ..."), or the doer of the verb whose
    clause it is ("agreed to discuss"), up a short chain."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject
        if node.dep_ == "acl":
            return node.head
        if node.dep_ not in PASSED_DOWN or node.head.i == node.i:
            return None
        node = node.head
    return None


def _sides(doer: Token, cues: TravelCues) -> bool:
    """Doers that are two sides or more: coordinated, counted or paired."""
    if doer.dep_ == "nsubjpass":
        return False
    if any(c.dep_ == "conj" for c in doer.children):
        return True
    return any(c.lower_ in cues.sides for c in doer.children if c.dep_ in ("nummod", "det", "predet", "amod"))
