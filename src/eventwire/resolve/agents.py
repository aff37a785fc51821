"""The doer of an agentless violent or coercive event, when words other than its subject name one.

``named_agent``: the event's own clause names its doer in a by-phrase or a blame ("killed in an attack by X", "a
bomb planted by suspected X", "an attack blamed on X"), when the phrase names an armed or security actor (people,
objects and dates in by-phrases do not count). ``blamed_group``: a short document pins its violence on a named
armed group in any sentence ("Authorities suspect X", "X claimed responsibility"); arrests and clashes are not
pinned on it, nor is the event's own target. ``accuser``: a denial whose text names no target ("X denied the
charges") answers the nearest accusation before it ("Y accused X of ..."): its accuser.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from eventwire.extract.raw import RawEvent
from eventwire.lexicons.actors.words import load_actor_words
from eventwire.resolve.actors.document import DocumentActors, ResolvedActor
from eventwire.resolve.implicit import is_arrest

__all__ = ["AGENT_SECTORS", "AGENT_TYPES", "DENIAL_TYPE", "accuser", "blamed_group", "named_agent"]

AGENT_TYPES = frozenset({"ASSAULT", "COERCE"})
AGENT_SECTORS = frozenset({"COP", "MIL", "REB", "PRM", "UAF", "CRM", "UNK"})
DENIAL_TYPE = "REJECT"
ACCUSATION_REACH = 2  # sentences before a denial's own that its accusation may be in


def named_agent(raw: RawEvent, actors: DocumentActors, when: date | None) -> ResolvedActor | None:
    """The armed or security actor an agentless violent or coercive event's own clause names as its doer in a
    by-phrase or a blame ("an attack by X", "a bomb planted by X", "blamed on X"); None when it names none."""
    if raw.type not in AGENT_TYPES:
        return None
    scope = {t.i for t in raw.trigger.root.subtree} | {raw.trigger.root.head.i}
    for token in raw.sentence:
        if token.i not in scope or not _agent_marker(token):
            continue
        for obj in (c for c in token.children if c.dep_ == "pobj"):
            found = actors.identify(obj.doc[obj.left_edge.i : obj.i + 1], when)
            if found.actor.sector in AGENT_SECTORS or found.actor.country == "IMG":
                return found
    return None


def blamed_group(raw: RawEvent, actors: DocumentActors) -> ResolvedActor | None:
    """The named armed group a short document blames for an agentless attack ("Authorities suspect X", "X claimed
    responsibility"), unless it is the event's own target; arrests and clashes are not pinned on armed groups."""
    clash = raw.trigger.root.lemma_.lower() in load_actor_words().clash_words
    if raw.type not in AGENT_TYPES or is_arrest(raw) or clash:
        return None
    return actors.blamed(raw.target)


def _agent_marker(token: Token) -> bool:
    """``by`` (a passive agent or an attack's doer) or the ``on`` of a blame ("blamed on X")."""
    word = token.lower_
    return word == "by" or (word == "on" and token.head.lemma_.lower() in load_actor_words().on_blame_verbs)


def accuser(raw: RawEvent, actors: DocumentActors, when: date | None) -> ResolvedActor | None:
    """The accuser a denial answers: the subject of the nearest verb of accusation (``accusation_verbs``) before
    the denial (``denial_verbs``), in its sentence or the two before, that is not the denier itself; None when
    there is none."""
    words = load_actor_words()
    trigger = raw.trigger.root
    if raw.type != DENIAL_TYPE or trigger.lemma_.lower() not in words.denial_verbs:
        return None
    denier = raw.source.root.i if raw.source is not None else None
    number = actors.sentence_of(raw.sentence)
    for back in range(ACCUSATION_REACH + 1):
        sentence = actors.sentence_span(number - back)
        if sentence is None:
            break
        for token in reversed([t for t in sentence if t.i < trigger.i]):
            subject = _accuser_of(token, words.accusation_verbs)
            if subject is None or subject.i == denier:
                continue
            found = actors.identify(subject.doc[subject.left_edge.i : subject.i + 1], when)
            return found if found.actor.country or found.actor.sector else None
    return None


def _accuser_of(token: Token, verbs: frozenset[str]) -> Token | None:
    """The active subject of a verb of accusation ("X accused", "X alleged that"), if ``token`` is one."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in verbs or token.dep_ == "amod":
        return None
    return next((c for c in token.children if c.dep_ == "nsubj"), None)
