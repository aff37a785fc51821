"""Tenth round: places as targets of visits, embassies and agreed or refused steps; mediation between two sides;
a demand that someone act (tests load the spaCy model)."""

from __future__ import annotations

import pytest


def _of_type(events, type_: str):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == type_]


def _target(event) -> str | None:  # type: ignore[no-untyped-def]
    return None if event.target is None else event.target.text


@pytest.mark.slow
def test_arriving_in_a_capital_targets_it(run) -> None:  # type: ignore[no-untyped-def]
    consult = _of_type(run("The Chilean foreign minister arrived in Lima on Tuesday."), "CONSULT")
    assert consult and _target(consult[0]) == "Lima"


@pytest.mark.slow
def test_talks_held_in_a_city_do_not_target_it(run) -> None:  # type: ignore[no-untyped-def]
    consult = _of_type(run("The minister held talks in Vienna on Monday."), "CONSULT")
    assert all(_target(e) != "Vienna" for e in consult)


@pytest.mark.slow
def test_refusing_to_send_troops_to_a_country_targets_it(run) -> None:  # type: ignore[no-untyped-def]
    reject = _of_type(run("Portugal has refused to deploy soldiers in Mali."), "REJECT")
    assert reject and _target(reject[0]) == "Mali"


@pytest.mark.slow
def test_a_date_is_not_told_to_act(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The donors agreed on Friday to provide food aid for Malawi.")
    assert all(e.source is None or e.source.text != "Friday" for e in events)
    assert any(_target(e) == "Malawi" for e in _of_type(events, "AGREE"))


@pytest.mark.slow
def test_mediation_between_two_sides_targets_them(run) -> None:  # type: ignore[no-untyped-def]
    text = "The Norwegian envoy began a mediation effort between Colombia and Venezuela."
    consult = _of_type(run(text), "CONSULT")
    assert {_target(e) for e in consult} == {"Colombia", "Venezuela"}
    assert all(e.source is not None and e.source.root.lower_ == "envoy" for e in consult)


@pytest.mark.slow
def test_a_demand_that_someone_act_targets_them(run) -> None:  # type: ignore[no-untyped-def]
    request = _of_type(run("The union repeated its demand today that Ghana raise the minimum wage."), "REQUEST")
    assert request and _target(request[0]) == "Ghana"


@pytest.mark.slow
def test_the_doers_own_nationals_are_no_target(run) -> None:  # type: ignore[no-untyped-def]
    agree = _of_type(run("Peru has offered to hand over to Bolivia three of its nationals."), "AGREE")
    assert agree and _target(agree[0]) == "Bolivia"


@pytest.mark.slow
def test_holding_people_hostage_read_as_a_verb_is_abduction(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Pirates held the sailors hostage for two weeks.")
    assault = _of_type(events, "ASSAULT")
    assert assault and assault[0].cameo == "181" and not _of_type(events, "COERCE")


@pytest.mark.slow
def test_striking_workers_strike(run) -> None:  # type: ignore[no-untyped-def]
    protest = _of_type(run("Striking miners blocked the main road to the mine."), "PROTEST")
    assert any(e.mode == "strike" and e.source is not None and e.source.root.lower_ == "miners" for e in protest)


@pytest.mark.slow
def test_sentence_initial_rockets_are_no_target(run) -> None:  # type: ignore[no-untyped-def]
    assault = _of_type(run("Rockets were fired at the base overnight."), "ASSAULT")
    assert assault and all(_target(e) != "Rockets" for e in assault)
