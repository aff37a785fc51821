"""Events PLOVER codes from the way another event is reported: refusal (REJECT), stated intent (AGREE) or menace
(THREATEN), "X said Y must ..." (REQUEST) and stated readiness (AGREE): the steps ``derived.refusal``,
``derived.stated_intent``, ``derived.obligation`` and ``derived.stated_readiness``."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from eventwire.extract.context import Extraction
from eventwire.extract.derived.no_longer import ended
from eventwire.extract.parties.subjects import subject_of
from eventwire.extract.raw import RawEvent
from eventwire.extract.tree import actor_span, child, lemma
from eventwire.lexicons.cues import Cues

COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
# a refused or ruled-out event of these types is a REJECT ("declined to resign", "will not accept")
REFUSABLE = COOPERATIVE | {"AGREE"}
OBLIGATION = frozenset({"must", "should"})
NAMED = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# CAMEO 03x, "express intent to ...", by the kind of step promised: meet or negotiate (036), provide aid (033),
# diplomatic (032) or material (031) cooperation, yield (035); all map to PLOVER AGREE
INTENT_CAMEO = {
    "CONSULT": "036",
    "AID": "033",
    "SUPPORT": "032",
    "COOPERATE": "031",
    "CONCEDE": "035",
    "RETREAT": "035",
}


def refusals(events: list[RawEvent], ex: Extraction) -> list[RawEvent]:
    """A REJECT for each negated cooperative event a party refused ("declined to resign", "will not accept").

    Not when its sentence already has a REJECT."""
    cues = ex.data.cues
    rejected = {e.sentence.start for e in events if e.type == "REJECT"}
    out = []
    for event in events:
        if event.source is None or event.status != "negated" or event.type not in REFUSABLE:
            continue
        if _refused(event.trigger.root, cues) and event.sentence.start not in rejected:
            out.append(_as(event, "REJECT", "120"))
    return out


def stated_intents(events: list[RawEvent], ex: Extraction) -> list[RawEvent]:
    """An AGREE for a stated intent to cooperate ("intends to come"), a THREATEN for a stated conflict intent.

    A promised step made conditional ("will withdraw unless ...") is a THREATEN too."""
    cues = ex.data.cues
    out = []
    for event in events:
        if event.source is None or event.status not in ("planned", "hypothetical") or _named_plan(event, cues):
            continue
        intent = _intent(event.trigger.root, cues)
        if intent is None or ended(event.trigger.root):  # "would no longer supply": the ending is the act told
            continue
        if event.type in COOPERATIVE and event.status == "planned":
            conditional = _unless(event.trigger.root)
            agree = _as(event, "AGREE", INTENT_CAMEO.get(event.type, "030"))
            out.append(_as(event, "THREATEN", "130") if conditional else _stated_by(agree, intent))
        elif event.type in CONFLICT:
            out.append(_as(event, "THREATEN", "130"))
    return out


def obligation_requests(events: list[RawEvent], ex: Extraction) -> list[RawEvent]:
    """A REQUEST from the speaker to the subject of each "must"/"should" clause the speaker governs."""
    return [found for sent in ex.doc.sents for found in obligations(sent, ex.data.cues)]


def readiness(events: list[RawEvent], ex: Extraction) -> list[RawEvent]:
    """An AGREE for each stated readiness ("X is ready to ...") whose step is no trigger of its own."""
    return [found for sent in ex.doc.sents for found in stated_readiness(sent, ex.data.cues, ex.triggers)]


def obligations(sent: Span, cues: Cues) -> list[RawEvent]:
    """ "The US said China must drop barriers": a REQUEST from the speaker to the clause's subject."""
    out = []
    governors = cues.attribution.verbs | cues.intent.obligation_governors
    for token in sent:
        if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in token.children):
            continue
        if token.dep_ not in ("ccomp", "acl") or lemma(token.head) not in governors:
            continue
        speaker, addressee = _speaker(_first_voice(token, cues.attribution.verbs)), child(token, "nsubj", "nsubjpass")
        if speaker is None or addressee is None or not _addressable(addressee, token, cues.actors):
            continue
        out.append(_new(sent, token, "REQUEST", "100", speaker, addressee, 0.6))
    return out


def stated_readiness(sent: Span, cues: Cues, taken: frozenset[int]) -> list[RawEvent]:
    """ "France is ready to contribute ...", "is committed to opening ...": AGREE (stated intent to cooperate)
    when what follows is no event of its own (those are handled by ``derived_events``)."""
    out = []
    for token in sent:
        if lemma(token) not in cues.intent.ready or token.dep_ not in ("acomp", "ROOT", "ccomp", "xcomp"):
            continue
        action = _readiness_action(token)
        if action is None or action.i in taken or any(c.dep_ == "neg" for c in token.head.children):
            continue
        subject = subject_of(token.head) if token.dep_ == "acomp" else subject_of(token)
        if subject is None:
            continue
        out.append(_new(sent, token, "AGREE", "030", subject, _readiness_target(action, subject), 0.55))
    return out


