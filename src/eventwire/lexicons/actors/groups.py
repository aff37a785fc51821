"""Armed forces, police units, parties, armed movements and communities whose name fixes a country or a few
(``data/actors/groups.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.lexicons.actors.tables import country_codes, name_cell, optional_sector, split_list, table_rows
from eventwire.lexicons.files import Row, loader

__all__ = ["GROUP_KINDS", "Group", "load_groups"]

# security forces and police, political parties, armed movements and militias, ethnic communities and clans
GROUP_KINDS = frozenset({"security", "party", "armed", "community"})


@dataclass(frozen=True, slots=True)
class Group:
    """A named group: the countries it lives in (main one first), its sector (None: the role noun after the name
    decides, "Pokot raiders") and its kind (one of ``GROUP_KINDS``)."""

    name: str
    aliases: tuple[str, ...]
    countries: tuple[str, ...]
    sector: str | None
    kind: str


@loader
def load_groups() -> tuple[Group, ...]:
    """Every row of ``groups.tsv``: one or more real ISO3 codes, a known sector or none, a known kind."""
    return tuple(_group(row) for row in table_rows("groups.tsv"))


def _group(row: Row) -> Group:
    if row["kind"] not in GROUP_KINDS:
        raise row.error(f"kind {row['kind']!r} is not one of {', '.join(sorted(GROUP_KINDS))}")
    return Group(
        name=name_cell(row, "name"),
        aliases=tuple(split_list(row["aliases"])),
        countries=country_codes(row, "countries"),
        sector=optional_sector(row),
        kind=row["kind"],
    )
