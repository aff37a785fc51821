"""A statement is not placed by the place of what it is about (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import Place

pytestmark = pytest.mark.slow

Locate = Callable[..., Place | None]


def _name(place: Place | None) -> str | None:
    return place.name if place is not None else None


def test_an_accusation_is_not_placed_where_the_accused_act_happened(locate: Locate) -> None:
    text = "Brazil accused the rebels and their backers of starting the fighting in Paraguay."
    assert _name(locate(text, "accused", "ACCUSE")) is None


def test_the_accused_act_itself_keeps_its_place(locate: Locate) -> None:
    text = "Brazil accused the rebels and their backers of starting the fighting in Paraguay."
    assert _name(locate(text, "fighting", "ASSAULT")) == "Paraguay"


def test_a_call_for_talks_is_not_placed_where_the_talks_would_be(locate: Locate) -> None:
    assert _name(locate("The Danish minister called for talks in Vienna.", "called", "REQUEST")) is None


def test_blame_for_a_raid_is_not_placed_at_the_raid(locate: Locate) -> None:
    assert _name(locate("Chile blamed the smugglers for the raid in Arica.", "blamed", "ACCUSE")) is None


def test_a_statement_keeps_the_place_where_it_was_made(locate: Locate) -> None:
    text = "The premier warned about the floods in Assam during a speech in Lucknow."
    assert _name(locate(text, "warned", "THREATEN")) == "Lucknow"


def test_the_object_s_own_complement_still_places_a_condemnation(locate: Locate) -> None:
    text = "Albania condemned the crackdown of the police in Skopje."
    assert _name(locate(text, "condemned", "ACCUSE")) == "Skopje"


def test_an_attack_is_still_placed_by_its_phrase(locate: Locate) -> None:
    assert _name(locate("Gunmen attacked a bus of pilgrims in Karbala.", "attacked", "ASSAULT")) == "Karbala"
