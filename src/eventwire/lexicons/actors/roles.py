"""Role and group nouns that name a sector: "police", "the president", "protesters" (``data/actors/roles.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.lexicons.actors.tables import check_unique, flag, name_cell, sector_code, table_rows
from eventwire.lexicons.files import loader

__all__ = ["RoleNoun", "load_roles"]


@dataclass(frozen=True, slots=True)
class RoleNoun:
    """A role noun and its sector. ``domestic``: an unqualified mention ("police") belongs to the country the
    document is about; ``person``: it names one person ("the president"), whom "he" may refer back to."""

    phrase: str
    sector: str
    domestic: bool
    person: bool


@loader
def load_roles() -> tuple[RoleNoun, ...]:
    """Every row of ``roles.tsv``: a known sector, 0/1 flags, each phrase once."""
    rows = table_rows("roles.tsv")
    check_unique(rows, "phrase")
    return tuple(
        RoleNoun(name_cell(row, "phrase"), sector_code(row), flag(row, "domestic"), flag(row, "person")) for row in rows
    )
