"""Cooperation ended: "the US would no longer supply arms", "will no longer grant me access".

A cooperative step that a party will "no longer" take is the end of that cooperation, not its denial: stopping aid
or cooperation is a SANCTION (CAMEO 162, reduce or stop material aid; 160 otherwise), refusing a step taken before
(a concession, access, talks, support) is a REJECT (120). The status is the clause's own ("would no longer" told
in speech is planned; ``status.py`` reads "no longer" as no negation).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.parties.record import Parties
from eventwire.extract.registry import Coding
from eventwire.extract.triggers.candidates import Candidate

STOPPED = {"AID": Coding("SANCTION", None, "162"), "COOPERATE": Coding("SANCTION", None, "160")}
REFUSED = frozenset({"AGREE", "CONCEDE", "CONSULT", "SUPPORT", "RETREAT"})
REFUSAL = Coding("REJECT", None, "120")


def no_longer(cand: Candidate, parties: Parties, ex: Extraction) -> Coding | None:
    """A cooperative step a party will "no longer" take: SANCTION for aid and cooperation, REJECT for the rest."""
    if not ended(cand.token):
        return None
    if cand.entry.type in STOPPED:
        return STOPPED[cand.entry.type]
    return REFUSAL if cand.entry.type in REFUSED else None


def ended(token: Token) -> bool:
    """Whether the verb is told with "no longer" ("would no longer supply")."""
    for c in token.children:
        if c.lower_ == "longer" and c.dep_ == "advmod":
            return c.i > 0 and token.doc[c.i - 1].lower_ == "no"
    return False
