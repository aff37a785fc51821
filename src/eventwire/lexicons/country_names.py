"""Lower-cased names of the world's countries, for telling a country named before an event noun from a town.

The names come from GeoNames (through ``lexicons.geonames``), from pycountry (official and common names) and from
the ``country_short_names`` section of ``data/extract/cues.yaml`` (short and older forms news writes: "US", "Burma").
"""

from __future__ import annotations

import pycountry

from eventwire.lexicons import geonames
from eventwire.lexicons.cues import load_cues
from eventwire.lexicons.files import loader

__all__ = ["country_names"]


@loader
def country_names() -> frozenset[str]:
    """Every country's names, lower case."""
    names = {str(info["name"]).lower() for info in geonames.countries().values()}
    for country in pycountry.countries:
        names |= {str(getattr(country, a)).lower() for a in ("name", "common_name") if hasattr(country, a)}
    return frozenset(names | load_cues().country_short_names)
