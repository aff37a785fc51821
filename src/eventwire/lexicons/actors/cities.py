"""Cities and first-level subdivisions as the actor rules use them: which country a city name belongs to and how
large the largest city of a name is. Drawn from GeoNames (``lexicons.geonames``) and pycountry once, stored in a
read-only SQLite file shared by every process (as the gazetteer is, ``lexicons.gazetteer.stored``: drawing them
takes ~0.5 s and leaves ~58 MB in each process) and read through ``.get`` with a small cache."""

from __future__ import annotations

import os
import sqlite3
import uuid
from functools import cache
from pathlib import Path

import pycountry

from eventwire.lexicons import geonames
from eventwire.lexicons.gazetteer.stored import ReadOnlyFile, stored_file

__all__ = ["city_countries", "city_populations"]


class StoredCountries(ReadOnlyFile):
    """City or subdivision name to ISO3, read from the stored file: ``get`` as a dict's."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._cache: dict[str, str | None] = {}

    def get(self, key: str) -> str | None:
        if key not in self._cache:
            row = self.db.execute("SELECT value FROM countries WHERE key = ?", (key,)).fetchone()
            self._cache[key] = None if row is None else str(row[0])
        return self._cache[key]


class StoredPopulations(ReadOnlyFile):
    """City name to the population of its largest city, read from the stored file: ``get`` as a dict's."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._cache: dict[str, int | None] = {}

    def get(self, key: str, default: int = 0) -> int:
        if key not in self._cache:
            row = self.db.execute("SELECT value FROM populations WHERE key = ?", (key,)).fetchone()
            self._cache[key] = None if row is None else int(row[0])
        value = self._cache[key]
        return default if value is None else value


@cache
def city_countries() -> StoredCountries:
    """City name (lower case) to the ISO3 code of the most populous city of that name; then the names of
    first-level subdivisions (counties, provinces) that belong to one country only."""
    return StoredCountries(stored_file("actor-cities", _write))


def _write(path: Path) -> None:
    countries, sizes = _tables()
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
    db = sqlite3.connect(temporary)
    try:
        db.execute("CREATE TABLE countries (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
        db.execute("CREATE TABLE populations (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID")
        db.executemany("INSERT INTO countries VALUES (?, ?)", countries.items())
        db.executemany("INSERT INTO populations VALUES (?, ?)", sizes.items())
        db.commit()
    finally:
        db.close()
    os.replace(temporary, path)


def _tables() -> tuple[dict[str, str], dict[str, int]]:
    """Both tables drawn from one reading of the city list, which is not kept."""
    countries = {info["iso"]: info["iso3"] for info in geonames.countries().values()}
    best: dict[str, tuple[int, str]] = {}
    sizes: dict[str, int] = {}
    for city in geonames.cities().values():
        iso3 = countries.get(city["countrycode"])
        key = city["name"].lower()
        if iso3 and city["population"] > best.get(key, (-1, ""))[0]:
            best[key] = (city["population"], iso3)
        sizes[key] = max(sizes.get(key, 0), int(city["population"]))
    places = {name: iso3 for name, (_, iso3) in best.items()}
    for name, iso3 in _subdivision_countries().items():
        places.setdefault(name, iso3)
    return places, sizes


def _subdivision_countries() -> dict[str, str]:
    """Names of first-level subdivisions (counties, provinces) that belong to one country only."""
    owners: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is not None:
            owners.setdefault(sub.name.lower(), set()).add(country.alpha_3)
    return {name: next(iter(codes)) for name, codes in owners.items() if len(codes) == 1}


@cache
def city_populations() -> StoredPopulations:
    """Lower-case city name to the population of the largest city of that name (GeoNames' cities of 15,000 or
    more)."""
    return StoredPopulations(city_countries().path)
