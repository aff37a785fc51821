"""CAMEO/Phoenix actor codes mapped to eventwire's country and sector (``docs/knowledge.md`` has the table).

A CAMEO actor code is a chain of three-letter parts: a country (ISO3, with a few CAMEO spellings) or a
special first part (``IGO``, ``NGO``, ``IMG``, ``MNC``), then role parts (``GOV``, ``MIL``, ...). The first role
part is the sector, except that a government post in the legislature (``GOVLEG``) is the legislature.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

# CAMEO country parts that are not the ISO3 code of the same country.
CAMEO_COUNTRIES: dict[str, str] = {
    "ROM": "ROU",
    "ZAR": "COD",
    "TMP": "TLS",
    "PAL": "PSE",
    "KSV": "SRB",  # Kosovo: eventwire's country table files it under Serbia (docs/dictionaries-actors.md)
    "XKX": "SRB",
    "USR": "RUS",
    "SUN": "RUS",
    "BUR": "MMR",
}

# CAMEO role parts and the eventwire sector each stands for.
CAMEO_SECTORS: dict[str, str] = {
    "GOV": "GOV",
    "MIL": "MIL",
    "COP": "COP",
    "JUD": "JUD",
    "LEG": "LEG",
    "PTY": "PTY",
    "REB": "REB",
    "INS": "REB",
    "SEP": "REB",
    "OPP": "OPP",
    "BUS": "BUS",
    "MED": "MED",
    "EDU": "EDU",
    "REL": "REL",
    "CVL": "CVL",
    "ELI": "ELI",
    "SPY": "SPY",
    "LAB": "LAB",
    "AGR": "AGR",
    "REF": "REF",
    "UAF": "UAF",
    "CRM": "CRM",
    "HLH": "LAB",
    "HRI": "NGO",
    "DEV": "NGO",
    "ENV": "NGO",
}

# Special first parts: (country, sector) they give.
SPECIAL_FIRST: dict[str, tuple[str, str]] = {
    "IGO": ("IGO", "IGO"),
    "NGO": ("NGO", "NGO"),
    "IMG": ("IMG", "REB"),
}


@lru_cache(maxsize=1)
def iso3_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries)


def cameo_country(part: str) -> str | None:
    """The ISO3 code a CAMEO country part stands for, or None (a region, a bloc, an unknown code)."""
    if part in CAMEO_COUNTRIES:
        return CAMEO_COUNTRIES[part]
    return part if part in iso3_codes() else None


def cameo_to_actor(code: str) -> tuple[str | None, str | None]:
    """``(country, sector)`` for a CAMEO actor code; either may be None when the code does not say.

    ``CHNGOV`` -> (CHN, GOV); ``GBRGOVMED`` -> (GBR, GOV); ``USAGOVLEG`` -> (USA, LEG); ``IGOUNO`` -> (IGO, IGO);
    ``NGOHRI`` -> (NGO, NGO); ``IMGMUSALQ`` -> (IMG, REB); ``MNCUSA`` -> (USA, BUS); ``SYRREBMUS`` -> (SYR, REB).
    """
    parts = [code[i : i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    if not parts:
        return None, None
    first, rest = parts[0], parts[1:]
    if first in SPECIAL_FIRST:
        return SPECIAL_FIRST[first]
    if first == "MNC":
        return (cameo_country(rest[0]) if rest else None), "BUS"
    country = cameo_country(first)
    if country is None:
        return None, _sector(rest)
    return country, _sector(rest)


def _sector(parts: list[str]) -> str | None:
    if parts[:2] == ["GOV", "LEG"]:
        return "LEG"
    for part in parts:
        if part in CAMEO_SECTORS:
            return CAMEO_SECTORS[part]
    return None
