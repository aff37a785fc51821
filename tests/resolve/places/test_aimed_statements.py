"""A statement about a measure aimed at a country is not placed in that country (loads the spaCy model; sentences
written for these tests)."""

from __future__ import annotations

from tests.resolve.conftest import Locate


def test_a_demand_to_keep_a_measure_on_a_country_is_not_placed_there(locate: Locate) -> None:
    text = "The minister told reporters the council must maintain the arms embargo currently in force on Sudan."
    assert locate(text, "maintain", "REQUEST") is None


def test_a_statement_made_in_a_country_keeps_its_place(locate: Locate) -> None:
    text = "Speaking in Nairobi, the minister urged the council to maintain the arms embargo."
    place = locate(text, "urged", "REQUEST")
    assert place is not None
    assert place.country == "KEN"
