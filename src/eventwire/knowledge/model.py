"""The knowledge base's records: people with dated roles, and organisations (named tuples: ~100,000 load fast).

Dates in the tables are written ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (the precision the source gives):
a start means the first day of that period, an end its last day. A role with no end is open; when it comes
from a dated snapshot of a source (``as_of``) it is known to be held only up to that day.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import NamedTuple

PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

# Country codes besides ISO 3166-1 alpha-3: intergovernmental and non-governmental organisations,
# transnational armed groups, and international religious movements (event-schema.md).
SPECIAL_COUNTRIES: frozenset[str] = frozenset({"IGO", "NGO", "IMG", "ISM"})

# What an organisation is; the sector says how it acts, the kind what it is.
ORGANISATION_KINDS: frozenset[str] = frozenset(
    {"government", "seat", "security", "legislature", "court", "party", "armed", "igo", "ngo", "media", "business"}
)


def parse_partial_date(text: str, *, end: bool = False) -> date:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as a date: the first day of the period, or its last when ``end``."""
    match = PARTIAL_DATE.match(text)
    if match is None:
        raise ValueError(f"{text!r} is not a date written YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(match.group(1))
    month = int(match.group(2) or (12 if end else 1))
    if match.group(3):
        return date(year, month, int(match.group(3)))
    day = calendar.monthrange(year, month)[1] if end else 1
    return date(year, month, day)


class Role(NamedTuple):
    """One office or position held between ``start`` and ``end`` (inclusive).

    ``end`` None: open. ``as_of`` is the day of the source snapshot an open role was last seen in (None for the
    project's own entries, which are kept current by hand).
    """

    title: str
    country: str
    sector: str
    start: date | None
    end: date | None
    as_of: date | None
    source: str

    def held_on(self, when: date, *, presume_open: bool = False) -> bool:
        """True while the role is known to be held on ``when``.

        An open role from a snapshot counts only up to the snapshot's day, unless ``presume_open``.
        """
        if self.start is None or when < self.start:
            return False
        if self.end is not None:
            return when <= self.end
        return presume_open or self.as_of is None or when <= self.as_of

    def ended_before(self, when: date) -> bool:
        return self.end is not None and self.end < when


class Person(NamedTuple):
    """A named person: the country they belong to, the names they go by and their dated roles."""

    id: str
    name: str
    aliases: tuple[str, ...]
    country: str
    roles: tuple[Role, ...]
    sources: tuple[str, ...]

    def roles_at(self, when: date, *, presume_open: bool = False) -> list[Role]:
        """Every role held on ``when``, latest-starting first."""
        held = [r for r in self.roles if r.held_on(when, presume_open=presume_open)]
        return sorted(held, key=lambda r: r.start or date.min, reverse=True)

    def role_at(self, when: date, *, presume_open: bool = False) -> Role | None:
        """The role held on ``when`` (the latest-starting one if several), or None when none was held."""
        held = self.roles_at(when, presume_open=presume_open)
        return held[0] if held else None

    def latest_role(self) -> Role | None:
        dated = [r for r in self.roles if r.start is not None]
        return max(dated, key=lambda r: r.start or date.min, default=None)

    def left_office_before(self, when: date) -> bool:
        """True when some role of theirs had ended by ``when`` (a former official then, if nothing is held)."""
        return any(r.ended_before(when) for r in self.roles)

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class Organisation(NamedTuple):
    """A named body: a ministry, an armed group, an IGO, a party, a newspaper.

    ``country`` is ISO3 or a special code (IGO, NGO, IMG), empty when the sources give none; ``countries``
    lists every country it is tied to, ``country`` first when known.
    """

    id: str
    name: str
    aliases: tuple[str, ...]
    country: str
    countries: tuple[str, ...]
    sector: str
    kind: str
    sources: tuple[str, ...]

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)
