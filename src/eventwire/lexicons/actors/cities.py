"""Cities and first-level subdivisions as the actor rules use them: which country a city name belongs to and how
large the largest city of a name is. Read from GeoNames (``lexicons.geonames``) and pycountry, once per process."""

from __future__ import annotations

from functools import cache

import pycountry

from eventwire.lexicons import geonames

__all__ = ["city_countries", "city_populations"]


@cache
def city_countries() -> dict[str, str]:
    """City name (lower case) to the ISO3 code of the most populous city of that name; then the names of
    first-level subdivisions (counties, provinces) that belong to one country only."""
    countries = {info["iso"]: info["iso3"] for info in geonames.countries().values()}
    best: dict[str, tuple[int, str]] = {}
    for city in geonames.cities().values():
        iso3 = countries.get(city["countrycode"])
        key = city["name"].lower()
        if iso3 and city["population"] > best.get(key, (-1, ""))[0]:
            best[key] = (city["population"], iso3)
    places = {name: iso3 for name, (_, iso3) in best.items()}
    for name, iso3 in _subdivision_countries().items():
        places.setdefault(name, iso3)
    return places


def _subdivision_countries() -> dict[str, str]:
    """Names of first-level subdivisions (counties, provinces) that belong to one country only."""
    owners: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is not None:
            owners.setdefault(sub.name.lower(), set()).add(country.alpha_3)
    return {name: next(iter(codes)) for name, codes in owners.items() if len(codes) == 1}


@cache
def city_populations() -> dict[str, int]:
    """Lower-case city name to the population of the largest city of that name (GeoNames' cities of 15,000 or
    more)."""
    sizes: dict[str, int] = {}
    for city in geonames.cities().values():
        key = city["name"].lower()
        sizes[key] = max(sizes.get(key, 0), int(city["population"]))
    return sizes
