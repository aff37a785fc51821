"""Arrests and charges: an arrest for an act is also the arrester's accusation, and the act charged is no
event of its own unless it harmed someone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.extract.derived.charges import charged_act, charges, is_alleged
from tests.docs_builder import event, parsed, text, word
from tests.extract.events import Run, of_type, text_of


@pytest.mark.hand_built
def test_an_arrest_for_an_act_is_also_an_accusation_by_the_arrester(run: Run) -> None:
    events = run("Police in Ruritania arrested two journalists for insulting the king.")
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert [(e.mode, text_of(e.source), text_of(e.target)) for e in accuse] == [("allege", "Police", "two journalists")]
    assert any(e.type == "COERCE" and e.cameo == "173" for e in events)


@pytest.mark.hand_built
def test_holding_someone_for_questioning_is_no_accusation(run: Run) -> None:
    events = run("Police detained three men for questioning on Sunday.")
    assert not any(e.type == "ACCUSE" for e in events)
    assert any(e.type == "COERCE" for e in events)


@pytest.mark.hand_built
def test_the_act_an_arrest_charges_is_no_event_of_its_own(run: Run) -> None:
    events = run("Soldiers arrested the mayor of the town for collaborating with the rebels.")
    assert not any(e.type == "COOPERATE" for e in events)
    assert {"ACCUSE", "COERCE"} <= {e.type for e in events}


def test_the_act_named_in_charges_of_is_no_event(run: Run) -> None:
    events = run("Police detained the editor on charges of organizing an illegal protest.")
    assert not any(e.type == "PROTEST" for e in events)


def test_a_charged_killing_still_reports_its_victim(run: Run) -> None:
    events = run("A man was arrested in the capital for allegedly murdering a neighbour.")
    assert any(e.type == "ASSAULT" and e.target is not None and e.target.root.lower_ == "neighbour" for e in events)


def test_detention_on_charges_is_also_an_accusation(run: Run) -> None:
    accuse = of_type(run("Police in Peru detained three journalists on charges of espionage."), "ACCUSE")[0]
    assert text_of(accuse.source) == "Police"
    assert text_of(accuse.target) == "three journalists"


def test_being_in_charge_of_something_is_no_accusation(run: Run) -> None:
    assert not [e for e in run("The general is in charge of the operation in the north.") if e.type == "ACCUSE"]


JOURNALISTS = "Police in Ruritania arrested two journalists for insulting the king."


def test_the_gerund_of_a_for_phrase_on_an_arrest_is_the_act_charged() -> None:
    assert text(charged_act(word(parsed(JOURNALISTS), "arrested"))) == "insulting"


def test_holding_someone_for_questioning_charges_no_act() -> None:
    assert charged_act(word(parsed("Police detained three men for questioning on Sunday."), "detained")) is None


def test_the_act_charged_is_alleged_unless_it_harmed_someone() -> None:
    doc = parsed(JOURNALISTS)
    arrests = frozenset({word(doc, "arrested").i})
    assert is_alleged(word(doc, "insulting"), "ACCUSE", arrests, frozenset())
    assert not is_alleged(word(doc, "insulting"), "ASSAULT", arrests, frozenset())


def test_charges_add_the_arresters_accusation_to_an_arrest_for_an_act() -> None:
    arrest = replace(event(parsed(JOURNALISTS), "COERCE", "arrested", "Police", "two journalists"), cameo="173")
    accusations = charges([arrest])
    assert [(e.type, e.mode, e.cameo) for e in accusations] == [("ACCUSE", "allege", "112")]
    assert text(accusations[0].source) == "Police"
    assert text(accusations[0].target) == "two journalists"
