"""Country names for telling a country named before an event noun from a town: GeoNames, pycountry, short forms."""

from __future__ import annotations

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.country_names import country_names
from eventwire.lexicons.cues import CUES_FILE
from eventwire.lexicons.files import read_text, substituted


def test_official_common_and_short_names_are_known() -> None:
    names = country_names()
    assert {"kenya", "burma", "us"} <= names


def test_short_names_come_from_the_cues_file() -> None:
    text = read_text(CUES_FILE).replace("country_short_names: [us,", "country_short_names: [ruritania, us,")
    with substituted(CUES_FILE, text):
        assert "ruritania" in country_names()


def test_short_names_that_are_no_list_name_the_line() -> None:
    text = read_text(CUES_FILE).replace("country_short_names: [us,", "country_short_names: {us: 1}\nold: [us,")
    with substituted(CUES_FILE, text), pytest.raises(DataFileError, match=r"cues.yaml line .*country_short_names"):
        country_names()
