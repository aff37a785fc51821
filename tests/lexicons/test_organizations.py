"""organizations.tsv: the table loads; a bad row fails at load time naming its file and line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.actors.organizations import load_organizations
from eventwire.lexicons.files import substituted

FILE = "actors/organizations.tsv"
BreakLine = Callable[[str, str, str], tuple[str, int]]


def test_every_row_loads_with_special_country_codes() -> None:
    un = next(org for org in load_organizations() if org.name == "United Nations")
    assert (un.country, un.sector, un.aliases[0]) == ("IGO", "IGO", "UN")


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("UNO\tIGO", "UNO\tIG0", "country 'IG0' is not an ISO 3166 alpha-3 code or IGO, NGO, IMG"),
        ("UNO\tIGO\tIGO", "UNO\tIGO\tUN", "sector 'UN' is not a sector"),
        ("United Nations\tUN;", "\tUN;", "name is empty"),
    ],
)
def test_a_bad_row_fails_naming_the_file_and_line(break_line: BreakLine, old: str, new: str, problem: str) -> None:
    text, line = break_line(FILE, old, new)
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line {line}: {problem}"):
        load_organizations()
