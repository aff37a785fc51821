"""A figurative capture (a game, a vote, a picture) has no place of its own (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.lexicons.places.figurative import load_figurative

PlaceName = Callable[..., str | None]


def test_the_figurative_word_lists_are_lower_case_single_words() -> None:
    words = load_figurative()
    for listed in (words.verbs, words.objects, words.recordings):
        assert listed
        assert all(word == word.lower().strip() and " " not in word for word in listed)


@pytest.mark.hand_built
def test_a_title_captured_in_a_tournament_has_no_place(place_name: PlaceName) -> None:
    text = "The Danish golfer captured his first major title at the Open in Carnoustie."
    assert place_name(text, "captured", kind="COERCE") is None


def test_a_capture_on_video_has_no_place(place_name: PlaceName) -> None:
    assert (
        place_name("The suspect was captured on video at a petrol station in Leeds.", "captured", kind="COERCE") is None
    )


def test_a_capture_of_people_keeps_its_place(place_name: PlaceName) -> None:
    assert place_name("Soldiers captured two rebel commanders in Goma.", "captured", kind="COERCE") == "Goma"
