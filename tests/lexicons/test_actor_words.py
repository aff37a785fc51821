"""words.yaml of the actor rules: every section loads as words; a missing or malformed section fails at load time
naming its file and line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.actors.words import load_actor_words
from eventwire.lexicons.files import substituted

FILE = "actors/words.yaml"
BreakLine = Callable[[str, str, str], tuple[str, int]]


def test_sections_load_as_lower_case_words() -> None:
    assert {"officials", "aid workers"} <= load_actor_words().staff_nouns


def test_pattern_lists_keep_the_file_order() -> None:
    assert load_actor_words().compass_words == ("north", "south", "east", "west")


def test_an_unquoted_yaml_boolean_is_refused(break_line: BreakLine) -> None:
    text, line = break_line(FILE, '"on"', "on")
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line {line}: item True"):
        load_actor_words()


def test_a_section_that_is_not_a_list_names_its_line(break_line: BreakLine) -> None:
    text, line = break_line(FILE, "body_nouns: [group,", "body_nouns: group\nold_body_nouns: [group,")
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line {line}: section 'body_nouns'"):
        load_actor_words()


def test_a_renamed_section_is_an_error_not_an_empty_list(break_line: BreakLine) -> None:
    text, _ = break_line(FILE, "clash_words:", "clashing_words:")
    with (
        substituted(FILE, text),
        pytest.raises(DataFileError, match=f"data/{FILE} line \\d+: no section 'clash_words'"),
    ):
        load_actor_words()


def test_a_word_listed_twice_names_its_line(break_line: BreakLine) -> None:
    text, line = break_line(FILE, "staffer, staffers]", "staffer, staffers,\n  officials]")
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line {line + 1}: 'officials'"):
        load_actor_words()
