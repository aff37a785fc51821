"""The country points of the gazetteer (data/places/country_centroids.tsv): one row per country, in range."""

from __future__ import annotations

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.files import substituted
from eventwire.lexicons.places.country_centroids import FILE, load_centroids

HEADER = "iso3\tlat\tlon\n"


def test_a_latitude_out_of_range_names_file_and_line() -> None:
    text = HEADER + "KEN\t0.02\t37.91\nSOM\t95.0\t45.0\n"
    with substituted(FILE, text), pytest.raises(DataFileError, match=r"^data/places/country_centroids.tsv line 3: lat"):
        load_centroids()


def test_a_coordinate_that_is_no_number_names_its_line() -> None:
    with substituted(FILE, HEADER + "KEN\tnorth\t37.91\n"), pytest.raises(DataFileError, match=r"line 2: lat 'north'"):
        load_centroids()


def test_a_second_row_for_a_country_names_the_first() -> None:
    text = HEADER + "KEN\t0.02\t37.91\nKEN\t1.0\t38.0\n"
    with substituted(FILE, text), pytest.raises(DataFileError, match=r"line 3: KEN already has a point \(line 2\)"):
        load_centroids()


def test_a_lower_case_code_is_no_country_code() -> None:
    with substituted(FILE, HEADER + "ken\t0.02\t37.91\n"), pytest.raises(DataFileError, match=r"line 2: iso3 'ken'"):
        load_centroids()


def test_points_are_read_as_numbers() -> None:
    with substituted(FILE, HEADER + "KEN\t0.02\t37.91\n"):
        assert load_centroids().points["KEN"] == (0.02, 37.91)


def test_kosovo_is_a_known_code() -> None:
    assert "XKX" in load_centroids().points
