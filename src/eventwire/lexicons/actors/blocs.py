"""Words for a group of countries or the world at large: "Western", "the West", "the international community"
(``data/actors/blocs.tsv``). An actor they name has no country and borrows none."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.lexicons.actors.tables import check_unique, name_cell, split_list, table_rows
from eventwire.lexicons.files import loader

__all__ = ["Bloc", "load_blocs"]


@dataclass(frozen=True, slots=True)
class Bloc:
    """A bloc: ``name`` (the adjective put before a role noun in an actor's name, "Western leaders") and its
    aliases ("the West")."""

    name: str
    aliases: tuple[str, ...]


@loader
def load_blocs() -> tuple[Bloc, ...]:
    """Every row of ``blocs.tsv``: a name, listed once."""
    rows = table_rows("blocs.tsv")
    check_unique(rows, "name")
    return tuple(Bloc(name_cell(row, "name"), tuple(split_list(row["aliases"]))) for row in rows)
