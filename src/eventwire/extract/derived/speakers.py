"""Coordinated doers of a statement: "Germany and France condemned the raid" is two condemnations.

A statement (an accusation, rejection, demand, threat or declaration of support; ``statements.types`` in
``cues.yaml``) is each speaker's own act, so every further party coordinated with its doer ("Germany and France",
"the US, Britain and France", "was contradicted by his ministers and by Britain") is the doer of one more event,
with the first event's type, coding, target and status. Coordinated doers of an act of force stay one event ("Russia
and Syria bombed the town": they act together), and the sides of a meeting or deal are each other's partners
(``party_rule.coordination``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.raw import RawEvent
from eventwire.extract.tree import ACTOR_ENTS, actor_span, conjuncts

# entities whose modifier names a party: "British ministers", "the Kenyan government", "Iran's foreign ministry"
NAMING_ENTS = frozenset({"NORP", "GPE", "ORG"})


def coordinated_speakers(events: list[RawEvent], ex: Extraction) -> list[RawEvent]:
    """For each one-way statement, one more event per party coordinated with its doer."""
    extra: list[RawEvent] = []
    types = ex.data.cues.statements
    for event in events:
        if event.type not in types or event.symmetric or event.source is None:
            continue
        for speaker in _co_speakers(event.source.root):
            extra.append(replace(event, source=actor_span(speaker)))
    return extra


def _co_speakers(doer: Token) -> list[Token]:
    """Named parties coordinated with ``doer`` ("Germany and France"), also through a repeated "by" ("by his
    ministers and by Britain")."""
    found = _all_conjuncts(doer)
    by = doer.head
    if doer.dep_ == "pobj" and by.lower_ == "by":
        found += [o for c in _all_conjuncts(by) for o in c.children if o.dep_ == "pobj"]
    return [t for t in found if t.pos_ in ("PROPN", "NOUN") and _named(t)]


def _named(token: Token) -> bool:
    """A party named by its own name or its country ("France", "British ministers"); a bare crowd ("residents and
    workers protested, demanding ...") speaks as one."""
    if token.ent_type_ in ACTOR_ENTS:
        return True
    return any(c.ent_type_ in NAMING_ENTS for c in token.children if c.dep_ in ("amod", "compound", "poss"))


def _all_conjuncts(token: Token) -> list[Token]:
    """Every token of the coordination ``token`` heads ("the US, Britain and France" -> Britain, France)."""
    found: list[Token] = []
    todo = conjuncts(token)
    while todo:
        node = todo.pop(0)
        found.append(node)
        todo += conjuncts(node)
    return found
