"""Wikidata office holders: cabinets and heads of state and government (``actors/wikidata-officeholders/``)
and world leaders in office in 2022 (``actors/wikidata-world-leaders/``, the verified 2022-10-10 snapshot only).

Each person is keyed by their Wikidata id. An open role is marked with the day of the repository snapshot it was
read from (``as_of``); an open role followed in the same single-holder post by someone else ends the day before.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path

from eventwire.knowledge.build.countries import country_by_name
from eventwire.knowledge.build.positions import position_sector
from eventwire.knowledge.build.records import FIRST_YEAR, PersonRecord, RoleRecord
from eventwire.knowledge.build.sources import open_source
from eventwire.knowledge.codes import cameo_country

OFFICEHOLDERS = "wikidata-officeholders"
LEADERS = "wikidata-leaders"
HOLDERS_FILE = Path("actors/wikidata-officeholders/eps_holders21_combined.csv")
COMMITS_FILE = Path("actors/wikidata-officeholders/repos_commits.tsv")
LEADERS_FILE = Path("actors/wikidata-world-leaders/world_leaders_snapshot_be7039c_2022-10-10.csv")
LEADERS_AS_OF = "2022-10-10"
QID = re.compile(r"^Q\d+$")
# De-facto states the sources file under a recognised one: their officials are rebels, except Somaliland's
# (which governs its territory) and the United Kingdom's devolved governments.
REBEL_ENTITIES = frozenset({"South Ossetia", "Artsakh (Nagorno-Karabakh)", "Luhansk People's Republic"})
# Posts that several people hold at once: a later holder does not end an earlier one's term.
SHARED_POST = re.compile(
    r"\b(deputy|vice|without portfolio|of state|member|judge|justice of|justices?$|ambassador|representative|"
    r"councilor|delegate|commissioner|adviser|advisor|senator|secretary$)\b",
    re.IGNORECASE,
)
PARTIAL = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def officeholders(shared: Path) -> list[PersonRecord]:
    """Everyone in the combined holders file with a role held in or after 1990."""
    as_of = _snapshot_days(shared)
    people: dict[str, PersonRecord] = {}
    with open_source(shared, HOLDERS_FILE) as handle:
        for row in csv.DictReader(handle):
            role = _holder_role(row, as_of.get(row["source_repo"], ""))
            if role is None or not QID.match(row["person_qid"]) or QID.match(row["person"]):
                continue
            person = people.setdefault(row["person_qid"], _person(row["person_qid"], row["person"], OFFICEHOLDERS))
            person.roles.append(role)
    return _finish(people.values())


def world_leaders(shared: Path) -> list[PersonRecord]:
    """Heads of state and government in office in 2022 (years only)."""
    people: dict[str, PersonRecord] = {}
    with open_source(shared, LEADERS_FILE) as handle:
        for row in csv.DictReader(handle):
            country = country_by_name(row["country"])
            qid, name = row["officeholder"], row["officeholderLabel"]
            if country is None or not QID.match(qid) or QID.match(name) or not row["start_year"]:
                continue
            end = row["end_year"]
            role = RoleRecord(
                row["positionLabel"], country, "GOV", row["start_year"], end, "" if end else LEADERS_AS_OF, LEADERS
            )
            people.setdefault(qid, _person(qid, name, LEADERS)).roles.append(role)
    return _finish(people.values())


def _person(qid: str, label: str, source: str) -> PersonRecord:
    name = re.sub(r"\s*\([^)]*\)$", "", label).strip()  # "João Lourenço (politician)"
    return PersonRecord(id=qid, name=name, country="", source=source)


def _holder_role(row: dict[str, str], as_of: str) -> RoleRecord | None:
    start, end = _day(row["start"]), _day(row["end"])
    country = "IGO" if row["iso3"] == "IGO" else cameo_country(row["iso3"])
    if not start or not country:
        return None
    entity = row["entity"]
    sector = position_sector(row["position"], country)
    if entity in REBEL_ENTITIES:
        sector = "REB"
    title = f"{row['position']} ({entity})" if entity else row["position"]
    role = RoleRecord(title, country, sector, start, end, "" if end else as_of, OFFICEHOLDERS)
    return role if role.since(FIRST_YEAR) and (not end or end >= start) else None


def _day(value: str) -> str:
    value = value.strip()
    return value if PARTIAL.match(value) else ""


def _snapshot_days(shared: Path) -> dict[str, str]:
    with open_source(shared, COMMITS_FILE) as handle:
        return {row["repo"]: row["commit_date"][:10] for row in csv.DictReader(handle, delimiter="\t")}


def _finish(people: Iterable[PersonRecord]) -> list[PersonRecord]:
    """Drop repeated roles, end open roles that a successor took over, set each person's country."""
    result = []
    for person in people:
        person.roles = _dedupe(person.roles)
        if person.roles:
            person.country = _home_country(person.roles)
            result.append(person)
    _close_succeeded(result)
    return sorted(result, key=lambda p: p.id)


def _dedupe(roles: list[RoleRecord]) -> list[RoleRecord]:
    """One role per post and start month, keeping the one with an end (Wikidata lists some twice)."""
    best: dict[tuple[str, str, str], RoleRecord] = {}
    for role in sorted(roles, key=lambda r: (r.start, r.title, r.end == "", r.end)):
        best.setdefault((role.title.lower(), role.country, role.start[:7]), role)
    return sorted(best.values(), key=lambda r: (r.start, r.title))


def _home_country(roles: list[RoleRecord]) -> str:
    """The country of the person's latest role that is a country's (not an IGO post)."""
    national = [r for r in roles if r.country != "IGO"] or roles
    return max(national, key=lambda r: r.start).country


def _close_succeeded(people: list[PersonRecord]) -> None:
    """An open role in a single-holder post ends when the next holder of that post starts."""
    holders: dict[tuple[str, str], list[RoleRecord]] = {}
    for person in people:
        for role in person.roles:
            if not SHARED_POST.search(role.title):
                holders.setdefault((role.country, role.title), []).append(role)
    for roles in holders.values():
        roles.sort(key=lambda r: r.start)
        for role, successor in pairwise(roles):
            if not role.end and successor.start > role.start and len(successor.start) == 10 and len(role.start) == 10:
                role.end, role.as_of = successor.start, ""
