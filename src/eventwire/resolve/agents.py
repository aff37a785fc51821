"""The doer of an agentless violent or coercive event, when words other than its subject name one.

``named_agent``: the event's own clause names its doer in a by-phrase or a blame ("killed in an attack by X", "a
bomb planted by suspected X", "an attack blamed on X"), when the phrase names an armed or security actor (people,
objects and dates in by-phrases do not count). ``blamed_group``: a short document pins its violence on a named
armed group in any sentence ("Authorities suspect X", "X claimed responsibility"); arrests and clashes are not
pinned on it, nor is the event's own target.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from eventwire.extract.raw import RawEvent
from eventwire.lexicons.actors.words import load_actor_words
from eventwire.resolve.actors.document import DocumentActors, ResolvedActor
from eventwire.resolve.implicit import is_arrest

__all__ = ["AGENT_SECTORS", "AGENT_TYPES", "blamed_group", "named_agent"]

AGENT_TYPES = frozenset({"ASSAULT", "COERCE"})
AGENT_SECTORS = frozenset({"COP", "MIL", "REB", "PRM", "UAF", "CRM", "UNK"})


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
