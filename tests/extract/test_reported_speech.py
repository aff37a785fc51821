"""Reported speech and nominal events found (issue 18, item 4): disputes, blocking, ruling out, vilifying, impeaching,
accusations in relative clauses, and the content of an order coded as what it orders (tests load the spaCy model;
sentences are our own, or short fragments the issue quotes)."""

from __future__ import annotations

import pytest


def _coded(events) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(e.type, _text(e.source), _text(e.target)) for e in events]


def _text(span) -> str | None:  # type: ignore[no-untyped-def]
    return span.text if span is not None else None


@pytest.mark.slow
def test_a_claim_disputed_in_the_passive_is_rejected_by_the_agent(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The claim was disputed by Kurdish-led forces.")
    assert _coded(events) == [("REJECT", "Kurdish-led forces", "The claim")]


@pytest.mark.slow
def test_blocking_a_referral_is_a_rejection(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Russia blocked the referral to the international court.")
    assert [e.type for e in events] == ["REJECT"]


@pytest.mark.slow
def test_blocking_a_road_is_still_an_obstruction(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Farmers blocked the road to the airport.")
    assert [e.type for e in events] == ["PROTEST"]


@pytest.mark.slow
def test_an_accusation_in_a_relative_clause_is_found(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The senator, who accused the minister of lying, resigned on Friday.")
    assert [(e.type, _text(e.source)) for e in events if e.type == "ACCUSE"] == [("ACCUSE", "The senator")]


@pytest.mark.slow
def test_a_revocation_ordered_is_the_revocation(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The interior minister ordered that her citizenship be revoked.")
    assert [e.type for e in events] == ["COERCE"]


@pytest.mark.slow
def test_stripping_citizenship_is_coercion(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The government stripped the cleric of his citizenship.")
    assert [(e.type, _text(e.source)) for e in events] == [("COERCE", "The government")]


@pytest.mark.slow
def test_revoking_citizenship_is_coercion_of_its_holder(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The government revoked the citizenship of the cleric.")
    assert _coded(events) == [("COERCE", "The government", "the cleric")]


@pytest.mark.slow
def test_ruling_out_talks_is_a_rejection(run) -> None:  # type: ignore[no-untyped-def]
    assert "REJECT" in [e.type for e in run("The opposition ruled out talks with the junta.")]


@pytest.mark.slow
def test_vilifying_and_impeaching_are_accusations(run) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in run("The president vilified the press.")] == ["ACCUSE"]
    assert [e.type for e in run("Parliament impeached the deputy president.")] == ["ACCUSE"]


@pytest.mark.slow
def test_a_disputed_region_disputes_nothing(run) -> None:  # type: ignore[no-untyped-def]
    assert run("The disputed region lies in the north.") == []
