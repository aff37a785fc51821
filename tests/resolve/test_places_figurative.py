"""A figurative capture (a game, a vote, a picture) has no place of its own (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from eventwire.extract.raw import RawEvent
from eventwire.resolve.places import Gazetteer, event_place, figurative_words

Locate = Callable[[str, str], str | None]


@pytest.fixture(scope="module")
def locate(nlp: Language, gazetteer: Gazetteer) -> Locate:

    def _locate(text: str, trigger: str) -> str | None:
        doc = nlp(text)
        token = next(t for t in doc if t.text == trigger)
        raw = RawEvent(type="COERCE", trigger=doc[token.i : token.i + 1], sentence=token.sent)
        place = event_place(raw, gazetteer)
        return place.name if place is not None else None

    return _locate


def test_the_figurative_word_lists_are_lower_case_single_words() -> None:
    words = figurative_words()
    assert set(words) == {"verbs", "objects", "recordings"}
    for listed in words.values():
        assert listed
        assert all(word == word.lower().strip() and " " not in word for word in listed)


@pytest.mark.slow
def test_a_title_captured_in_a_tournament_has_no_place(locate: Locate) -> None:
    text = "The Danish golfer captured his first major title at the Open in Carnoustie."
    assert locate(text, "captured") is None


@pytest.mark.slow
def test_a_capture_on_video_has_no_place(locate: Locate) -> None:
    assert locate("The suspect was captured on video at a petrol station in Leeds.", "captured") is None


@pytest.mark.slow
def test_a_capture_of_people_keeps_its_place(locate: Locate) -> None:
    assert locate("Soldiers captured two rebel commanders in Goma.", "captured") == "Goma"
