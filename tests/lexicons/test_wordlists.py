"""Word lists in a data file's order, and the regular expressions built from them."""

from __future__ import annotations

import re

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.files import read_yaml, substituted
from eventwire.lexicons.wordlists import alternation, ordered_words

WORDS = "roads:\n  - Highway\n  - road\n"


def test_words_keep_the_files_order_in_lower_case() -> None:
    with substituted("test/words.yaml", WORDS):
        assert ordered_words(read_yaml("test/words.yaml"), "roads") == ("highway", "road")


def test_a_word_listed_twice_names_its_line() -> None:
    with substituted("test/words.yaml", WORDS + "  - ROAD\n"), pytest.raises(DataFileError, match="listed twice"):
        ordered_words(read_yaml("test/words.yaml"), "roads")


def test_an_alternation_escapes_words_and_matches_any_spacing() -> None:
    pattern = re.compile(rf"^(?:{alternation(['ring road', 'a.b'])})$")
    assert pattern.match("ring   road")
    assert pattern.match("a.b")
    assert not pattern.match("axb")
