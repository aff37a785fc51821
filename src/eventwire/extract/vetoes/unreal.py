"""Acts the text names without telling that they happen: a purpose, advice, a counterfactual, a question.

"Troops were sent to the border to attack the rebels" has the attack as the aim of the sending, not as an act
done (the guideline's goals inside another act; the sending is coded on its own word). Only the aim of a step that
prepares an act (sending, keeping, building: ``preparing`` in ``cues.yaml``) is vetoed: the aim of an act of force
or of a coming is most often done with it ("fired tear gas to disperse the crowd", "police came to evict them").
Statements, protests and meetings keep their purpose clause ("held a sit-in to protest the tax"). "The government
should allow more refugees in" and "we need to talk to our neighbours" say what someone ought to do: an opinion,
no act (when a speaker tells a party what it must do, ``derived.obligation`` codes that telling as a REQUEST). "If
the union had allowed it, the vote would have gone the other way" tells of an act that did not happen, and "can
the council accept such terms?" asks whether it would.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.tree import lemma, to_infinitive
from eventwire.extract.triggers.candidates import Candidate
from eventwire.lexicons.cues import NonEventCues

# the types whose purpose clause can be the act itself ("held a sit-in to protest", "tests to pressure the US"):
# statements, protests, and meetings (a journey to meet someone is told as the meeting)
SAID_OR_MET = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE", "PROTEST", "CONSULT"})
PAST_PARTICIPLE = "VBN"


def purpose(cand: Candidate, ex: Extraction) -> bool:
    """A verb that is the aim of a preparing act ("sent troops to the border to attack the rebels")."""
    if cand.entry.type in SAID_OR_MET or not purpose_clause(cand.token):
        return False
    return lemma(cand.token.head) in ex.data.cues.non_events.preparing


def advised(cand: Candidate, ex: Extraction) -> bool:
    """A verb of what someone should or needs to do ("the government should allow", "we need to talk")."""
    return advised_act(cand.token, ex.data.cues.non_events)


def counterfactual(cand: Candidate, ex: Extraction) -> bool:
    """A verb in a condition that did not hold ("if the union had allowed it, ...")."""
    return unfulfilled_condition(cand.token, ex.data.cues.non_events)


def question(cand: Candidate, ex: Extraction) -> bool:
    """The verb a direct question asks about ("Can the council accept such terms?", "Who would attack them?")."""
    return asked(cand.token, ex.data.cues.non_events)


def purpose_clause(trigger: Token) -> bool:
    """Whether the trigger is a bare infinitive with "to" hung on a verb as its aim ("in order to" too); on a noun
    ("the decision to withdraw", "an attempt to assassinate") the infinitive is what the noun names, an event."""
    head = trigger.head
    if trigger.tag_ != "VB" or trigger.dep_ != "advcl" or head.i == trigger.i or head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("aux", "mark") and c.lower_ == "to" for c in trigger.children)


def advised_act(trigger: Token, cues: NonEventCues) -> bool:
    """Whether an advising modal governs the trigger, or the trigger is what a party needs to do."""
    if any(c.dep_ == "aux" and c.lower_ in cues.advising for c in trigger.children):
        return True
    head = trigger.head
    if trigger.dep_ != "xcomp" or head.i == trigger.i or lemma(head) not in cues.necessity:
        return False
    return head.pos_ in ("VERB", "AUX") and to_infinitive(trigger)


def unfulfilled_condition(trigger: Token, cues: NonEventCues) -> bool:
    """Whether the trigger is a past perfect verb in a clause marked by a condition word ("if X had allowed")."""
    if trigger.dep_ != "advcl" or trigger.tag_ != PAST_PARTICIPLE:
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in cues.conditions for c in trigger.children)
    return marked and any(c.dep_ == "aux" and c.lower_ == "had" for c in trigger.children)


def asked(trigger: Token, cues: NonEventCues) -> bool:
    """Whether the trigger heads (or is the infinitive of the head of) a sentence that asks a question: a question
    mark at its end and an auxiliary before the subject ("can the UN accept") or an asking word as the subject ("who
    is going to fire"). A question why or how something happened presupposes it and is not read as one."""
    if not trigger.sent.text.rstrip(" \"\u201d\u2019'").endswith("?"):
        return False
    head = trigger
    while head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "ROOT":
        return False
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ in cues.asking:
        return True
    if any(c.lower_ in cues.presupposing for c in head.children if c.dep_ == "advmod"):
        return False  # "why did the army attack the village?": the attack is taken as done
    return any(c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in head.children)
