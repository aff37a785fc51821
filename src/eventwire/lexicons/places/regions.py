"""Regions, areas and neighbourhoods that news names and the city lists lack (``data/places/regions.tsv``).

Columns ``name``, ``iso3``, ``lat``, ``lon``, ``precision`` (one of ``PRECISIONS``) and ``alternates`` (other
names, ``;``-separated). A name or alternate may not repeat within a country (names compared folded).
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.lexicons.files import Row, loader, read_tsv
from eventwire.lexicons.gazetteer.folding import fold
from eventwire.lexicons.places import coordinate, country_code

__all__ = ["FILE", "PRECISIONS", "Region", "load_regions"]

FILE = "places/regions.tsv"
# The precision codes of a place (``Place.precision``) that a row of the table may have.
PRECISIONS = frozenset({"city", "neighbourhood", "admin1", "region", "country"})


@dataclass(frozen=True, slots=True)
class Region:
    """One area of the table with its other names."""

    name: str
    iso3: str
    lat: float
    lon: float
    precision: str
    alternates: tuple[str, ...]
    line: int


@loader
def load_regions() -> tuple[Region, ...]:
    """Every area of the table, in file order."""
    regions: list[Region] = []
    seen: dict[tuple[str, str], int] = {}
    for row in read_tsv(FILE, ["name", "iso3", "lat", "lon", "precision", "alternates"]):
        region = _region(row)
        for key, name in _keys(region).items():
            if key in seen:
                raise row.error(f"{name!r} is already a name in {region.iso3} (line {seen[key]})")
            seen[key] = row.line
        regions.append(region)
    return tuple(regions)


def _keys(region: Region) -> dict[tuple[str, str], str]:
    """The folded names of a row in its country, each with the first name that folds to it."""
    keys: dict[tuple[str, str], str] = {}
    for name in (region.name, *region.alternates):
        keys.setdefault((fold(name), region.iso3), name)
    return keys


def _region(row: Row) -> Region:
    if not row["name"]:
        raise row.error("a region needs a name")
    if row["precision"] not in PRECISIONS:
        raise row.error(f"precision {row['precision']!r} is none of {', '.join(sorted(PRECISIONS))}")
    lat, lon = coordinate(row, "lat"), coordinate(row, "lon")
    return Region(row["name"], country_code(row), lat, lon, row["precision"], tuple(row.list("alternates")), row.line)
