"""groups.tsv: the table loads; a bad row fails at load time naming its file and line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.actors.groups import load_groups
from eventwire.lexicons.files import substituted

FILE = "actors/groups.tsv"
BreakLine = Callable[[str, str, str], tuple[str, int]]


def test_every_row_loads_with_its_countries_and_kind() -> None:
    reserve = next(group for group in load_groups() if group.name == "Kenya Police Reserve")
    assert (reserve.countries, reserve.sector, reserve.kind) == (("KEN",), "COP", "security")


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("KPRs\tKEN\tCOP\tsecurity", "KPRs\tKEN\tCOP\tpolice", "kind 'police' is not one of"),
        ("KPRs\tKEN\t", "KPRs\tKEN;UGA;KEN\t", "countries 'KEN;UGA;KEN' repeats a code"),
        ("KPRs\tKEN\t", "KPRs\t\t", "countries is empty"),
        ("KPRs\tKEN\t", "KPRs\tKENYA\t", "countries 'KENYA' is not an ISO 3166 alpha-3 code"),
        ("KPRs\tKEN\tCOP", "KPRs\tKEN\tPOLICE", "sector 'POLICE' is not a sector"),
    ],
)
def test_a_bad_row_fails_naming_the_file_and_line(break_line: BreakLine, old: str, new: str, problem: str) -> None:
    text, line = break_line(FILE, old, new)
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line {line}: {problem}"):
        load_groups()
