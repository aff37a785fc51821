"""english.yaml of the language check: the commonest words of English news; a broken list names its line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.english import FILE, load_english_words
from eventwire.lexicons.files import substituted

BreakLine = Callable[[str, str, str], tuple[str, int]]


def test_the_commonest_words_are_listed() -> None:
    assert {"the", "of", "said"} <= load_english_words()


def test_a_word_listed_twice_names_its_line(break_line: BreakLine) -> None:
    text, line = break_line(FILE, "  - said\n", "  - said\n  - the\n")
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line {line + 1}: 'the'"):
        load_english_words()


def test_a_renamed_section_is_an_error(break_line: BreakLine) -> None:
    text, _ = break_line(FILE, "common_words:", "words:")
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line \\d+: no section"):
        load_english_words()
