"""Which events a sentence holds (issue 18, items 2 and 4): senses of trigger words that are no act, the type a
restriction of people takes, one act told once (tests load the spaCy model; sentences are our own)."""

from __future__ import annotations

import pytest


def _types(events) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(e.type for e in events)


@pytest.mark.slow
def test_people_banned_from_doing_something_are_restricted(run) -> None:  # type: ignore[no-untyped-def]
    assert _types(run("The authorities banned the journalists from leaving the country.")) == ["COERCE"]
    assert _types(run("Twenty activists were barred from travelling abroad by the interior ministry.")) == ["COERCE"]


@pytest.mark.slow
def test_trade_banned_is_a_sanction(run) -> None:  # type: ignore[no-untyped-def]
    assert _types(run("Washington banned the supply of drones to the militia.")) == ["SANCTION"]
    assert _types(run("The government banned imports from the neighbouring country.")) == ["SANCTION"]


@pytest.mark.slow
def test_pressing_ahead_is_no_request(run) -> None:  # type: ignore[no-untyped-def]
    assert run("The government can now press ahead with its plans for the region.") == []


@pytest.mark.slow
def test_remarks_seized_on_are_no_seizure(run) -> None:  # type: ignore[no-untyped-def]
    assert run("The minister's remarks were quickly seized on by opposition parties.") == []


@pytest.mark.slow
def test_a_revolt_giving_way_to_war_is_no_concession(run) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" not in _types(run("The revolt soon gave way to a long war."))


@pytest.mark.slow
def test_forces_backed_by_forces_are_military_cooperation(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Government troops, backed by allied air support, retook the hills.")
    assert [(e.type, e.cameo) for e in events if e.trigger.root.lower_ == "backed"] == [("COOPERATE", "062")]
    assert not [e for e in events if e.type == "SUPPORT"]
    events = run("The army, supported by local militias, drove the insurgents out of the valley.")
    assert ("COOPERATE", "supported") in {(e.type, e.trigger.root.lower_) for e in events}


@pytest.mark.slow
def test_a_government_backed_by_a_party_is_no_military_cooperation(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Germany backed the French proposal, and the plan was also backed by the ruling party in Spain.")
    assert "COOPERATE" not in {e.type for e in events}
    assert "SUPPORT" in {e.type for e in events}
