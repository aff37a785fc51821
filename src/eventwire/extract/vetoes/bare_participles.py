"""Bare -ing clauses of violence: "shelled the town, killing 12" restates the shelling unless it names victims.

An -ing clause of violence hung on another violent event is an event of its own only with victims of its own: its
object, a coordinated verb's, or a party after "at"/"on" ("firing at the crowd"); "opened fire, killing" with nobody
named is the main event told again.
"""

from __future__ import annotations

from eventwire.extract.context import Extraction
from eventwire.extract.parties.targets import shared_object
from eventwire.extract.tree import child
from eventwire.extract.triggers.candidates import Candidate

# prepositions that name whom an -ing clause of violence is aimed at ("firing at the crowd")
PARTY_PREPS = frozenset({"at", "on", "upon", "into"})


def bare_participle(cand: Candidate, ex: Extraction) -> bool:
    """An -ing clause of violence on another violent trigger, with no victims of its own ("shelled X, killing.")."""
    token, governor = cand.token, cand.token.head
    if cand.entry.type != "ASSAULT" or token.tag_ != "VBG" or token.dep_ not in ("advcl", "conj"):
        return False
    if governor.i == token.i or governor.i not in ex.triggers:
        return False
    if child(token, "dobj", "dative") is not None or shared_object(token) is not None:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in PARTY_PREPS for c in token.children)
