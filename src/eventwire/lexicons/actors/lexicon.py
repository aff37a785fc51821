"""The actor dictionaries as alias indexes: countries, seats of power, organizations and groups, blocs, role nouns
and people, each built on first use from the loaded tables (and pycountry's and GeoNames' country names and
capitals)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

import pycountry

from eventwire.lexicons import geonames
from eventwire.lexicons.actors.aliases import AliasIndex
from eventwire.lexicons.actors.blocs import load_blocs
from eventwire.lexicons.actors.cities import StoredCountries, city_countries
from eventwire.lexicons.actors.countries import country_name, load_countries
from eventwire.lexicons.actors.groups import load_groups
from eventwire.lexicons.actors.organizations import load_organizations
from eventwire.lexicons.actors.people import Person, load_people
from eventwire.lexicons.actors.roles import load_roles
from eventwire.lexicons.actors.seats import load_seats
from eventwire.lexicons.actors.words import load_actor_words

__all__ = ["Entry", "Lexicon"]


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


def _country_pairs() -> Iterator[tuple[str, Entry]]:
    for row in load_countries():
        name = country_name(row.iso3)
        for alias in [name, *row.names]:
            yield alias, Entry(name, row.iso3, None, "country")
        for alias in row.adjectives:
            yield alias, Entry(name, row.iso3, None, "adjective")
        for alias in row.people:
            yield alias, Entry(name, row.iso3, "CVL", "people")
    for country in pycountry.countries:
        entry = Entry(country_name(country.alpha_3), country.alpha_3, None, "country")
        for alias in {country.name, getattr(country, "common_name", country.name)}:
            if "," not in alias:
                yield alias, entry


def _seat_pairs() -> Iterator[tuple[str, Entry]]:
    for seat in load_seats():
        yield seat.alias, Entry(seat.name, seat.iso3, seat.sector, "seat")
    for info in geonames.countries().values():
        if info.get("capital"):
            name = f"{country_name(info['iso3'])} government"
            yield info["capital"], Entry(name, info["iso3"], "GOV", "seat")


def _org_pairs() -> Iterator[tuple[str, Entry]]:
    for org in load_organizations():
        entry = Entry(org.name, org.country, org.sector, "org")
        for alias in [org.name, *org.aliases]:
            yield alias, entry


def _group_pairs() -> Iterator[tuple[str, Entry]]:
    """Armed forces, police, parties, armed movements and communities from ``groups.tsv``."""
    for group in load_groups():
        entry = Entry(group.name, group.countries[0], group.sector, "group", countries=group.countries)
        for alias in [group.name, *group.aliases]:
            yield alias, entry


def _bloc_pairs() -> Iterator[tuple[str, Entry]]:
    """Words for groups of countries ("Western", "the international community") from ``blocs.tsv``."""
    for bloc in load_blocs():
        entry = Entry(bloc.name, None, None, "bloc")
        for alias in [bloc.name, *bloc.aliases]:
            yield alias, entry


def _role_pairs() -> Iterator[tuple[str, Entry]]:
    for role in load_roles():
        yield role.phrase, Entry(role.phrase, None, role.sector, "role", role.domestic, role.person)


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
        return load_actor_words().staff_nouns

    @cached_property
    def visitors(self) -> frozenset[str]:
        """Nouns for people often abroad when in the news, whose nationality is theirs alone ("a Dutch tourist")."""
        return load_actor_words().visitor_nouns

    @cached_property
    def people(self) -> AliasIndex[Person]:
        pairs: list[tuple[str, Person]] = []
        for person in load_people():
            pairs.extend((alias, person) for alias in (person.name, *person.aliases))
        return AliasIndex(pairs)

    @cached_property
    def cities(self) -> StoredCountries:
        return city_countries()
