"""Named organizations: international and non-governmental bodies, transnational groups, agencies, parties,
media (``data/actors/organizations.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.lexicons.actors.tables import (
    check_unique,
    name_cell,
    optional_country,
    optional_sector,
    split_list,
    table_rows,
)
from eventwire.lexicons.files import loader

__all__ = ["Organization", "load_organizations"]


@dataclass(frozen=True, slots=True)
class Organization:
    """A named organization: its aliases, its country (ISO3, ``IGO``, ``NGO``, ``IMG``, or None for a body of no
    single country) and its sector."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None


@loader
def load_organizations() -> tuple[Organization, ...]:
    """Every row of ``organizations.tsv``: known codes, each name once."""
    rows = table_rows("organizations.tsv")
    check_unique(rows, "name")
    return tuple(
        Organization(
            name=name_cell(row, "name"),
            aliases=tuple(split_list(row["aliases"])),
            country=optional_country(row, "country", special=True),
            sector=optional_sector(row),
        )
        for row in rows
    )
