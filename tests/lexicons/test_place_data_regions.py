"""The regions of the gazetteer (data/places/regions.tsv): precisions, coordinates and names checked per row."""

from __future__ import annotations

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.files import substituted
from eventwire.lexicons.places.regions import FILE, load_regions

HEADER = "name\tiso3\tlat\tlon\tprecision\talternates\n"
CRIMEA = "Crimea\tUKR\t45.30\t34.40\tregion\tCrimean Peninsula\n"


def test_an_unknown_precision_names_file_and_line() -> None:
    text = HEADER + CRIMEA + "Donbas\tUKR\t48.00\t38.50\tprovince\t\n"
    with substituted(FILE, text), pytest.raises(DataFileError, match=r"^data/places/regions.tsv line 3: precision"):
        load_regions()


def test_a_longitude_out_of_range_names_its_line() -> None:
    text = HEADER + "Donbas\tUKR\t48.00\t238.50\tregion\t\n"
    with substituted(FILE, text), pytest.raises(DataFileError, match=r"line 2: lon 238.5 is out of range"):
        load_regions()


def test_a_name_repeated_in_a_country_names_both_lines() -> None:
    text = HEADER + CRIMEA + "Krym\tUKR\t45.00\t34.00\tregion\tCrimean peninsula\n"
    with substituted(FILE, text), pytest.raises(DataFileError, match=r"line 3: .* already a name in UKR \(line 2\)"):
        load_regions()


def test_one_name_may_serve_two_countries() -> None:
    text = HEADER + "Kurdistan\tIRQ\t36.40\t44.30\tregion\t\nKurdistan\tTUR\t38.0\t41.0\tregion\t\n"
    with substituted(FILE, text):
        assert len(load_regions()) == 2


def test_alternates_are_split_on_semicolons() -> None:
    text = HEADER + "Kurdistan\tIRQ\t36.40\t44.30\tregion\tIraqi Kurdistan; Kurdistan Region\n"
    with substituted(FILE, text):
        assert load_regions()[0].alternates == ("Iraqi Kurdistan", "Kurdistan Region")


def test_a_missing_column_names_the_header_line() -> None:
    text = "# regions\nname\tiso3\tlat\tlon\tprecision\n" + "Crimea\tUKR\t45.30\t34.40\tregion\n"
    with substituted(FILE, text), pytest.raises(DataFileError, match=r"line 2: .*missing: alternates"):
        load_regions()
