"""Reading and validating the knowledge base's tables (``eventwire/data/knowledge/*.tsv.gz``).

Each table is a gzip-compressed, tab-separated file with a header line; lists inside a cell are separated by
``;``. A bad row raises :class:`~eventwire.errors.KnowledgeTableError` (E312) naming the file and line. The
tables hold about 100,000 rows, so rows are checked with one regular expression each and dates are parsed once.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
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
SECTOR_SET = frozenset(SECTORS)
_ID = r"[A-Za-z0-9][\w:.\-]*"
_DAY = r"(?:\d{4}(?:-\d{2}(?:-\d{2})?)?)?"
ROW_SHAPES = {
    PEOPLE_COLUMNS: re.compile(rf"^{_ID}\t[^\t]+\t[^\t]*\t[A-Z]{{3}}\t[^\t]*$"),
    ROLE_COLUMNS: re.compile(rf"^{_ID}\t[^\t]*\t[A-Z]{{3}}\t[A-Z]{{3}}\t{_DAY}\t{_DAY}\t{_DAY}\t[^\t]+$"),
    ORGANISATION_COLUMNS: re.compile(rf"^{_ID}\t[^\t]+\t[^\t]*\t(?:[A-Z]{{3}})?\t[A-Z;]*\t[A-Z]{{3}}\t[a-z]+\t[^\t]*$"),
}


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """Every code a table may use for a country: ISO 3166-1 alpha-3 and the special codes."""
    return frozenset(c.alpha_3 for c in pycountry.countries) | SPECIAL_COUNTRIES


def fail(path: Path, line: int, problem: str) -> KnowledgeTableError:
    return KnowledgeTableError(
        f"{path.name} line {line}: {problem}; fix the row or rebuild the tables with `eventwire kb build`"
    )


def read_rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    """``(line number, cells)`` of each row of a table, each row checked for its shape."""
    try:
        with gzip.open(path, "rt", encoding="utf-8", newline="\n") as handle:
            lines = handle.read().split("\n")
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise KnowledgeTableError(
            f"{path.name}: cannot read the table ({exc}); reinstall eventwire or rebuild with `eventwire kb build`"
        ) from exc
    if tuple(lines[0].split("\t")) != columns:
        raise fail(path, 1, f"the header is {lines[0]!r}, expected {chr(9).join(columns)!r}")
    shape = ROW_SHAPES[columns].match
    for number, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        if shape(line) is None:
            raise fail(path, number, _shape_problem(line, columns))
        yield number, line.split("\t")


def _shape_problem(line: str, columns: tuple[str, ...]) -> str:
    cells = line.split("\t")
    if len(cells) != len(columns):
        return f"{len(cells)} cells, expected {len(columns)} ({', '.join(columns)})"
    return "a cell is malformed: " + ", ".join(f"{c}={v!r}" for c, v in zip(columns, cells, strict=True))


@lru_cache(maxsize=65536)
def _day(value: str, end: bool) -> date | None:
    return parse_partial_date(value, end=end) if value else None


def check_country(path: Path, line: int, code: str) -> str:
    if code and code not in country_codes():
        raise fail(path, line, f"country {code!r} is not an ISO3 code nor one of IGO, NGO, IMG, ISM")
    return code


def check_sector(path: Path, line: int, sector: str) -> str:
    if sector not in SECTOR_SET:
        raise fail(path, line, f"sector {sector!r} is not one of the sector codes of eventwire.model.SECTORS")
    return sector


def role_from(path: Path, line: int, cells: list[str]) -> Role:
    _, title, country, sector, start_text, end_text, as_of, source = cells
    try:
        start, end, seen = _day(start_text, False), _day(end_text, True), _day(as_of, False)
    except ValueError as exc:
        raise fail(path, line, str(exc)) from exc
    if start is not None and end is not None and end < start:
        raise fail(path, line, f"the role ends ({end_text}) before it starts ({start_text})")
    return Role(title, check_country(path, line, country), check_sector(path, line, sector), start, end, seen, source)


def organisation_from(path: Path, line: int, cells: list[str]) -> Organisation:
    ident, name, aliases, country, countries, sector, kind, sources = cells
    if kind not in ORGANISATION_KINDS:
        raise fail(path, line, f"kind {kind!r} is not one of {', '.join(sorted(ORGANISATION_KINDS))}")
    codes = tuple(filter(None, countries.split(";")))
    for code in codes:
        check_country(path, line, code)
    return Organisation(
        id=ident,
        name=name,
        aliases=tuple(filter(None, aliases.split(";"))),
        country=check_country(path, line, country),
        countries=codes,
        sector=check_sector(path, line, sector),
        kind=kind,
        sources=tuple(filter(None, sources.split(";"))),
    )
