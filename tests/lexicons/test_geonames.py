"""GeoNames data read in one place: countries by code, the larger cities, and the raw files."""

from __future__ import annotations

from eventwire.lexicons.geonames import cities, countries, file_path, read_json


def test_countries_are_keyed_by_two_letters_and_carry_their_iso3() -> None:
    assert countries()["KE"]["iso3"] == "KEN"
    assert countries()["KE"]["capital"] == "Nairobi"


def test_the_city_list_holds_large_cities_with_their_country() -> None:
    nairobi = [city for city in cities().values() if city["name"] == "Nairobi"]
    assert [city["countrycode"] for city in nairobi] == ["KE"]


def test_the_raw_files_are_found_and_read() -> None:
    assert file_path("cities1000.json").is_file()
    assert "KE" in read_json("countries.json")
