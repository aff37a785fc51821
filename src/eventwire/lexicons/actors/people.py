"""Named people and the offices they held, each valid between two dates (``data/actors/people.tsv``).

A person's sector depends on the event's date: in office they take the sector of the role they held
then; out of office they keep their country and become a former official (PLOVER's ``ELI``) once a role of
theirs has ended, or a party actor (``PTY``) before they first took office (a candidate, an opposition leader).
People read from the knowledge base (``eventwire.resolve.actors.known``) come as the same records; their roles
seen open in a dated source snapshot count only up to that day (``Role.known_until``), after which the sector is
unknown, and they have no sector before their first office (``Person.before_office``).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from eventwire.lexicons.actors.tables import country_code, name_cell, sector_code, split_list, table_rows
from eventwire.lexicons.files import Row, loader

OUT_OF_OFFICE_SECTOR = "ELI"
NOT_YET_IN_OFFICE_SECTOR = "PTY"


@dataclass(frozen=True, slots=True)
class Role:
    """One office held between ``start`` and ``end`` (``end`` None: still held). ``known_until``: an open role
    known to be held only up to that day (a source snapshot); whether it was held later is unknown."""

    title: str
    sector: str
    start: date
    end: date | None
    country: str
    known_until: date | None = None

    def covers(self, when: date) -> bool:
        if when < self.start:
            return False
        last = self.end or self.known_until
        return last is None or when <= last


@dataclass(frozen=True, slots=True)
class Person:
    """A named person with their country and dated roles; ``before_office`` is the sector before their first
    role (``PTY`` for the hand tables' people, who are listed as politicians; None for the knowledge base's)."""

    name: str
    aliases: tuple[str, ...]
    country: str
    roles: tuple[Role, ...]
    before_office: str | None = NOT_YET_IN_OFFICE_SECTOR

    def role_at(self, when: date | None) -> Role | None:
        """The role held on ``when`` (the latest-starting one if several); with no date, the latest role."""
        if when is None:
            return max(self.roles, key=lambda r: r.start, default=None)
        held = [role for role in self.roles if role.covers(when)]
        return max(held, key=lambda r: r.start, default=None)

    def sector_at(self, when: date | None) -> str | None:
        """The sector of the role held on ``when``; else ``ELI`` once a role has ended, none when a role's fate
        after its source's snapshot is unknown, ``before_office`` before any."""
        role = self.role_at(when)
        if role is not None:
            return role.sector
        if when is not None and any(r.end is not None and r.end < when for r in self.roles):
            return OUT_OF_OFFICE_SECTOR
        if when is not None and any(r.known_until is not None and r.known_until < when for r in self.roles):
            return None
        return self.before_office

    def country_at(self, when: date | None) -> str:
        """The country code of the role held on ``when`` (``IGO`` for a UN or EU office), else the home country."""
        role = self.role_at(when)
        return role.country if role else self.country

    def in_office(self, when: date | None) -> bool:
        return self.role_at(when) is not None


def parse_month(value: str, *, end: bool = False) -> date | None:
    """``YYYY-MM`` or ``YYYY-MM-DD`` as a date; a month alone means its first day, or its last when ``end``. An
    empty value is None; anything else raises ``ValueError``."""
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


@dataclass(frozen=True, slots=True)
class _RoleRow:
    """One row of ``people.tsv``, checked: whose role it is and the role."""

    name: str
    aliases: tuple[str, ...]
    country: str
    role: Role


@loader
def load_people() -> tuple[Person, ...]:
    """Every person of ``people.tsv``, their role rows grouped by name (the first row of a name gives its home
    country; aliases are merged). A bad code, sector or date fails naming its line."""
    grouped: dict[str, tuple[str, list[str], list[Role]]] = {}
    for row in table_rows("people.tsv"):
        checked = _role_row(row)
        _, aliases, roles = grouped.setdefault(checked.name, (checked.country, [], []))
        aliases.extend(a for a in checked.aliases if a not in aliases)
        roles.append(checked.role)
    return tuple(
        Person(name, tuple(aliases), country, tuple(roles)) for name, (country, aliases, roles) in grouped.items()
    )


def _role_row(row: Row) -> _RoleRow:
    country = country_code(row, "country", special=True)
    role = Role(name_cell(row, "role"), sector_code(row), _start(row), _date(row, "end", end=True), country)
    if role.end is not None and role.end < role.start:
        raise row.error(f"end {row['end']!r} is before start {row['start']!r}")
    return _RoleRow(name_cell(row, "name"), tuple(split_list(row["aliases"])), country, role)


def _start(row: Row) -> date:
    """The day the role began; it must be given."""
    found = _date(row, "start")
    if found is None:
        raise row.error("start is empty; give the month the role began (YYYY-MM or YYYY-MM-DD)")
    return found


def _date(row: Row, column: str, *, end: bool = False) -> date | None:
    """The date in ``column`` (an end month means its last day); None when the cell is empty."""
    try:
        return parse_month(row[column], end=end)
    except ValueError as exc:
        raise row.error(f"{column} {row[column]!r} is not a date (YYYY-MM or YYYY-MM-DD)") from exc
