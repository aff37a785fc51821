"""Accepting or admitting a fact: "many states accepted that the president has survived" is no agreement.

PLOVER's AGREE and CONCEDE need a party to agree to or yield on something; a that-clause of "accept", "admit" or
"acknowledge" that only states a fact is neither. It is a concession when the clause owns up to a claim against the
speaker: the speaker's side is its subject ("admitted that it had struck the hospital", "that its forces fired")
or it names a fault, a loss or a responsibility ("admitted that the raid was a mistake").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.parties.record import Parties
from eventwire.extract.tree import child, lemma
from eventwire.extract.triggers.candidates import Candidate
from eventwire.lexicons.cues import FactCues

OWN_SIDE = frozenset({"i", "we", "it", "he", "she", "they", "its", "our", "my", "his", "her", "their"})


def admitted_fact(cand: Candidate, parties: Parties, ex: Extraction) -> bool:
    """An AGREE or CONCEDE trigger that accepts or admits a fact, owning up to nothing."""
    return cand.entry.type in ("AGREE", "CONCEDE") and accepts_fact(cand.token, ex.data.cues.facts)


def accepts_fact(trigger: Token, cues: FactCues) -> bool:
    """Whether the trigger accepts or admits the fact of a that-clause, owning up to nothing."""
    if lemma(trigger) not in cues.verbs or child(trigger, "dobj") is not None:
        return False
    clause = child(trigger, "ccomp")
    return clause is not None and not _against_speaker(clause, cues)


def _against_speaker(clause: Token, cues: FactCues) -> bool:
    subject = child(clause, "nsubj", "nsubjpass")
    if subject is not None:
        owner = child(subject, "poss")
        if subject.lower_ in OWN_SIDE or (owner is not None and owner.lower_ in OWN_SIDE):
            return True
    return any(lemma(t) in cues.faults for t in clause.subtree)