def _readiness_target(action: Token, subject: Token) -> Token | None:
    """ "is ready to send troops to help defend X", "is willing to assist X": the first named party in the step
    offered, other than the one who offers it."""
    for token in action.subtree:
        if token.i > action.i and token.ent_type_ in NAMED and token.dep_ not in ("compound", "amod"):
            return token if token.i != subject.i and not token.is_ancestor(subject) else None
    return None


def _addressable(addressee: Token, verb: Token, actors: frozenset[str]) -> bool:
    """Someone who can be asked: a named party, or with "must" an actor noun or pronoun ("should" also
    forecasts: "profit should rise")."""
    if addressee.ent_type_ in ("GPE", "NORP", "PERSON", "ORG"):
        return True
    must = any(c.dep_ == "aux" and c.lower_ == "must" for c in verb.children)
    pronoun = addressee.lower_ in ("it", "they", "he", "she", "you")
    return must and (pronoun or lemma(addressee) in actors)


def _readiness_action(token: Token) -> Token | None:
    action = child(token, "xcomp")
    if action is None:
        to = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        action = child(to, "pcomp") if to is not None else None
    return action if action is not None and action.pos_ == "VERB" else None


def _first_voice(content: Token, speech: frozenset[str]) -> Token:
    """ "The court said X must go, News Corp reported": the parse may hang the content on the trailing report;
    the one whose words they are is the earlier speech verb the report hangs on, the outlet only its source."""
    head = content.head
    outer = head.head
    if head.i < content.i or head.dep_ not in ("ccomp", "parataxis") or outer.i == head.i:
        return head
    if lemma(outer) in speech and outer.i < content.i and subject_of(outer) is not None:
        return outer
    return head


def _speaker(head: Token) -> Token | None:
    """Who says it: the subject of a speech verb, or of the verb governing a message noun ("issued a reminder")."""
    if head.pos_ in ("NOUN", "PROPN"):
        return subject_of(head.head) if head.dep_ == "dobj" else None
    return subject_of(head)


def _new(sent: Span, token: Token, kind: str, cameo: str, source: Token, target: Token | None, conf: float) -> RawEvent:
    return RawEvent(
        type=kind,
        trigger=sent.doc[token.i : token.i + 1],
        sentence=sent,
        cameo=cameo,
        source=actor_span(source),
        target=actor_span(target) if target is not None else None,
        confidence=conf,
    )


def _intent(trigger: Token, cues: Cues) -> Token | None:
    """Where the intent is stated as the actor's own: a willingness word governing the event ("intends to come"),
    or the event itself when it is reported speech ("said it would send")."""
    node = trigger
    for _ in range(4):
        if lemma(node) in cues.intent.willing and node.i != trigger.i and not _others_expectation(node, cues):
            return node
        if node.dep_ == "ccomp" and lemma(node.head) in cues.attribution.verbs:
            return trigger
        if node.head.i == node.i:
            break
        node = node.head
    return next(
        (c for c in trigger.head.children if c.dep_ in ("acomp", "amod") and lemma(c) in cues.intent.willing), None
    )


def _named_plan(event: RawEvent, cues: Cues) -> bool:
    """ "the planned withdrawal", "an expected offensive": the writer names a plan or a prospect, which no party
    states as its intent or menace here."""
    root = event.trigger.root
    return root.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in cues.status.modifier for c in root.children)


def _others_expectation(word: Token, cues: Cues) -> bool:
    """A willingness verb in the passive states what others expect or plan of the actor ("is expected to visit",
    "is planned to"), not the actor's own intent; a state of readiness stays its own ("is prepared to talk")."""
    return child(word, "auxpass") is not None and lemma(word) not in cues.intent.ready


def _stated_by(event: RawEvent, intent: Token) -> RawEvent:
    """The AGREE's evidence is the statement of intent ("intends to come to Russia"), not the visit alone."""
    trigger = event.trigger
    if intent.i >= trigger.start or trigger.start - intent.i > 4:
        return event
    return replace(event, trigger=trigger.doc[intent.i : trigger.end])


def _refused(trigger: Token, cues: Cues) -> bool:
    """ "will not accept", "declined to resign", "failed to reach agreement": a refusal, not a mere absence."""
    words = {c.lower_ for c in trigger.children if c.dep_ == "aux"} | {lemma(c) for c in trigger.children}
    if any(c.dep_ == "neg" for c in trigger.children) and words & cues.intent.refusal_modals:
        return True
    node = trigger
    for _ in range(3):
        if node.dep_ not in ("xcomp", "dobj", "pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
        if lemma(node) in cues.intent.refusal:
            return True
    return False


def _unless(trigger: Token) -> bool:
    """A promised step made conditional on the other side ("will withdraw unless ...") is a threat."""
    return any(c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children) for c in trigger.children)


def _as(event: RawEvent, event_type: str, cameo: str) -> RawEvent:
    return replace(
        event, type=event_type, cameo=cameo, mode=None, status="asserted", confidence=round(event.confidence - 0.05, 2)
    )
