"""boilerplate.yaml of the cleaner: each entry of page furniture made into one pattern; a broken entry fails at
load time naming its file and line."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.boilerplate import FILE, Furniture, furniture_patterns, load_furniture
from eventwire.lexicons.files import substituted

BreakLine = Callable[[str, str, str], tuple[str, int]]


def test_each_entry_gives_one_pattern() -> None:
    assert len(furniture_patterns()) == len(load_furniture())


def test_a_phrase_may_end_with_a_colon_where_the_entry_says_so() -> None:
    assert re.fullmatch(Furniture(("share",), colon=True).pattern(), "share:")


def test_then_allows_text_after_the_last_word() -> None:
    assert re.fullmatch(Furniture(("read more",), then=10).pattern(), "read more here")


def test_then_needs_the_phrase_to_end_a_word() -> None:
    assert not re.fullmatch(Furniture(("read more",), then=10).pattern(), "read moreover")


def test_then_any_allows_text_inside_the_last_word() -> None:
    assert re.fullmatch(Furniture(("accept cookies",), then_any=5).pattern(), "accept cookiesxx")


def test_after_allows_text_before_the_first_word() -> None:
    assert re.fullmatch(Furniture(("we use cookies",), after=20).pattern(), "on this page we use cookies")


def test_an_unknown_key_names_its_line(break_line: BreakLine) -> None:
    text, line = break_line(FILE, "    then: 60", "    than: 60")
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line {line}: unknown key 'than'"):
        load_furniture()


def test_a_count_that_is_not_a_number_names_its_line(break_line: BreakLine) -> None:
    text, line = break_line(FILE, "    then: 60", "    then: sixty")
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line {line}: 'then'"):
        load_furniture()


def test_an_entry_without_phrases_is_an_error(break_line: BreakLine) -> None:
    text, _ = break_line(FILE, "  - phrases: [click here]", "  - words: [click here]")
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line \\d+: unknown key 'words'"):
        load_furniture()
