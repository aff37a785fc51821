"""A people named as an actor ("Bosnian Serbs", "Palestinians of the West Bank") reads as civilians of its country."""

from __future__ import annotations

import pytest

from eventwire.resolve.actors.document import ActorResolver

READER = ActorResolver().reader


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("Bosnian Serbs", "BIH"),
        ("Palestinians of the Israeli-occupied West Bank", "PSE"),
        ("Somalis living in the camps", "SOM"),
    ],
)
def test_a_people_as_the_head_of_the_phrase_reads_as_civilians(phrase: str, country: str) -> None:
    reading = READER.read(phrase, None)
    assert (reading.country, reading.sector) == (country, "CVL")


def test_a_nationality_before_a_role_keeps_the_role(phrase: str = "Bosnian Serb soldiers") -> None:
    assert READER.read(phrase, None).sector == "MIL"


def test_a_seat_followed_by_a_preposition_still_stands_for_its_government() -> None:
    reading = READER.read("Moscow on Monday", None)
    assert (reading.country, reading.sector) == ("RUS", "GOV")
