"""Names of armed groups from the actor tables: folded, chosen by sector or kind, a bad row naming its line."""

from __future__ import annotations

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.armed_groups import GROUPS, armed_names, fold
from eventwire.lexicons.files import substituted

HEADER = "name\taliases\tcountries\tsector\tkind\n"


def test_names_fold_case_article_and_hyphens() -> None:
    assert fold("The Jaish al-Fateh") == "jaish al fateh"


def test_rows_of_an_armed_kind_or_sector_are_armed() -> None:
    table = HEADER + "Ruritanian Guard\tRG\tKEN\tCOP\tsecurity\nRuritanian Farmers\t\tKEN\tAGR\tcommunity\n"
    with substituted(GROUPS, table):
        names = armed_names()
    assert "ruritanian guard" in names
    assert "ruritanian farmers" not in names


def test_a_row_with_a_stray_tab_names_its_line() -> None:
    table = HEADER + "Ruritanian Guard\tRG\tKEN\tCOP\tsecurity\textra\n"
    with substituted(GROUPS, table), pytest.raises(DataFileError, match=r"data/actors/groups.tsv line 2"):
        armed_names()
