"""Other names of gazetteer entries (``data/places/aliases.tsv``): renamed places and other spellings.

Columns ``alias``, ``name``, ``iso3``: the alias finds the entry called ``name`` in that country (a city, a
region of ``regions.tsv`` or a country). Aliases are unique once folded; every code is a known ISO3 code.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.lexicons.files import Row, loader, read_tsv
from eventwire.lexicons.gazetteer.folding import fold
from eventwire.lexicons.places import country_code

__all__ = ["FILE", "Alias", "load_aliases"]

FILE = "places/aliases.tsv"


@dataclass(frozen=True, slots=True)
class Alias:
    """One other name of the entry called ``name`` in country ``iso3``."""

    alias: str
    name: str
    iso3: str
    line: int


@loader
def load_aliases() -> tuple[Alias, ...]:
    """Every alias of the table, in file order."""
    aliases: list[Alias] = []
    seen: dict[str, int] = {}
    for row in read_tsv(FILE, ["alias", "name", "iso3"]):
        alias = _alias(row)
        key = fold(alias.alias)
        if key in seen:
            raise row.error(f"alias {alias.alias!r} repeats the alias of line {seen[key]}")
        seen[key] = row.line
        aliases.append(alias)
    return tuple(aliases)


def _alias(row: Row) -> Alias:
    if not row["alias"] or not row["name"]:
        raise row.error("an alias needs both an alias and a name")
    return Alias(row["alias"], row["name"], country_code(row), row.line)
