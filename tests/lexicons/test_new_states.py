"""new_states.tsv: the table loads; a bad row fails at load time naming its file and line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.actors.new_states import load_new_states
from eventwire.lexicons.files import substituted

FILE = "actors/new_states.tsv"
BreakLine = Callable[[str, str, str], tuple[str, int]]


def test_every_row_loads_with_its_date() -> None:
    (south_sudan,) = (state for state in load_new_states() if state.country == "SSD")
    assert (south_sudan.independent.year, south_sudan.before) == (2011, "SDN")


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("2011-07-09", "2011-07-32", "independent '2011-07-32' is not a YYYY-MM-DD date"),
        ("\tSDN", "\tSSD", "before 'SSD' is the new state itself"),
        ("\tSDN", "\tSUDAN", "before 'SUDAN' is not an ISO 3166 alpha-3 code"),
    ],
)
def test_a_bad_row_fails_naming_the_file_and_line(break_line: BreakLine, old: str, new: str, problem: str) -> None:
    text, line = break_line(FILE, old, new)
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line {line}: {problem}"):
        load_new_states()
