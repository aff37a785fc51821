"""A place taken, as the subject of a passive verb of taking (loads the spaCy model; sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

PlaceName = Callable[..., str | None]


def test_a_large_city_of_several_words_taken_in_the_passive_is_the_place(place_name: PlaceName) -> None:
    text = "1836 - Santa Cruz de Tenerife is captured by the rebels."
    assert place_name(text, "captured") == "Santa Cruz de Tenerife"


def test_a_man_taken_in_the_passive_is_no_place(place_name: PlaceName) -> None:
    assert place_name("Abu Hamza was captured by the police in May.", "captured") is None
