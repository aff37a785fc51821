"""The date lexicon's sections for the clause rules (year_thirds, recent_words, spoken_types): read as typed
tables, and a bad entry fails at load time naming its file and line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.dates import load_lexicon
from eventwire.lexicons.files import substituted

FILE = "dates/lexicon.yaml"
BreakLine = Callable[[str, str, str], tuple[str, int]]


def test_the_sections_load_as_typed_tables() -> None:
    lexicon = load_lexicon()
    assert (lexicon.year_thirds["late"], lexicon.year_thirds["beginning"], lexicon.year_thirds["mid"]) == (3, 1, 2)
    assert "recently" in lexicon.recent_words
    assert "REJECT" in lexicon.spoken_types
    assert "ASSAULT" not in lexicon.spoken_types


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("  late: 3", "  late: 4", "year_thirds: 'late' must map to 1, 2 or 3"),
        ("spoken_types: [REQUEST,", "spoken_types: [PLEAD,", "spoken_types: 'PLEAD' is not an event type"),
    ],
)
def test_a_bad_entry_fails_naming_the_file_and_line(break_line: BreakLine, old: str, new: str, problem: str) -> None:
    text, line = break_line(FILE, old, new)
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line {line}: {problem}"):
        load_lexicon()


def test_every_part_of_a_year_needs_its_third(break_line: BreakLine) -> None:
    text, _ = break_line(FILE, "  mid: 2\n", "")
    with substituted(FILE, text), pytest.raises(DataFileError, match="year_thirds: no entry for mid"):
        load_lexicon()


def test_the_recent_words_section_is_required(break_line: BreakLine) -> None:
    text, _ = break_line(FILE, "recent_words:", "recent_word:")
    with substituted(FILE, text), pytest.raises(DataFileError, match="no section 'recent_words'"):
        load_lexicon()
