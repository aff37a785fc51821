"""The particle of a yielding verb ("gave in", "handed back") is never a preposition with an object of its own: "the
speech he gave in Cairo", "gave birth in the camp" yield nothing (loads the spaCy model; sentences are our own)."""

from __future__ import annotations

import pytest

from tests.extract.events import Run

pytestmark = pytest.mark.slow


def _types(events) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(e.type for e in events)


def test_a_speech_given_in_a_city_is_no_concession(run: Run) -> None:
    assert "CONCEDE" not in _types(run("The address echoed the speech the president gave in Cairo last year."))


def test_evidence_given_in_court_is_no_concession(run: Run) -> None:
    assert "CONCEDE" not in _types(run("The professor has given evidence in several trials of returning fighters."))


def test_giving_in_to_demands_is_a_concession(run: Run) -> None:
    assert "CONCEDE" in _types(run("The cabinet finally gave in to the demands of the striking nurses."))


def test_giving_in_at_the_end_of_a_clause_is_a_concession(run: Run) -> None:
    assert "CONCEDE" in _types(run("After two weeks of protests the governor gave in."))
