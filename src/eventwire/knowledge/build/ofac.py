"""The US Treasury's sanctions list of 2024-05-03 (``actors/ofac-sdn/``).

Taken from it: the groups designated as foreign terrorist organisations (program ``FTO``) with their
"a.k.a." names, and people whose listed title is a public office (a minister, a governor, a member of the
State Duma, a commander), with their nationality. The list gives no dates: a person's office is kept as an
undated role, which never counts as held on a day (``Role.held_on``) but tells their country and sector.
Businesses, vessels, aircraft, traffickers and relatives are left out.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from functools import cache
from pathlib import Path

from eventwire.knowledge.build.countries import country_by_name
from eventwire.knowledge.build.names import org_case, surname_first_name
from eventwire.knowledge.build.positions import position_sector
from eventwire.knowledge.build.records import OrgRecord, PersonRecord, RoleRecord
from eventwire.knowledge.build.sources import open_source
from eventwire.lexicons.actors.offices import load_office_words

SOURCE = "ofac"
FILE = Path("actors/ofac-sdn/sdn_2024-05-03.csv")
AS_OF = "2024-05-03"
AKA = re.compile(r"a\.k\.a\. '([^']+)'")
NATIONALITY = re.compile(r"nationality ([A-Z][A-Za-z ,]+?)(?:;|\.|$)")
# Programs whose tag names the country a designated group or official belongs to.
PROGRAM_COUNTRIES = {
    "SOMALIA": "SOM",
    "DRCONGO": "COD",
    "IRAQ3": "IRQ",
    "IRGC": "IRN",
    "SYRIA": "SYR",
    "YEMEN": "YEM",
    "SOUTH SUDAN": "SSD",
    "CAR": "CAF",
    "LIBYA3": "LBY",
    "BURMA-EO14014": "MMR",
    "BELARUS": "BLR",
    "BELARUS-EO14038": "BLR",
    "VENEZUELA": "VEN",
    "VENEZUELA-EO13850": "VEN",
    "VENEZUELA-EO13884": "VEN",
    "NICARAGUA": "NIC",
    "DPRK": "PRK",
    "DPRK2": "PRK",
    "DPRK3": "PRK",
    "DPRK4": "PRK",
    "CUBA": "CUB",
    "IRAN": "IRN",
    "RUSSIA-EO14024": "RUS",
}


def ofac(shared: Path) -> tuple[list[PersonRecord], list[OrgRecord]]:
    with open_source(shared, FILE) as handle:
        rows = [row for row in csv.reader(handle) if len(row) == 12]
    groups = [row for row in rows if row[2].strip() == "-0-" and "FTO" in _programs(row)]
    shared_aliases = Counter(a.lower() for row in groups for a in set(AKA.findall(row[11])))
    orgs = [_group(row, shared_aliases) for row in groups]
    people = [p for p in map(_official, (r for r in rows if r[2].strip() == "individual")) if p is not None]
    return people, orgs


def _programs(row: list[str]) -> list[str]:
    return [p.strip(" []") for p in row[3].split("] [")]


def _program_country(row: list[str]) -> str:
    return next((PROGRAM_COUNTRIES[p] for p in _programs(row) if p in PROGRAM_COUNTRIES), "")


def _group(row: list[str], shared_aliases: Counter[str]) -> OrgRecord:
    """A designated group: an armed group, or Iran's military when it is part of the Revolutionary Guard."""
    name = org_case(row[1].strip())
    aliases = [org_case(a) for a in AKA.findall(row[11]) if shared_aliases[a.lower()] == 1 and not _bare_al(a)]
    country = _program_country(row) if {"SOMALIA", "DRCONGO", "IRAQ3"} & set(_programs(row)) else ""
    irgc = "IRGC" in _programs(row) or "REVOLUTIONARY GUARD" in row[1]
    sector, kind = ("MIL", "security") if irgc else ("REB", "armed")
    return OrgRecord(f"ofac:{row[0]}", name, "IRN" if irgc else country, sector, kind, SOURCE, aliases)


def _bare_al(alias: str) -> bool:
    """An alias of the form "AL HIJRA", "AL HAYAT": one word after the article, too general to stand alone."""
    return bool(re.match(r"^(AL|EL)[ -]\S+$", alias.strip(), re.IGNORECASE))


@cache
def _titles(section: str) -> re.Pattern[str]:
    """Titles of the list that name a public office (``ofac_office``) or a business role (``ofac_business``), in
    any case (``data/actors/offices.yaml``)."""
    return re.compile(load_office_words().whole_words(section), re.IGNORECASE)


def _official(row: list[str]) -> PersonRecord | None:
    title = row[4].strip() if row[4].strip() != "-0-" else ""
    if not title or not _titles("ofac_office").search(title) or _titles("ofac_business").search(title):
        return None
    nationality = NATIONALITY.search(row[11])
    country = (country_by_name(nationality.group(1).strip()) if nationality else None) or _program_country(row)
    if not country:
        return None
    sector = position_sector(title, country)
    role = RoleRecord(f"{title} (OFAC list, undated)", country, sector, "", "", AS_OF, SOURCE)
    aliases = [surname_first_name(a) for a in AKA.findall(row[11]) if "," in a]
    name = surname_first_name(row[1].strip())
    return PersonRecord(f"ofac:{row[0]}", name, country, SOURCE, aliases, [role], surnames=False)
