"""A statement is not placed by the place of what it is about (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

PlaceName = Callable[..., str | None]


@pytest.mark.hand_built
def test_an_accusation_is_not_placed_where_the_accused_act_happened(place_name: PlaceName) -> None:
    text = "Brazil accused the rebels and their backers of starting the fighting in Paraguay."
    assert place_name(text, "accused", "ACCUSE") is None


@pytest.mark.hand_built
def test_the_accused_act_itself_keeps_its_place(place_name: PlaceName) -> None:
    text = "Brazil accused the rebels and their backers of starting the fighting in Paraguay."
    assert place_name(text, "fighting", "ASSAULT") == "Paraguay"


@pytest.mark.hand_built
def test_a_call_for_talks_is_not_placed_where_the_talks_would_be(place_name: PlaceName) -> None:
    assert place_name("The Danish minister called for talks in Vienna.", "called", "REQUEST") is None


def test_blame_for_a_raid_is_not_placed_at_the_raid(place_name: PlaceName) -> None:
    assert place_name("Chile blamed the smugglers for the raid in Arica.", "blamed", "ACCUSE") is None


def test_a_statement_keeps_the_place_where_it_was_made(place_name: PlaceName) -> None:
    text = "The premier warned about the floods in Assam during a speech in Lucknow."
    assert place_name(text, "warned", "THREATEN") == "Lucknow"


def test_the_object_s_own_complement_still_places_a_condemnation(place_name: PlaceName) -> None:
    text = "Albania condemned the crackdown of the police in Skopje."
    assert place_name(text, "condemned", "ACCUSE") == "Skopje"


def test_an_attack_is_still_placed_by_its_phrase(place_name: PlaceName) -> None:
    assert place_name("Gunmen attacked a bus of pilgrims in Karbala.", "attacked", "ASSAULT") == "Karbala"
