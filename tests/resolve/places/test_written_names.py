"""The name of a place as the text writes it (loads the spaCy model; sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

PlaceName = Callable[..., str | None]


def test_a_transliterated_name_keeps_the_ayn_mark_that_opens_it(place_name: PlaceName) -> None:
    text = "Rebel fighters stormed the hilltop village of ‘Ayn Tarma on Friday."
    assert place_name(text, "stormed") == "‘Ayn Tarma"


def test_a_name_in_quotes_is_written_without_them(place_name: PlaceName) -> None:
    text = "Rebel fighters stormed the hilltop village of ‘Tarma’ on Friday."
    assert place_name(text, "stormed") == "Tarma"
