"""The petrarch2 Phoenix dictionaries (``actors/petrarch2/``): country actors (people and state bodies),
international actors (IGOs, NGOs, media, businesses and their officers) and armed non-state groups.

Only dated roles held in or after ``FIRST_YEAR`` (1945) are kept for people (a role's code gives its country and
sector, ``codes.py``); elite spells (``ELI``) are not offices and are dropped. A rulers' list entry whose name is a
body's ("Islamic Revolutionary Council") is read as a body, not a person. Country names, territories, generic role
phrases ("KOSOVAR_PRIME_MINISTER_") and undated people are left out.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.knowledge.build.names import (
    bracketed,
    looks_like_org,
    org_case,
    person_case,
    strip_offices,
    words,
)
from eventwire.knowledge.build.phoenix_format import Entry, read_entries
from eventwire.knowledge.build.records import FIRST_YEAR, OrgRecord, PersonRecord, RoleRecord
from eventwire.knowledge.build.sources import open_source
from eventwire.knowledge.codes import cameo_to_actor

SOURCE = "phoenix"
FOLDER = Path("actors/petrarch2")
FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
# The Countries file was generated in January 2014 and edited by hand until about 2016.
AS_OF = "2014-01-30"
KIND_OF_SECTOR = {
    "GOV": "government",
    "MIL": "security",
    "COP": "security",
    "SPY": "security",
    "LEG": "legislature",
    "JUD": "court",
    "PTY": "party",
    "OPP": "party",
    "REB": "armed",
    "IGO": "igo",
    "NGO": "ngo",
    "MED": "media",
    "BUS": "business",
}


def phoenix(shared: Path) -> tuple[list[PersonRecord], list[OrgRecord]]:
    people: list[PersonRecord] = []
    orgs: list[OrgRecord] = []
    for name in FILES:
        with open_source(shared, FOLDER / name, encoding="utf-8") as handle:
            entries = read_entries(handle.read())
        stem = name.split(".")[1].lower()
        for entry in entries:
            if is_person(entry):
                person = _person(entry, stem)
                if person is not None:
                    people.append(person)
            else:
                org = _org(entry, stem)
                if org is not None:
                    orgs.append(org)
    return people, orgs


def is_person(entry: Entry) -> bool:
    """Whether an entry names a person: every rulers' list entry but a body's, else a dated two-to-five-word name
    that is no organisation's."""
    if "CountryInfo" in entry.comment or "IGOrulers" in entry.comment:
        return not looks_like_org(words(entry.name))  # rulers' lists hold a few bodies too ("Revolutionary Council")
    name = words(entry.name)
    dated = any(c.start or c.end for c in entry.codes)
    return dated and not looks_like_org(name) and 2 <= len(name.split()) <= 5


def _person(entry: Entry, stem: str) -> PersonRecord | None:
    roles = []
    for code in entry.codes:
        country, sector = cameo_to_actor(code.code)
        if country is None or sector is None or sector == "ELI" or not (code.start or code.end):
            continue
        role = RoleRecord(
            f"CAMEO {code.code}", country, sector, code.start, code.end, "" if code.end else AS_OF, SOURCE
        )
        if code.start and role.since(FIRST_YEAR):
            roles.append(role)
    if not roles:
        return None
    name = strip_offices(person_case(words(entry.name)))
    aliases = [strip_offices(person_case(words(a))) for a in entry.aliases]
    ident = f"phx:{stem}:{entry.line}"
    country = max((r for r in roles if r.country != "IGO"), key=lambda r: r.start, default=roles[-1]).country
    unique = [a for a in dict.fromkeys(aliases) if a and a != name]
    return PersonRecord(id=ident, name=name, country=country, source=SOURCE, aliases=unique, roles=roles)


def _org(entry: Entry, stem: str) -> OrgRecord | None:
    """An organisation entry whose code gives a sector; aliases that look like people's names are dropped."""
    if any(d.code.startswith("MNC") for d in entry.codes):
        return None  # businesses are left out: their short names are often common words
    actor = next(((c, s) for c, s in map(cameo_to_actor, (d.code for d in entry.codes)) if s is not None), None)
    if actor is None or actor[1] in ("ELI", "CVL", "BUS"):
        return None
    country, sector = actor
    name = org_case(words(entry.name))
    if not name or (len(name.split()) > 1 and not looks_like_org(name) and sector not in ("MED", "BUS")):
        return None
    aliases = bracketed(entry.name)
    for alias in entry.aliases:
        text = words(alias)
        if text and (looks_like_org(text) or len(text.split()) == 1):
            aliases.append(org_case(text))
        aliases.extend(bracketed(alias))
    unique = [a for a in dict.fromkeys(aliases) if a and a != name]
    kind = KIND_OF_SECTOR.get(sector, "business" if sector in ("AGR", "LAB") else "ngo")
    if country == "NGO":
        kind = "ngo"
    return OrgRecord(
        id=f"phx:{stem}:{entry.line}",
        name=name,
        country=country or "",
        sector=sector,
        kind=kind,
        source=SOURCE,
        aliases=unique,
    )
