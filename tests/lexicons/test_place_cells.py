"""The checks the place tables share: country codes, coordinates and word lists, each naming the line at fault;
and how place names are folded for comparison."""

from __future__ import annotations

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.files import read_tsv, read_yaml, substituted
from eventwire.lexicons.gazetteer.folding import fold
from eventwire.lexicons.places import coordinate, country_code, known_countries, word_list

TABLE = "name\tiso3\tlat\n"


def test_kosovo_is_a_known_country_beside_the_iso_codes() -> None:
    assert {"KEN", "XKX"} <= known_countries()


def test_a_good_row_gives_its_code_and_coordinate() -> None:
    with substituted("test/places.tsv", TABLE + "Garsen\tKEN\t-2.27\n"):
        (row,) = read_tsv("test/places.tsv", ("name", "iso3", "lat"))
        assert country_code(row) == "KEN"
        assert coordinate(row, "lat") == -2.27


def test_a_lower_case_country_code_names_the_file_and_line() -> None:
    with substituted("test/places.tsv", TABLE + "Garsen\tken\t-2.27\n"):
        (row,) = read_tsv("test/places.tsv", ("name", "iso3", "lat"))
        with pytest.raises(DataFileError, match=r"test/places\.tsv line 2: .*no ISO 3166-1 alpha-3"):
            country_code(row)


def test_a_latitude_out_of_range_names_the_file_and_line() -> None:
    with substituted("test/places.tsv", TABLE + "Garsen\tKEN\t-95\n"):
        (row,) = read_tsv("test/places.tsv", ("name", "iso3", "lat"))
        with pytest.raises(DataFileError, match=r"test/places\.tsv line 2: .*out of range"):
            coordinate(row, "lat")


def test_an_unquoted_yaml_boolean_is_no_word() -> None:
    with substituted("test/cues.yaml", "roads:\n  - road\n  - on\n"), pytest.raises(DataFileError, match="not a word"):
        word_list(read_yaml("test/cues.yaml"), "roads")


def test_a_word_list_is_read_in_lower_case() -> None:
    with substituted("test/cues.yaml", "roads:\n  - Highway\n  - road\n"):
        assert word_list(read_yaml("test/cues.yaml"), "roads") == frozenset({"highway", "road"})


def test_folded_names_ignore_case_marks_apostrophes_hyphens_and_a_leading_the() -> None:
    assert fold("Côte d'Ivoire") == fold("cote divoire")
    assert fold("The Hague") == "hague"
    assert fold("Homa-Bay") == fold("homa bay")
