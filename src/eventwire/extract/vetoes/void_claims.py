"""Claims of responsibility that name no attack: "the group claimed responsibility" codes the claimer's attack."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.tree import child, lemma
from eventwire.extract.triggers.candidates import Candidate

# prepositions that name the claimed attack ("responsibility for the bombing"): that noun is the event
NAMING_PREPS = frozenset({"for", "of"})
# subjects that say nobody made the claim
NOBODY = frozenset({"nobody", "none", "noone"})


def claim_naming_no_attack(cand: Candidate, ex: Extraction) -> bool:
    """A claim of responsibility that names its attack elsewhere, or that nobody made."""
    return void_claim(cand.token, list(cand.extra))


def void_claim(token: Token, extra: list[Token]) -> bool:
    """Whether a claim-of-responsibility trigger is no event of its own: the attack is named in a "for" phrase
    (coded on that noun, with the claimer as its source), or nobody made the claim ("no group has claimed
    responsibility")."""
    duty = next((t for t in extra if lemma(t) == "responsibility"), None)
    if duty is None or lemma(token) != "claim":
        return False
    if any(c.dep_ == "prep" and c.lower_ in NAMING_PREPS for c in [*duty.children, *token.children]):
        return True  # the phrase may hang on the verb: "claimed responsibility for a bomber who struck ..."
    subject = child(token, "nsubj")
    if subject is None:
        return False
    return subject.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)
