"""blocs.tsv: the table loads; a bad row fails at load time naming its file and line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.actors.blocs import load_blocs
from eventwire.lexicons.files import substituted

FILE = "actors/blocs.tsv"
BreakLine = Callable[[str, str, str], tuple[str, int]]


def test_every_row_loads_with_its_aliases() -> None:
    western = next(bloc for bloc in load_blocs() if bloc.name == "Western")
    assert "the West" in western.aliases


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("Western\t", "\t", "name is empty"),
        ("European\t", "Western\t", "name 'Western' is already listed on line"),
    ],
)
def test_a_bad_row_fails_naming_the_file_and_line(break_line: BreakLine, old: str, new: str, problem: str) -> None:
    text, line = break_line(FILE, old, new)
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line {line}: {problem}"):
        load_blocs()
