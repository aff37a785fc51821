"""The actor tables (TSV files under ``data/actors/``): their declared columns and the checks their cells share.

Each table has a loader module of its own (``countries``, ``seats``, ``organizations``, ``groups``, ``blocs``,
``roles``, ``new_states``, ``people``); they read rows through ``table_rows`` and check cells with the helpers
here, so that a bad cell fails at start-up naming its file and line (``data/actors/seats.tsv line 7: ...``).
Country codes are checked against the ISO 3166 table (pycountry), sectors against ``eventwire.model.SECTORS``.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

from eventwire.lexicons.files import Row, read_tsv
from eventwire.model import SECTORS

__all__ = [
    "SPECIAL_COUNTRIES",
    "TABLES",
    "check_unique",
    "country_code",
    "country_codes",
    "flag",
    "name_cell",
    "optional_country",
    "optional_sector",
    "sector_code",
    "split_list",
    "table_rows",
]

# The codes an actor's country may carry besides a state's ISO3 code: intergovernmental bodies (IGO),
# non-governmental organizations (NGO) and transnational armed groups (IMG). None of them is a state.
SPECIAL_COUNTRIES: frozenset[str] = frozenset({"IGO", "NGO", "IMG"})

# Every actor table and the columns its header must have (in any order).
TABLES: dict[str, tuple[str, ...]] = {
    "countries.tsv": ("iso3", "names", "adjectives", "people"),
    "seats.tsv": ("alias", "iso3", "sector", "name"),
    "organizations.tsv": ("name", "aliases", "country", "sector"),
    "groups.tsv": ("name", "aliases", "countries", "sector", "kind"),
    "blocs.tsv": ("name", "aliases"),
    "roles.tsv": ("phrase", "sector", "domestic", "person"),
    "new_states.tsv": ("country", "independent", "before"),
    "people.tsv": ("name", "aliases", "country", "sector", "role", "start", "end"),
    "rulers.tsv": ("name", "country", "sector", "start", "end"),
}


def table_rows(name: str) -> list[Row]:
    """The rows of actor table ``name`` (``"groups.tsv"``), its header checked against the declared columns."""
    return read_tsv(f"actors/{name}", TABLES[name])


def split_list(value: str) -> list[str]:
    """A ``;``-separated cell as a list, empty items dropped."""
    return [item.strip() for item in value.split(";") if item.strip()]


@lru_cache(maxsize=1)
def _iso3_codes() -> frozenset[str]:
    return frozenset(country.alpha_3 for country in pycountry.countries)


def country_code(row: Row, column: str, *, special: bool = False) -> str:
    """The ISO3 code in ``column`` (``IGO``/``NGO``/``IMG`` too when ``special``)."""
    code = row[column]
    if code in _iso3_codes() or (special and code in SPECIAL_COUNTRIES):
        return code
    allowed = "an ISO 3166 alpha-3 code" + (" or IGO, NGO, IMG" if special else "")
    raise row.error(f"{column} {code!r} is not {allowed}")


def optional_country(row: Row, column: str, *, special: bool = False) -> str | None:
    """Like ``country_code``, with None for an empty cell."""
    return country_code(row, column, special=special) if row[column] else None


def country_codes(row: Row, column: str) -> tuple[str, ...]:
    """A ``;``-separated list of one or more distinct ISO3 codes."""
    codes = tuple(split_list(row[column]))
    if not codes:
        raise row.error(f"{column} is empty; give at least one ISO3 code")
    if len(set(codes)) != len(codes):
        raise row.error(f"{column} {row[column]!r} repeats a code")
    for code in codes:
        if code not in _iso3_codes():
            raise row.error(f"{column} {code!r} is not an ISO 3166 alpha-3 code")
    return codes


def sector_code(row: Row, column: str = "sector") -> str:
    """The PLOVER sector in ``column``."""
    sector = row[column]
    if sector not in SECTORS:
        raise row.error(f"{column} {sector!r} is not a sector of eventwire.model.SECTORS")
    return sector


def optional_sector(row: Row, column: str = "sector") -> str | None:
    """Like ``sector_code``, with None for an empty cell."""
    return sector_code(row, column) if row[column] else None


def flag(row: Row, column: str) -> bool:
    """A ``0``/``1`` cell."""
    value = row[column]
    if value not in ("0", "1"):
        raise row.error(f"{column} must be 0 or 1, not {value!r}")
    return value == "1"


def name_cell(row: Row, column: str) -> str:
    """A cell that must not be empty (a name, an alias, a phrase)."""
    value = row[column]
    if not value:
        raise row.error(f"{column} is empty")
    return value


def check_unique(rows: list[Row], column: str) -> None:
    """Each row's ``column`` (compared without case) appears once in the table."""
    seen: dict[str, int] = {}
    for row in rows:
        key = row[column].lower()
        if key in seen:
            raise row.error(f"{column} {row[column]!r} is already listed on line {seen[key]}")
        seen[key] = row.line
