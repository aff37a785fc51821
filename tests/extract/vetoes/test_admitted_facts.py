"""Accepting a fact is no agreement; admitting one's own act stays a concession."""

from __future__ import annotations

import pytest

from eventwire.extract.vetoes.admitted_facts import accepts_fact
from eventwire.lexicons.cues import FactCues
from tests.docs_builder import parsed, word
from tests.extract.events import Run, types_and_cameos


@pytest.mark.hand_built
def test_accepting_a_fact_is_no_agreement(run: Run) -> None:
    events = run("Several neighbouring states have accepted that the ruler has survived the war.")
    assert not {t for t, _ in types_and_cameos(events)} & {"AGREE", "CONCEDE"}


def test_admitting_ones_own_act_stays_a_concession(run: Run) -> None:
    assert "CONCEDE" in {t for t, _ in types_and_cameos(run("The army admitted that it had shelled the hospital."))}


FACTS = FactCues(verbs=frozenset({"accept", "admit"}), faults=frozenset({"shell"}))


def test_accepting_that_something_is_so_accepts_a_fact() -> None:
    doc = parsed("Several neighbouring states have accepted that the ruler has survived the war.")
    assert accepts_fact(word(doc, "accepted"), FACTS)


def test_admitting_ones_own_act_accepts_no_mere_fact() -> None:
    admitted = word(parsed("The army admitted that it had shelled the hospital."), "admitted")
    assert not accepts_fact(admitted, FACTS)
    assert not accepts_fact(admitted, FactCues(verbs=frozenset({"admit"}), faults=frozenset()))
