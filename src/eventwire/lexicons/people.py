"""Named people and the offices they held, each valid between two dates (``data/actors/people.tsv``).

A person's sector depends on the event's date: in office they take the sector of the role they held
then; out of office they keep their country and become a former official (PLOVER's ``ELI``) once a role of
theirs has ended, or a party actor (``PTY``) before they first took office (a candidate, an opposition leader).
"""

from __future__ import annotations

import calendar
import csv
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

OUT_OF_OFFICE_SECTOR = "ELI"
NOT_YET_IN_OFFICE_SECTOR = "PTY"


@dataclass(frozen=True, slots=True)
class Role:
    """One office held between ``start`` and ``end`` (``end`` None: still held)."""

    title: str
    sector: str
    start: date
    end: date | None
    country: str

    def covers(self, when: date) -> bool:
        return self.start <= when and (self.end is None or when <= self.end)


@dataclass(frozen=True, slots=True)
class Person:
    """A named person with their country and dated roles."""

    name: str
    aliases: tuple[str, ...]
    country: str
    roles: tuple[Role, ...]

    def role_at(self, when: date | None) -> Role | None:
        """The role held on ``when`` (the latest-starting one if several); with no date, the latest role."""
        if when is None:
            return max(self.roles, key=lambda r: r.start, default=None)
        held = [role for role in self.roles if role.covers(when)]
        return max(held, key=lambda r: r.start, default=None)

    def sector_at(self, when: date | None) -> str:
        role = self.role_at(when)
        if role is not None:
            return role.sector
        if when is not None and any(r.end is not None and r.end < when for r in self.roles):
            return OUT_OF_OFFICE_SECTOR
        return NOT_YET_IN_OFFICE_SECTOR

    def country_at(self, when: date | None) -> str:
        """The country code of the role held on ``when`` (``IGO`` for a UN or EU office), else the home country."""
        role = self.role_at(when)
        return role.country if role else self.country

    def in_office(self, when: date | None) -> bool:
        return self.role_at(when) is not None


def parse_month(value: str, *, end: bool = False) -> date | None:
    """``YYYY-MM`` or ``YYYY-MM-DD`` as a date; a month alone means its first day, or its last when ``end``."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(parts[0], parts[1], parts[2])
    if len(parts) != 2:
        raise ValueError(f"role date {value!r} is not YYYY-MM or YYYY-MM-DD")
    year, month = parts
    day = calendar.monthrange(year, month)[1] if end else 1
    return date(year, month, day)


def read_people_rows(text: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t")]


def people_from_rows(rows: list[dict[str, str]]) -> list[Person]:
    """Group role rows by person name (the first row of a name gives its country; aliases are merged)."""
    grouped: dict[str, tuple[str, list[str], list[Role]]] = {}
    for row in rows:
        start = parse_month(row["start"])
        if start is None:
            raise ValueError(f"role of {row['name']!r} has no start date")
        role = Role(row["role"], row["sector"], start, parse_month(row["end"], end=True), row["country"])
        _, aliases, roles = grouped.setdefault(row["name"], (row["country"], [], []))
        aliases.extend(a.strip() for a in row["aliases"].split(";") if a.strip() and a.strip() not in aliases)
        roles.append(role)
    return [Person(name, tuple(aliases), country, tuple(roles)) for name, (country, aliases, roles) in grouped.items()]


@lru_cache(maxsize=1)
def load_people() -> tuple[Person, ...]:
    text = resources.files("eventwire").joinpath("data", "actors", "people.tsv").read_text(encoding="utf-8")
    return tuple(people_from_rows(read_people_rows(text)))
