"""Country names, nationality adjectives and plural demonyms (``data/actors/countries.tsv``).

pycountry's own names are added to these when the alias index is built (``lexicons.actors.lexicon``); this table
lists what it lacks or writes differently, and gives each country its usual short name (the first of ``names``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pycountry

from eventwire.lexicons.actors.tables import check_unique, country_code, split_list, table_rows
from eventwire.lexicons.files import loader

__all__ = ["CountryWords", "country_name", "load_countries"]


@dataclass(frozen=True, slots=True)
class CountryWords:
    """The words for one country: its names, the adjectives of its nationality and its people (plural)."""

    iso3: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    people: tuple[str, ...]


@loader
def load_countries() -> tuple[CountryWords, ...]:
    """Every row of ``countries.tsv``: a real ISO3 code, listed once."""
    rows = table_rows("countries.tsv")
    check_unique(rows, "iso3")
    return tuple(
        CountryWords(
            iso3=country_code(row, "iso3"),
            names=tuple(split_list(row["names"])),
            adjectives=tuple(split_list(row["adjectives"])),
            people=tuple(split_list(row["people"])),
        )
        for row in rows
    )


@lru_cache(maxsize=1)
def _short_names() -> dict[str, str]:
    return {country.iso3: country.names[0] for country in load_countries() if country.names}


def country_name(iso3: str) -> str:
    """The country's usual short English name ("Russia", not "Russian Federation")."""
    if iso3 in _short_names():
        return _short_names()[iso3]
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return str(getattr(country, "common_name", None) or country.name)
