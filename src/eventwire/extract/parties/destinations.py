"""Places as targets: where a step is taken when no party is named for it.

PLOVER codes the country an action is aimed at as its target when the text names no party: the host of a
visit ("arrived in Amman"), the country an embassy opens in ("opened an embassy in Tehran"), the place an agreed,
refused or threatened step would be carried out ("refused to deploy peacekeepers in Iraq", "threatened to ban
voting in East Jerusalem"). Violence, coercion and protest are left out: there the place is where it happened,
and the one harmed or faced is the target.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from eventwire.extract.parties.targets import complement_verb
from eventwire.extract.tree import child, lemma, prep_object
from eventwire.lexicons.cues import load_cues

# types whose target may be a place: diplomatic, material and verbal steps
PLACE_TARGET_TYPES = frozenset(
    {"CONSULT", "SUPPORT", "AID", "AGREE", "REJECT", "THREATEN", "SANCTION", "CONCEDE", "REQUEST"}
)
# prepositions that say where the step goes or is carried out
DESTINATION_PREPS = frozenset({"in", "to", "into", "inside"})
# types whose place is where they happened, never what they aimed at
PLACE_IS_SCENE = frozenset({"ASSAULT", "COERCE", "PROTEST", "FIGHT"})
MAX_DEPTH = 2  # "agreed to help set up a centre in X"


def place_target(trigger: Token, event_type: str, arrivals: frozenset[str]) -> Token | None:
    """The first named country, region or town after the trigger that its step is carried out in or sent to.
    A meeting's place is only where it was held ("talks in Geneva"): a visit's target is its host only after a
    verb of arriving (``arrivals``: "arrived in Amman")."""
    sending = lemma(trigger) in load_cues().parties.sending_verbs
    if event_type not in PLACE_TARGET_TYPES and not (sending and event_type not in PLACE_IS_SCENE):
        return None  # "dispatched inspectors to X": where a mission is sent is what it is aimed at
    if event_type == "CONSULT" and lemma(trigger) not in arrivals:
        return None
    for head in _heads(trigger, arrivals):
        for owner in (head, child(head, "dobj")):
            found = _destination(owner, trigger) if owner is not None else None
            if found is not None:
                return found
    return None


def _heads(trigger: Token, arrivals: frozenset[str]) -> Iterator[Token]:
    """The trigger, the verb a trigger noun is the object of ("opened an embassy") or the arrival it is the
    subject of ("the deployment arrived in X"), and the verbs they govern."""
    verb = trigger
    if trigger.pos_ in ("NOUN", "PROPN"):
        yield trigger
        arrived = trigger.dep_ == "nsubj" and lemma(trigger.head) in arrivals
        if (trigger.dep_ not in ("dobj", "nsubjpass") and not arrived) or trigger.head.pos_ != "VERB":
            return
        verb = trigger.head
    for _ in range(MAX_DEPTH + 1):
        yield verb
        yield from _shared_subject_conjuncts(verb)
        comp = complement_verb(verb)
        if comp is None:
            return
        verb = comp


def _destination(owner: Token, trigger: Token) -> Token | None:
    # "an appeal to X" names a place as a party already; "in X" on a trigger noun is only where it happened
    preps = (
        DESTINATION_PREPS - {"in", "inside"} if owner.i == trigger.i and trigger.pos_ != "VERB" else DESTINATION_PREPS
    )
    for prep in owner.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps or prep.i < trigger.i:
            continue
        place = child(prep, "pobj")
        if place is not None and place.ent_type_ != "GPE" and prep.lower_ != "in":
            place = prep_object(place, "in")  # "sent inspectors to the plant in central X": X
        if place is not None and place.ent_type_ == "GPE":
            return place
    return None


def _shared_subject_conjuncts(verb: Token) -> Iterator[Token]:
    """ "established ties with and opened an embassy in X": a coordinated verb of the same doer."""
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and child(c, "nsubj", "nsubjpass") is None:
            yield c
