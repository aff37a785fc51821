"""roles.tsv: the table loads; a bad row fails at load time naming its file and line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.actors.roles import load_roles
from eventwire.lexicons.files import substituted

FILE = "actors/roles.tsv"
BreakLine = Callable[[str, str, str], tuple[str, int]]


def test_every_row_loads_with_its_flags() -> None:
    president = next(role for role in load_roles() if role.phrase == "president")
    assert (president.sector, president.domestic, president.person) == ("GOV", True, True)


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("president\tGOV\t1\t1", "president\tGOV\tyes\t1", "domestic must be 0 or 1, not 'yes'"),
        ("president\tGOV\t1\t1", "president\tGOV\t1\t2", "person must be 0 or 1, not '2'"),
        ("president\tGOV", "president\tPRES", "sector 'PRES' is not a sector"),
        ("vice president\t", "president\t", "phrase 'president' is already listed on line"),
    ],
)
def test_a_bad_row_fails_naming_the_file_and_line(break_line: BreakLine, old: str, new: str, problem: str) -> None:
    text, line = break_line(FILE, old, new)
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line {line}: {problem}"):
        load_roles()
