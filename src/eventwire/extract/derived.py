"""Events PLOVER codes from the way another event is reported: stated intent (AGREE), stated menace
(THREATEN), and "X said Y must ..." (REQUEST)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from eventwire.extract.arguments import subject_of
from eventwire.extract.raw import RawEvent
from eventwire.extract.tree import actor_span, child, lemma

COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
OBLIGATION = frozenset({"must", "should"})


def derived_events(events: list[RawEvent], willing: frozenset[str], speech: frozenset[str]) -> list[RawEvent]:
    """Extra events implied by the status and reporting of ``events``, plus obligations in reported speech."""
    out = []
    for event in events:
        if event.source is None or event.status not in ("planned", "hypothetical"):
            continue
        if not _intended(event.trigger.root, willing, speech):
            continue
        if event.type in COOPERATIVE and event.status == "planned":
            out.append(_as(event, "AGREE", "030"))
        elif event.type in CONFLICT:
            out.append(_as(event, "THREATEN", "130"))
    return out


def obligations(sent: Span, speech: frozenset[str], taken: set[int]) -> list[RawEvent]:
    """ "The US said China must drop barriers": a REQUEST from the speaker to the clause's subject."""
    out = []
    for token in sent:
        if token.i in taken or not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in token.children):
            continue
        if token.dep_ != "ccomp" or lemma(token.head) not in speech:
            continue
        speaker, addressee = subject_of(token.head), child(token, "nsubj", "nsubjpass")
        if speaker is None:
            continue
        out.append(
            RawEvent(
                type="REQUEST",
                trigger=sent.doc[token.i : token.i + 1],
                sentence=sent,
                cameo="100",
                source=actor_span(speaker),
                target=actor_span(addressee) if addressee is not None else None,
                confidence=0.6,
            )
        )
    return out


def _intended(trigger: Token, willing: frozenset[str], speech: frozenset[str]) -> bool:
    """The intent is the actor's own: a willingness word governs the event, or it is reported speech."""
    node = trigger
    for _ in range(4):
        if lemma(node) in willing and node is not trigger:
            return True
        if node.dep_ == "ccomp" and lemma(node.head) in speech:
            return True
        if node.head is node:
            break
        node = node.head
    return any(lemma(c) in willing for c in trigger.head.children if c.dep_ in ("acomp", "amod"))


def _as(event: RawEvent, event_type: str, cameo: str) -> RawEvent:
    return replace(
        event, type=event_type, cameo=cameo, mode=None, status="asserted", confidence=round(event.confidence - 0.05, 2)
    )
