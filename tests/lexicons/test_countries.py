"""countries.tsv: the table loads; a bad row fails at load time naming its file and line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.actors.countries import load_countries
from eventwire.lexicons.files import substituted

FILE = "actors/countries.tsv"
BreakLine = Callable[[str, str, str], tuple[str, int]]


def test_every_row_loads_with_its_words() -> None:
    afghanistan = next(country for country in load_countries() if country.iso3 == "AFG")
    assert (afghanistan.names[0], afghanistan.adjectives, afghanistan.people) == (
        "Afghanistan",
        ("Afghan",),
        ("Afghans",),
    )


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("AFG\t", "AFX\t", "iso3 'AFX' is not an ISO 3166 alpha-3 code"),
        ("ALB\t", "AFG\t", "iso3 'AFG' is already listed on line"),
        ("\tAfghans", "\tAfghans\tstray", "5 cells for 4 columns"),
    ],
)
def test_a_bad_row_fails_naming_the_file_and_line(break_line: BreakLine, old: str, new: str, problem: str) -> None:
    text, line = break_line(FILE, old, new)
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line {line}: {problem}"):
        load_countries()
