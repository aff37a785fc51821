"""Asking words that ask no party for anything: legal appeals, striving, and requests for comment.

PLOVER's REQUEST is one party asking another to act. Three common uses of its trigger words are none:
- a legal appeal, against a verdict or of a ruling ("will appeal against the sentence", "plans to appeal the
  ruling", "an appeal against his conviction"): a step in court, not a plea to a party;
- striving to do something ("rebels seeking to overthrow the king", "seeks to shape the country's future"): an aim
  of the doer's own, with no one asked;
- a reporter's request for comment ("did not respond to a request for comment"): news-writing routine;
- ordering an act carried out by the orderer's side ("ordered the arrest of the mayor"): the act is the event
  (coded from its own noun), not a request to the one arrested;
- insisting that something is so ("insisted he would do all he could"): a claim; insisting on a step, or that a
  party must act, is a demand (the latter is found as an obligation, `derived.py`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.parties.record import Parties
from eventwire.extract.tree import child, lemma, prep_object
from eventwire.extract.triggers.candidates import Candidate
from eventwire.lexicons.cues import AskCues


def empty_request(cand: Candidate, parties: Parties, ex: Extraction) -> bool:
    """A REQUEST trigger that is a legal appeal, a striving, a request for comment or a claim."""
    return cand.entry.type == "REQUEST" and asks_nobody(cand.token, ex.data.cues.asks)


def ordered_act(cand: Candidate, ex: Extraction) -> bool:
    """A REQUEST by a command verb whose object is an act it orders carried out ("ordered the arrest of X")."""
    return cand.entry.type == "REQUEST" and orders_an_act(cand.token, ex.ordered, ex.data.classes.words("command"))


def asks_nobody(trigger: Token, cues: AskCues) -> bool:
    """Whether a REQUEST trigger is a legal appeal, a striving, a request for comment or a claim."""
    word = lemma(trigger)
    if word in cues.appeals:
        return _legal_appeal(trigger)
    if word in cues.striving:
        return trigger.pos_ == "VERB" and child(trigger, "xcomp") is not None and child(trigger, "dobj") is None
    if word in cues.claims:
        return child(trigger, "ccomp") is not None and prep_object(trigger, "on", "upon") is None
    if word in cues.requests:
        wanted = prep_object(trigger, "for")
        return wanted is not None and lemma(wanted) in cues.comment
    return False


def orders_an_act(trigger: Token, triggers: frozenset[int], commands: frozenset[str]) -> bool:
    """Whether a command verb's direct object is itself an event trigger ("ordered the arrest of X")."""
    if lemma(trigger) not in commands:
        return False
    obj = child(trigger, "dobj")
    return obj is not None and obj.i in triggers


def _legal_appeal(trigger: Token) -> bool:
    """An appeal against something, or of something as the verb's object; an appeal to a party or for an act
    ("appealed to the UN", "appealed for calm") is a request."""
    if prep_object(trigger, "against") is not None:
        return True
    return trigger.pos_ == "VERB" and child(trigger, "dobj") is not None
