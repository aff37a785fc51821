"""UCDP Actor Dataset v22.1 (``actors/ucdp-actor/``): governments and armed non-state groups of conflicts.

Non-state groups (``Org`` 1) are armed groups, sector REB, with every name UCDP gives them (short name,
original name, English name, later names). Their country is the one country they are located in, or the
country their own name names ("Sudan Liberation Movement/Army"); a group located in several is left without
a main country (``countries`` lists them all). Governments (``Org`` 4, "Government of Kenya") are GOV.
Supporters of parties (``Org`` 2) and communities and clans (``Org`` 3) are left out.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from eventwire.knowledge.build.countries import country_by_name
from eventwire.knowledge.build.records import OrgRecord
from eventwire.knowledge.build.sources import open_source

SOURCE = "ucdp"
FILE = Path("actors/ucdp-actor/ucdp-actor-221.csv")
NAME_COLUMNS = ("NameData", "NameOrig", "NameOrigFullEng")


def ucdp(shared: Path) -> list[OrgRecord]:
    with open_source(shared, FILE) as handle:
        rows = list(csv.DictReader(handle))
    orgs = [_org(row) for row in rows if row["Org"] in ("1", "4")]
    return [o for o in orgs if o is not None]


def _org(row: dict[str, str]) -> OrgRecord | None:
    countries = _locations(row["Location"])
    names = [_clean(row[c]) for c in NAME_COLUMNS]
    names += [_clean(n) for n in row["NewName"].split(",")] + [_clean(n) for n in row["NewNameFullEng"].split(",")]
    names = [n for n in dict.fromkeys(names) if n and n.lower() != "n/a"]
    if not names:
        return None
    if row["Org"] == "4":
        country = _named_country(names) or (countries[0] if len(countries) == 1 else "")
        return OrgRecord(f"ucdp:{row['ActorId']}", names[0], country, "GOV", "government", SOURCE, names[1:], countries)
    named = _named_country(names)
    country = countries[0] if len(countries) == 1 else (named if named in countries else "")
    name = max(names[:3], key=lambda n: (len(n.split()) > 1, -names.index(n)))
    aliases = [n for n in names if n != name]
    return OrgRecord(f"ucdp:{row['ActorId']}", name, country, "REB", "armed", SOURCE, aliases, countries)


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("’", "'")).strip(" ,")


def _locations(text: str) -> list[str]:
    """The ISO3 codes of a UCDP location list ("Macedonia, FYR" is one country)."""
    codes = [country_by_name(part) for part in text.replace("Macedonia, FYR", "North Macedonia").split(", ")]
    return list(dict.fromkeys(c for c in codes if c))


def _named_country(names: list[str]) -> str | None:
    """The country a group's own name names: "Government of Kenya" -> KEN, "Sudan Liberation Army" -> SDN."""
    for name in names:
        match = re.match(r"^Government of (.+)$", name)
        if match:
            return country_by_name(match.group(1))
        for word in re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", name):
            code = country_by_name(word)
            if code:
                return code
    return None
