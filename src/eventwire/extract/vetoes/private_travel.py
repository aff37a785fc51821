"""Travel that is no visit: a private person going somewhere ("travelled to Syria to join the group").

A visit (CAMEO 042) is a party's representative going to another party; travelling, coming or arriving is one only
when the traveller can stand for a party and the journey is not for a private purpose (joining a group, fighting,
living, working, fleeing), unless its purpose is a meeting ("flew to Cairo to hold talks").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from eventwire.extract.tree import CLAUSAL, lemma

VISIT_CAMEO = "042"


@dataclass(frozen=True)
class TravelCues:
    """``verbs``: travel words checked (not "visit" itself); ``private``: travellers who stand for no party;
    ``purposes``: private aims; ``meetings``: aims that make a journey a visit."""

    verbs: frozenset[str]
    private: frozenset[str]
    purposes: frozenset[str]
    meetings: frozenset[str]

    @classmethod
    def from_data(cls, cues: dict[str, Any]) -> TravelCues:
        section = cues.get("travel", {})
        keys = ("verbs", "private_travellers", "private_purposes", "meeting_purposes")
        verbs, private, purposes, meetings = (frozenset(section.get(k, [])) for k in keys)
        return cls(verbs, private, purposes, meetings)


def private_travel(trigger: Token, cameo: str | None, traveller: Token | None, cues: TravelCues) -> bool:
    """Whether a travel trigger coded as a visit is a private journey, so no event."""
    if cameo != VISIT_CAMEO or lemma(trigger) not in cues.verbs:
        return False
    aims = [lemma(a) for a in _purposes(trigger)]
    if any(a in cues.meetings for a in aims):
        return False
    if any(a in cues.purposes for a in aims):
        return True
    if traveller is None or traveller.like_num:  # "with about 82% travelling to Italy": a share of people
        return True
    return lemma(traveller) in cues.private or traveller.lower_ in cues.private


def _purposes(trigger: Token) -> list[Token]:
    """The verbs of the trigger's "to ..." purpose clauses, with their coordinated verbs."""
    found = []
    for clause in trigger.children:
        if clause.dep_ not in CLAUSAL | {"xcomp"} or clause.pos_ != "VERB":
            continue
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            found.append(clause)
            found += [c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return found
