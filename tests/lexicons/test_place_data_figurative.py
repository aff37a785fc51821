"""The words of figurative captures (data/places/figurative.yaml): three sections of single words."""

from __future__ import annotations

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.files import substituted
from eventwire.lexicons.places.figurative import FILE, load_figurative

GOOD = "verbs: [capture]\nobjects: [title]\nrecordings: [video]\n"


def test_the_three_sections_are_read() -> None:
    with substituted(FILE, GOOD):
        assert load_figurative().objects == frozenset({"title"})


def test_a_phrase_in_a_list_of_single_words_names_its_line() -> None:
    text = "verbs: [capture]\nobjects:\n  - title\n  - hat trick\nrecordings: [video]\n"
    with substituted(FILE, text), pytest.raises(DataFileError, match=r"^data/places/figurative.yaml line 4: section"):
        load_figurative()


def test_a_missing_section_names_the_file() -> None:
    with substituted(FILE, "verbs: [capture]\nobjects: [title]\n"), pytest.raises(DataFileError, match="'recordings'"):
        load_figurative()
