"""Clauses that name an act and whom it is done to, but not who does it.

- A bare participle clause: its subject is acted on, never the doer ("having their assets frozen", "saw the
  village destroyed": the assets, the village).
- An act a command orders in a clause is done by the one who ordered it ("the minister ordered that her
  citizenship be revoked", "the court ordered him jailed"); a clause with a doer of its own keeps it ("ordered that
  the police arrest him").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.parties.record import Parties
from eventwire.extract.parties.subjects import subject_of
from eventwire.extract.tree import CLAUSE_DEPS, bare_clause_patient, child, lemma


def clause_parties(parties: Parties, clause: Token, commands: frozenset[str]) -> None:
    """The patient of a bare clause as target, and the commander as doer of an ordered clause with no doer."""
    ordered = clause.dep_ in CLAUSE_DEPS and clause.head.i != clause.i and lemma(clause.head) in commands
    patient = bare_clause_patient(clause, ordered) if child(clause, "agent") is None else None
    if patient is not None:
        if parties.source is not None and parties.source.i == patient.i:
            parties.source = None
        if parties.target is None:
            parties.target = patient
    if not ordered:
        return
    commander = subject_of(clause.head)
    if commander is None or (parties.target is not None and commander.i == parties.target.i):
        return
    if patient is not None or (child(clause, "nsubjpass") is not None and child(clause, "agent") is None):
        parties.source = commander
