"""Country names as the sources write them ("DR Congo (Zaire)", "Russia (Soviet Union)") mapped to ISO3."""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

# Names the sources use that pycountry spells otherwise (or that stand for a state's successor).
OVERRIDES = {
    "Bosnia-Herzegovina": "BIH",
    "Bolivia": "BOL",
    "Brunei": "BRN",
    "Cape Verde": "CPV",
    "Congo": "COG",
    "Czech Republic": "CZE",
    "DR Congo": "COD",
    "Democratic Republic of the Congo": "COD",
    "East Timor": "TLS",
    "Eswatini": "SWZ",
    "FYR": "MKD",
    "Federated States of Micronesia": "FSM",
    "Hyderabad": "IND",
    "Iran": "IRN",
    "Ivory Coast": "CIV",
    "Kingdom of Denmark": "DNK",
    "Kingdom of eSwatini": "SWZ",
    "Kingdom of the Netherlands": "NLD",
    "Kosovo": "SRB",
    "Laos": "LAO",
    "Macedonia": "MKD",
    "Moldova": "MDA",
    "North Korea": "PRK",
    "People's Republic of China": "CHN",
    "Republic of the Congo": "COG",
    "Russia": "RUS",
    "Sahrawi Arab Democratic Republic": "ESH",
    "South Korea": "KOR",
    "South Vietnam": "VNM",
    "South Yemen": "YEM",
    "State of Palestine": "PSE",
    "Syria": "SYR",
    "Taiwan": "TWN",
    "Tanzania": "TZA",
    "The Bahamas": "BHS",
    "The Gambia": "GMB",
    "Turkey": "TUR",
    "United States of America": "USA",
    "Vatican City": "VAT",
    "Venezuela": "VEN",
    "Vietnam": "VNM",
}


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names[value.lower()] = country.alpha_3
    names.update({k.lower(): v for k, v in OVERRIDES.items()})
    return names


def country_by_name(name: str) -> str | None:
    """ISO3 for a country name; a former name in parentheses is ignored ("Myanmar (Burma)" -> MMR)."""
    plain = re.sub(r"\s*\([^)]*\)", "", name).strip().lower()
    return _names().get(plain)
