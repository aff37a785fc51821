"""people.tsv: office holders load with dated roles; a bad row fails at load time naming its file and line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.actors.people import load_people
from eventwire.lexicons.files import substituted

FILE = "actors/people.tsv"
BreakLine = Callable[[str, str, str], tuple[str, int]]


def test_roles_are_grouped_by_person_with_their_dates() -> None:
    clinton = next(person for person in load_people() if person.name == "Bill Clinton")
    assert clinton.roles[0].start == date(1993, 1, 20)


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("1993-01-20", "1993-13-20", "start '1993-13-20' is not a date"),
        ("\t2001-01-20", "\t1990-01", "end '1990-01' is before start"),
        ("\tUSA\t", "\tUSX\t", "country 'USX' is not an ISO 3166 alpha-3 code"),
        ("\tGOV\t", "\tGOVT\t", "sector 'GOVT' is not a sector"),
        ("Bill Clinton\t", "\t", "name is empty"),
    ],
)
def test_a_bad_row_fails_naming_the_file_and_line(break_line: BreakLine, old: str, new: str, problem: str) -> None:
    text, line = break_line(FILE, old, new)
    with substituted(FILE, text), pytest.raises(DataFileError) as caught:
        load_people()
    assert f"data/{FILE} line {line}: {problem}" in caught.value.message


def test_a_bad_row_is_error_e303(break_line: BreakLine) -> None:
    text, _ = break_line(FILE, "1993-01-20", "1993-13-20")
    with substituted(FILE, text), pytest.raises(DataFileError) as caught:
        load_people()
    assert caught.value.code == "E303"
