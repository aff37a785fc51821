"""Armed movements that took power (``data/actors/rulers.tsv``): while in power, the group is its country's
government (the Taliban from August 2021), so its acts are the state's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from eventwire.lexicons.actors.tables import country_code, name_cell, sector_code, table_rows
from eventwire.lexicons.files import Row, loader

__all__ = ["Rule", "load_rulers", "ruling"]


@dataclass(frozen=True, slots=True)
class Rule:
    """Group ``name`` governed ``country`` as ``sector`` from ``start`` to ``end`` (None: still does)."""

    name: str
    country: str
    sector: str
    start: date
    end: date | None

    def covers(self, when: date) -> bool:
        return self.start <= when and (self.end is None or when <= self.end)


@loader
def load_rulers() -> tuple[Rule, ...]:
    """Every row of ``rulers.tsv``: a name, real codes, a start on or before the end."""
    return tuple(_rule(row) for row in table_rows("rulers.tsv"))


def _rule(row: Row) -> Rule:
    start, end = _day(row, "start"), _day(row, "end") if row["end"] else None
    if end is not None and end < start:
        raise row.error(f"end {row['end']!r} is before start {row['start']!r}")
    return Rule(name_cell(row, "name"), country_code(row, "country"), sector_code(row), start, end)


def _day(row: Row, column: str) -> date:
    try:
        return date.fromisoformat(row[column])
    except ValueError as exc:
        raise row.error(f"{column} {row[column]!r} is not a YYYY-MM-DD date") from exc


def ruling(name: str | None, when: date | None) -> Rule | None:
    """The rule of group ``name`` in force on ``when``, if any."""
    if name is None or when is None:
        return None
    return next((rule for rule in load_rulers() if rule.name == name and rule.covers(when)), None)
