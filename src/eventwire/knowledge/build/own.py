"""The project's own entries: facts written and checked by the team, which win over every other source.

Two sets are read, both from this repository (not from ``../shared``):

- the resolver's hand-made tables in ``eventwire/data/actors/`` (``people.tsv``, ``organizations.tsv``,
  ``groups.tsv``, ``seats.tsv``), so the knowledge base extends what the coder knows today;
- ``eventwire/knowledge/own/`` (``people.tsv``, ``organisations.tsv``): what the public sources miss (post-2022
  governments, Jubaland and Puntland, the SDF, government departments by name, media outlets, armed groups).

An office of an intergovernmental organisation (country ``IGO``) has sector ``IGO``, as the annotation guideline
codes it, where the resolver's ``people.tsv`` writes ``GOV``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from eventwire.errors import KnowledgeSourceError
from eventwire.knowledge.build.records import OrgRecord, PersonRecord, RoleRecord
from eventwire.knowledge.matching import alias_key

SOURCE = "eventwire"
GROUP_KINDS = {"security": "security", "party": "party", "armed": "armed"}
SEAT_KINDS = {"GOV": "seat", "MIL": "security", "SPY": "security", "LEG": "legislature", "JUD": "court"}


def package_file(*parts: str) -> Path:
    return Path(str(resources.files("eventwire").joinpath(*parts)))


def own_files() -> list[Path]:
    """Every file of this repository the build reads (for the manifest)."""
    return [
        package_file("data", "actors", name) for name in ("people.tsv", "organizations.tsv", "groups.tsv", "seats.tsv")
    ] + [package_file("knowledge", "own", name) for name in ("people.tsv", "organisations.tsv")]


def own_people(common_words: frozenset[str] = frozenset(), *, include_own: bool = True) -> list[PersonRecord]:
    """People of ``data/actors/people.tsv`` and ``knowledge/own/people.tsv``, one record per name.

    With ``common_words``, a one-word alias of the resolver's table that is one of them is dropped (off by
    default: that table's "Trump" and "Bush" are wanted).
    """
    people: dict[str, PersonRecord] = {}
    tables = package_file("data", "actors", "people.tsv")
    paths = (tables, package_file("knowledge", "own", "people.tsv")) if include_own else (tables,)
    for path in paths:
        for line, row in _rows(path):
            if path == tables:
                row["aliases"] = ";".join(a for a in _items(row["aliases"]) if alias_key(a) not in common_words)
            person = people.get(row["name"])
            if person is None:
                person = PersonRecord(f"ew:{_slug(row['name'])}", row["name"], row["country"], SOURCE, surnames=False)
                people[row["name"]] = person
            person.aliases.extend(a for a in _items(row["aliases"]) if a not in person.aliases)
            person.roles.append(_role(row, path, line))
    return list(people.values())


def own_organisations() -> list[OrgRecord]:
    orgs: list[OrgRecord] = []
    for line, row in _rows(package_file("knowledge", "own", "organisations.tsv")):
        orgs.append(_org(row["name"], row["aliases"], row["country"], row["sector"], row["kind"], f"own:{line}"))
    for line, row in _rows(package_file("data", "actors", "organizations.tsv")):
        kind = {"IGO": "igo", "NGO": "ngo", "IMG": "armed"}.get(row["country"], _kind_of(row["sector"]))
        orgs.append(_org(row["name"], row["aliases"], row["country"], row["sector"], kind, f"organizations:{line}"))
    for line, row in _rows(package_file("data", "actors", "groups.tsv")):
        if row["kind"] in GROUP_KINDS and row["sector"]:
            countries = _items(row["countries"])
            org = _org(row["name"], row["aliases"], countries[0] if countries else "", row["sector"], row["kind"], "")
            org.id, org.countries = f"ew:groups:{line}", countries
            orgs.append(org)
    for line, row in _rows(package_file("data", "actors", "seats.tsv")):
        kind = SEAT_KINDS.get(row["sector"], "seat")
        orgs.append(_org(row["alias"], "", row["iso3"], row["sector"], kind, f"seats:{line}"))
    return [o for o in orgs if o.sector]


def _org(name: str, aliases: str, country: str, sector: str, kind: str, where: str) -> OrgRecord:
    sector = "IGO" if country == "IGO" and sector == "GOV" else sector
    return OrgRecord(f"ew:{where}" if where else "", name, country, sector, kind, SOURCE, _items(aliases))


def _kind_of(sector: str) -> str:
    return {
        "GOV": "government",
        "MIL": "security",
        "COP": "security",
        "SPY": "security",
        "LEG": "legislature",
        "JUD": "court",
        "PTY": "party",
        "OPP": "party",
        "REB": "armed",
        "MED": "media",
        "BUS": "business",
        "IGO": "igo",
        "NGO": "ngo",
    }.get(sector, "ngo")


def _role(row: dict[str, str], path: Path, line: int) -> RoleRecord:
    if not row["start"]:
        raise KnowledgeSourceError(f"{path} line {line}: a role needs a start date (YYYY, YYYY-MM or YYYY-MM-DD)")
    sector = "IGO" if row["country"] == "IGO" and row["sector"] == "GOV" else row["sector"]
    return RoleRecord(row["role"], row["country"], sector, row["start"], row["end"], "", SOURCE)


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) of a team TSV file; ``#`` lines are comments."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeSourceError(f"{path}: cannot read the project's own entries ({exc.strerror})") from exc
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip() and line[0] != "#"]
    reader = csv.DictReader([line for _, line in numbered], delimiter="\t", quoting=csv.QUOTE_NONE)
    for (number, _), row in zip(numbered[1:], reader, strict=True):
        yield number, {k: (v or "").strip() for k, v in row.items() if k is not None}


def _items(value: str) -> list[str]:
    return [item.strip() for item in value.split(";") if item.strip()]


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "x"
