"""The date lexicon (dates/lexicon.yaml): a missing or malformed section fails at load time naming its file and
line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.dates import load_lexicon
from eventwire.lexicons.files import substituted

FILE = "dates/lexicon.yaml"
BreakLine = Callable[[str, str, str], tuple[str, int]]


def test_directions_say_which_way_a_count_goes() -> None:
    lexicon = load_lexicon()
    assert (lexicon.direction("Ago"), lexicon.direction("after")) == (-1, 1)


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('Christmas Day: "12-25"', 'Christmas Day: "02-30"', "holiday 'Christmas Day': '02-30' names no days"),
        ("ambiguous_months: [May, Mar, Jun]", "ambiguous_months: [May, Mars]", "ambiguous_months: mars not among"),
        ("  later: 1", "  later: 2", "count_directions: 'later' must map to -1 \\(back\\) or 1"),
        ("  yesterday: -1", "  yesterday: the day before", "relative_days: 'yesterday' must map to a whole number"),
        ("  spring: {first: 3", "  spring: {first: 13", "season 'spring' needs a first month 1-12"),
        ("  5: [May]", "  13: [May]", "months: bad entry 13"),
    ],
)
def test_a_bad_entry_fails_naming_the_file_and_line(break_line: BreakLine, old: str, new: str, problem: str) -> None:
    text, line = break_line(FILE, old, new)
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line {line}: {problem}"):
        load_lexicon()


def test_a_month_left_out_is_refused(break_line: BreakLine) -> None:
    text, _ = break_line(FILE, "  12: [December, Dec]\n", "")
    with substituted(FILE, text), pytest.raises(DataFileError, match="months must name all twelve months"):
        load_lexicon()


def test_a_renamed_section_is_an_error_not_an_empty_list(break_line: BreakLine) -> None:
    text, _ = break_line(FILE, "year_edges:", "year_edge:")
    with substituted(FILE, text), pytest.raises(DataFileError, match="no section 'year_edges'"):
        load_lexicon()
