"""The alias table of the gazetteer (data/places/aliases.tsv): a bad row fails at start-up naming file and line."""

from __future__ import annotations

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.files import substituted
from eventwire.lexicons.places.aliases import FILE, load_aliases

HEADER = "# alias\tname\tiso3\nalias\tname\tiso3\n"


def test_the_table_loads_with_its_lines() -> None:
    with substituted(FILE, HEADER + "Kiev\tKyiv\tUKR\n"):
        assert load_aliases()[0].line == 3


def test_an_unknown_country_code_names_file_and_line() -> None:
    text = HEADER + "Kiev\tKyiv\tUKR\nBombay\tMumbai\tXXX\n"
    with substituted(FILE, text), pytest.raises(DataFileError, match=r"^data/places/aliases.tsv line 4: iso3 'XXX'"):
        load_aliases()


def test_a_repeated_alias_names_both_lines() -> None:
    text = HEADER + "Kiev\tKyiv\tUKR\nkiev\tKyiv\tUKR\n"
    with substituted(FILE, text), pytest.raises(DataFileError, match=r"line 4: .* repeats the alias of line 3"):
        load_aliases()


def test_a_bad_row_is_error_e303() -> None:
    with substituted(FILE, HEADER + "Kiev\t\tUKR\n"), pytest.raises(DataFileError) as caught:
        load_aliases()
    assert caught.value.code == "E303"


def test_the_shipped_table_loads() -> None:
    assert any(alias.alias == "Kiev" and alias.iso3 == "UKR" for alias in load_aliases())
