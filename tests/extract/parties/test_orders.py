"""An act ordered in a clause is done by the one who ordered it, unless the clause names its own doer."""

from __future__ import annotations

import pytest

from eventwire.extract.parties.orders import clause_parties
from eventwire.extract.parties.record import Parties as Found
from eventwire.extract.tree import bare_clause_patient
from tests.extract.events import Parties, Run
from tests.tiers import Parse


@pytest.mark.slow
def test_a_passive_clause_ordered_is_done_by_the_commander(run: Run, typed_parties: Parties) -> None:
    events = run("The interior minister ordered that her citizenship be revoked.")
    assert [(src, tgt) for _, src, tgt in typed_parties(events, "COERCE")] == [
        ("The interior minister", "her citizenship")
    ]
    assert "REQUEST" not in {e.type for e in events}


@pytest.mark.slow
def test_the_subject_of_a_bare_ordered_clause_is_acted_on(run: Run, typed_parties: Parties) -> None:
    events = run("The home secretary ordered her citizenship revoked.")
    assert [(src, tgt) for _, src, tgt in typed_parties(events, "COERCE")] == [
        ("The home secretary", "her citizenship")
    ]
    assert "REQUEST" not in {e.type for e in events}
    events = run("The tribunal ordered him jailed for five years.")
    assert [(src, tgt) for _, src, tgt in typed_parties(events, "COERCE")] == [("The tribunal", "him")]


@pytest.mark.slow
def test_an_ordered_clause_with_its_own_doer_keeps_it(run: Run, typed_parties: Parties) -> None:
    events = run("The governor ordered that the police arrest the looters.")
    assert [(src, tgt) for _, src, tgt in typed_parties(events, "COERCE")] == [("the police", "the looters")]


@pytest.mark.slow
def test_a_clause_that_is_only_reported_gets_no_doer_from_the_reporter(run: Run, typed_parties: Parties) -> None:
    events = run("The governor said that the looters were arrested.")
    assert [src for _, src, _ in typed_parties(events, "COERCE")] != ["The governor"]


@pytest.mark.slow
def test_the_subject_of_a_bare_participle_clause_is_acted_on(run: Run, typed_parties: Parties) -> None:
    events = run("The two bankers risk having their assets frozen.")
    # the assets are acted on, and holdings stand for their owner (extract/parties/holdings.py)
    assert [(src, tgt) for _, src, tgt in typed_parties(events, "SANCTION")] == [(None, "their")]


def test_only_a_bare_participle_clause_has_a_patient_for_a_subject(parse: Parse) -> None:
    doc = parse("The court ordered him jailed.")
    assert bare_clause_patient(doc[4], ordered=True) == doc[3]
    doc = parse("The minister said the army attacked the rebels.")
    assert bare_clause_patient(doc[5], ordered=False) is None  # a finite clause: its subject does the act


def test_the_commander_does_an_ordered_bare_clause_and_its_subject_suffers_it(parse: Parse) -> None:
    doc = parse("The court ordered him jailed.")
    found = Found(source=doc[3])  # as the verbal reading gives it: the clause's subject as its doer
    clause_parties(found, doc[4], frozenset({"order"}))
    assert (found.source, found.target) == (doc[1], doc[3])
