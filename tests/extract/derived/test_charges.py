"""Thirteenth round: a cease-fire is no blaze, withdrawn inspectors and mass expulsions, and the charge an arrest
names (tests load the spaCy model; sentences are our own)."""

from __future__ import annotations

import pytest


def _types(events) -> set[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return {(e.type, e.cameo) for e in events}


@pytest.mark.slow
def test_a_refused_cease_fire_proposal_is_a_rejection_not_a_fire(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The president of Freedonia rejected the rebel leader's proposal for a cease-fire during the holiday.")
    assert ("REJECT", "120") in _types(events)


@pytest.mark.slow
def test_an_announced_withdrawal_of_inspectors_is_a_sanction_threatened(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The commission chief announced that he will withdraw its weapons inspectors from Ruritania.")
    found = _types(events)
    assert ("SANCTION", "1662") in found
    assert ("THREATEN", "130") in found
    assert not any(e.type == "RETREAT" for e in events)


@pytest.mark.slow
def test_forcing_villagers_from_their_homes_is_a_mass_expulsion(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The army forced out more than 2,000 villagers from their homes near the border.")
    assert ("ASSAULT", "201") in _types(events)


@pytest.mark.slow
def test_expelling_two_journalists_is_no_mass_expulsion(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The government expelled two foreign journalists on Monday.")
    assert ("ASSAULT", "201") not in _types(events)


@pytest.mark.slow
def test_an_arrest_for_an_act_is_also_an_accusation_by_the_arrester(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Police in Ruritania arrested two journalists for insulting the king.")
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert [(e.mode, e.source.text, e.target.text) for e in accuse] == [("allege", "Police", "two journalists")]
    assert any(e.type == "COERCE" and e.cameo == "173" for e in events)


@pytest.mark.slow
def test_holding_someone_for_questioning_is_no_accusation(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Police detained three men for questioning on Sunday.")
    assert not any(e.type == "ACCUSE" for e in events)
    assert any(e.type == "COERCE" for e in events)
