"""Reading and validating the knowledge base's tables (``eventwire/data/knowledge/*.tsv.gz``).

Each table is a gzip-compressed, tab-separated file with a header line; lists inside a cell are separated by
``;``. A bad row raises :class:`~eventwire.errors.KnowledgeTableError` (E310) naming the file and line.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import pycountry

from eventwire.errors import KnowledgeTableError
from eventwire.knowledge.model import ORGANISATION_KINDS, SPECIAL_COUNTRIES, Organisation, Role, parse_partial_date
from eventwire.model import SECTORS

PEOPLE_COLUMNS = ("id", "name", "aliases", "country", "sources")
ROLE_COLUMNS = ("person", "title", "country", "sector", "start", "end", "as_of", "source")
ORGANISATION_COLUMNS = ("id", "name", "aliases", "country", "countries", "sector", "kind", "sources")
ID = re.compile(r"^[A-Za-z0-9][\w:.\-]*$")
SECTOR_SET = frozenset(SECTORS)


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """Every code a table may use for a country: ISO 3166-1 alpha-3 and the special codes."""
    return frozenset(c.alpha_3 for c in pycountry.countries) | SPECIAL_COUNTRIES


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a table: its cells by column name, and where it came from."""

    path: Path
    line: int
    cells: dict[str, str]

    def fail(self, problem: str) -> KnowledgeTableError:
        return KnowledgeTableError(
            f"{self.path.name} line {self.line}: {problem}; fix the row or rebuild the tables with `eventwire kb build`"
        )

    def text(self, column: str, *, required: bool = False) -> str:
        value = self.cells[column]
        if required and not value:
            raise self.fail(f"column {column!r} is empty")
        return value

    def items(self, column: str) -> tuple[str, ...]:
        return tuple(item for item in self.cells[column].split(";") if item)

    def country(self, column: str, *, required: bool = True) -> str:
        value = self.text(column, required=required)
        if value and value not in country_codes():
            raise self.fail(f"{column} {value!r} is not an ISO3 code nor one of IGO, NGO, IMG, ISM")
        return value

    def sector(self, column: str) -> str:
        value = self.text(column, required=True)
        if value not in SECTOR_SET:
            raise self.fail(f"sector {value!r} is not one of the sector codes of eventwire.model.SECTORS")
        return value

    def day(self, column: str, *, end: bool = False) -> date | None:
        value = self.cells[column]
        if not value:
            return None
        try:
            return parse_partial_date(value, end=end)
        except ValueError as exc:
            raise self.fail(f"{column}: {exc}") from exc

    def ident(self, column: str) -> str:
        value = self.text(column, required=True)
        if not ID.match(value):
            raise self.fail(f"{column} {value!r} is not a valid id")
        return value


def read_rows(path: Path, columns: tuple[str, ...]) -> Iterator[Row]:
    """The rows of one table, checked for the expected header and number of cells."""
    try:
        with gzip.open(path, "rt", encoding="utf-8", newline="\n") as handle:
            lines = handle.read().split("\n")
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise KnowledgeTableError(
            f"{path.name}: cannot read the table ({exc}); reinstall eventwire or rebuild with `eventwire kb build`"
        ) from exc
    header = tuple(lines[0].split("\t")) if lines else ()
    if header != columns:
        raise KnowledgeTableError(f"{path.name} line 1: the header is {header!r}, expected {columns!r}")
    for number, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        cells = line.split("\t")
        if len(cells) != len(columns):
            raise Row(path, number, {}).fail(f"{len(cells)} cells, expected {len(columns)}")
        yield Row(path, number, dict(zip(columns, cells, strict=True)))


def role_from(row: Row) -> Role:
    start, end = row.day("start"), row.day("end", end=True)
    if start is not None and end is not None and end < start:
        raise row.fail(f"the role ends ({row.cells['end']}) before it starts ({row.cells['start']})")
    return Role(
        title=row.text("title"),
        country=row.country("country"),
        sector=row.sector("sector"),
        start=start,
        end=end,
        as_of=row.day("as_of"),
        source=row.text("source", required=True),
    )


def organisation_from(row: Row) -> Organisation:
    kind = row.text("kind", required=True)
    if kind not in ORGANISATION_KINDS:
        raise row.fail(f"kind {kind!r} is not one of {', '.join(sorted(ORGANISATION_KINDS))}")
    countries = row.items("countries")
    for code in countries:
        if code not in country_codes():
            raise row.fail(f"countries: {code!r} is not an ISO3 code nor one of IGO, NGO, IMG, ISM")
    return Organisation(
        id=row.ident("id"),
        name=row.text("name", required=True),
        aliases=row.items("aliases"),
        country=row.country("country", required=False),
        countries=countries,
        sector=row.sector("sector"),
        kind=kind,
        sources=row.items("sources"),
    )
