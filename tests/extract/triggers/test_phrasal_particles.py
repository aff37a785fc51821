"""The particle of a phrasal entry ("gave in", "took over", "walked out") is never a preposition with an object of its
own below another word, nor, for a particle that takes no object, on the verb itself: "the speech he gave in Cairo",
"a clear lead over its rivals" yield nothing (loads the spaCy model; sentences are our own)."""

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


def test_a_lead_over_rivals_is_no_takeover(run: Run) -> None:
    assert _types(run("The government expects to take a clear lead over Japan in battery exports.")) == []


def test_taking_over_a_town_is_still_a_takeover(run: Run) -> None:
    assert "ASSAULT" in _types(run("Rebel fighters took over the town of Marib on Sunday."))


def test_walking_out_a_door_is_no_walkout(run: Run) -> None:
    assert "REJECT" not in _types(run("The foreign minister walked out the side door of the hotel."))


def test_walking_out_of_talks_is_a_walkout(run: Run) -> None:
    assert "REJECT" in _types(run("The opposition delegation walked out of the talks in Geneva."))


def test_sitting_in_a_cafe_is_no_sit_in(run: Run) -> None:
    assert "PROTEST" not in _types(run("The former commander was sitting in a small cafe near the border."))


def test_sitting_in_at_a_ministry_is_a_protest(run: Run) -> None:
    assert "PROTEST" in _types(run("The teachers sat in at the ministry for three days."))


@pytest.mark.parametrize(
    "text", ["The nurses staged a sit-in at the health ministry.", "Miners began a sit-in at the pit on Monday."]
)
def test_a_sit_in_written_as_a_noun_is_a_protest(run: Run, text: str) -> None:
    assert "PROTEST" in _types(run(text))
