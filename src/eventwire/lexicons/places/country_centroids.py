"""A representative inland point for each country (``data/places/country_centroids.tsv``).

Columns ``iso3``, ``lat``, ``lon``: one row per country, a known ISO3 code and coordinates in range. The
gazetteer places a country at this point, or at its capital when the table lacks it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from eventwire.lexicons.files import loader, read_tsv
from eventwire.lexicons.places import coordinate, country_code

__all__ = ["FILE", "Centroids", "load_centroids"]

FILE = "places/country_centroids.tsv"


@dataclass(frozen=True, slots=True)
class Centroids:
    """The point of each country: ISO3 code -> (lat, lon)."""

    points: Mapping[str, tuple[float, float]]


@loader
def load_centroids() -> Centroids:
    """The table, checked: known codes, coordinates in range, one row per country."""
    points: dict[str, tuple[float, float]] = {}
    lines: dict[str, int] = {}
    for row in read_tsv(FILE, ["iso3", "lat", "lon"]):
        code = country_code(row)
        if code in points:
            raise row.error(f"{code} already has a point (line {lines[code]})")
        points[code] = (coordinate(row, "lat"), coordinate(row, "lon"))
        lines[code] = row.line
    return Centroids(MappingProxyType(points))
