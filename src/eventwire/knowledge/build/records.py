"""What each source module hands to the merge: people with roles, and organisations, before merging.

Dates stay as the source wrote them (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) so the tables keep their precision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from eventwire.knowledge.model import parse_partial_date

# Earlier first: a fact from a source earlier in this list wins over a later one.
SOURCE_ORDER = (
    "eventwire",
    "wikidata-officeholders",
    "wikidata-leaders",
    "ucdp",
    "phoenix",
    "ofac",
)
# Roles held since FIRST_YEAR are kept; people with none since SURNAME_YEAR are known by their full names only
# (aliases.add_surnames), so that a statesman of the 1970s takes no modern article's surname-only mention.
FIRST_YEAR = 1945
SURNAME_YEAR = 1990


def priority(source: str) -> int:
    return SOURCE_ORDER.index(source)


@dataclass(slots=True)
class RoleRecord:
    title: str
    country: str
    sector: str
    start: str
    end: str
    as_of: str
    source: str

    def span(self) -> tuple[date, date]:
        """The days the role covers; an open one runs to the end of time."""
        start = parse_partial_date(self.start) if self.start else date.min
        end = parse_partial_date(self.end, end=True) if self.end else date.max
        return start, end

    def overlaps(self, other: RoleRecord) -> bool:
        a0, a1 = self.span()
        b0, b1 = other.span()
        return a0 <= b1 and b0 <= a1

    def since(self, year: int) -> bool:
        """True when the role was held in or after ``year`` (an open role always is)."""
        return not self.end or int(self.end[:4]) >= year


@dataclass(slots=True)
class PersonRecord:
    """One person as a source knows them. ``surnames`` says whether the merge may derive a surname alias."""

    id: str
    name: str
    country: str
    source: str
    aliases: list[str] = field(default_factory=list)
    roles: list[RoleRecord] = field(default_factory=list)
    surnames: bool = True
    sources: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.sources:
            self.sources = [self.source]


@dataclass(slots=True)
class OrgRecord:
    id: str
    name: str
    country: str
    sector: str
    kind: str
    source: str
    aliases: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.sources:
            self.sources = [self.source]
        if self.country and self.country not in self.countries:
            self.countries.insert(0, self.country)
