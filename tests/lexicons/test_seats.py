"""seats.tsv: the table loads; a bad row fails at load time naming its file and line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.actors.seats import load_seats
from eventwire.lexicons.files import substituted

FILE = "actors/seats.tsv"
BreakLine = Callable[[str, str, str], tuple[str, int]]


def test_every_row_loads() -> None:
    kremlin = next(seat for seat in load_seats() if seat.alias == "Kremlin")
    assert (kremlin.iso3, kremlin.sector, kremlin.name) == ("RUS", "GOV", "Kremlin")


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("Kremlin\tRUS", "Kremlin\tIGO", "iso3 'IGO' is not an ISO 3166 alpha-3 code"),
        ("Moscow\tRUS\tGOV", "Moscow\tRUS\tgov", "sector 'gov' is not a sector"),
        ("Moscow\t", "Kremlin\t", "alias 'Kremlin' is already listed on line"),
    ],
)
def test_a_bad_row_fails_naming_the_file_and_line(break_line: BreakLine, old: str, new: str, problem: str) -> None:
    text, line = break_line(FILE, old, new)
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line {line}: {problem}"):
        load_seats()
