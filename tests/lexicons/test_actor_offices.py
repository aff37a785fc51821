"""offices.yaml of the knowledge-base build: phrase lists per sector made into whole-word patterns, with the words
after which a phrase does not count; a broken section fails at load time naming its file and line."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.actors.offices import FILE, SECTIONS, load_office_words
from eventwire.lexicons.files import substituted

BreakLine = Callable[[str, str, str], tuple[str, int]]


def test_every_section_has_phrases() -> None:
    assert all(load_office_words().phrases[key] for key in SECTIONS)


def test_a_phrase_matches_as_whole_words() -> None:
    pattern = re.compile(load_office_words().whole_words("military"))
    assert pattern.search("chief of the general staff")


def test_a_phrase_inside_a_longer_word_does_not_match() -> None:
    pattern = re.compile(load_office_words().whole_words("military"))
    assert not pattern.search("armyworm control officer")


def test_a_phrase_followed_by_a_listed_word_does_not_count() -> None:
    pattern = re.compile(load_office_words().whole_words("government"))
    assert not pattern.search("chancellor of justice")


def test_the_same_phrase_counts_before_other_words() -> None:
    pattern = re.compile(load_office_words().whole_words("government"))
    assert pattern.search("chancellor of germany")


def test_a_not_before_phrase_must_be_listed(break_line: BreakLine) -> None:
    text, line = break_line(FILE, "  chancellor: [of justice]", "  chancelor: [of justice]")
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line {line}: 'chancelor'"):
        load_office_words()


def test_a_renamed_section_is_an_error_not_an_empty_list(break_line: BreakLine) -> None:
    text, _ = break_line(FILE, "intelligence:", "spies:")
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line \\d+: no section"):
        load_office_words()
