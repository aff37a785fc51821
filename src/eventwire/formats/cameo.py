"""CAMEO facts the exports need: the Goldstein scale and QuadClass of each code, sector names.

Three data files under ``eventwire/data/formats/``, each read and validated once on first use: a bad row
raises ``DataFileError`` (E300) naming the file and line.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from eventwire.errors import DataFileError
from eventwire.model import EVENT_TYPES, SECTORS, Event

QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with its Goldstein value, QuadClass and name."""

    code: str
    goldstein: float
    quad_class: int
    name: str


def _rows(name: str, columns: int) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of one TSV data file, comments and blank lines skipped, cell count checked."""
    text = resources.files("eventwire").joinpath("data", "formats", name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != columns:
            raise DataFileError(f"data/formats/{name}:{number}: expected {columns} tab-separated cells")
        yield number, [c.strip() for c in cells]


def parse_cameo_table(rows: Iterator[tuple[int, list[str]]], name: str = "cameo.tsv") -> dict[str, CameoCode]:
    """Validate the rows of the CAMEO table: codes of 2-4 digits, Goldstein in [-10, 10], one quad class per root."""
    raw: dict[str, tuple[float, int | None, str]] = {}
    for number, (code, goldstein, quad, label) in rows:
        where = f"data/formats/{name}:{number}"
        if not (code.isdigit() and 2 <= len(code) <= 4) or code in raw:
            raise DataFileError(f"{where}: code {code!r} is not a new 2-4 digit CAMEO code")
        try:
            value = float(goldstein)
        except ValueError:
            raise DataFileError(f"{where}: Goldstein value {goldstein!r} is not a number") from None
        if not (math.isfinite(value) and -10 <= value <= 10):
            raise DataFileError(f"{where}: Goldstein value {value} is outside -10..10")
        if (len(code) == 2) != (quad in {"1", "2", "3", "4"}) or (len(code) > 2 and quad != "-"):
            raise DataFileError(f"{where}: quad_class {quad!r}: a root code needs 1-4, any other code '-'")
        if not label:
            raise DataFileError(f"{where}: code {code} has no name")
        raw[code] = (value, int(quad) if len(code) == 2 else None, label)
    table: dict[str, CameoCode] = {}
    for code, (value, _, label) in raw.items():
        root = raw.get(code[:2])
        if root is None or root[1] is None:
            raise DataFileError(f"data/formats/{name}: code {code} has no root code {code[:2]} with a quad class")
        table[code] = CameoCode(code, value, root[1], label)
    return table


@cache
def cameo_table() -> dict[str, CameoCode]:
    """Every listed CAMEO code (read once)."""
    return parse_cameo_table(_rows("cameo.tsv", 4))


@cache
def type_roots() -> dict[str, str]:
    """PLOVER type -> the CAMEO root code that stands for it when an event has no code."""
    roots: dict[str, str] = {}
    table = cameo_table()
    for number, (type_, code) in _rows("types.tsv", 2):
        if type_ not in EVENT_TYPES or code not in table or type_ in roots:
            raise DataFileError(
                f"data/formats/types.tsv:{number}: {type_!r} -> {code!r}: unknown or repeated type, or code"
            )
        roots[type_] = code
    missing = sorted(set(EVENT_TYPES) - set(roots))
    if missing:
        raise DataFileError(f"data/formats/types.tsv: no CAMEO root for {', '.join(missing)}")
    return roots


@cache
def sector_names() -> dict[str, str]:
    """PLOVER sector code -> its name in words."""
    names: dict[str, str] = {}
    for number, (code, label) in _rows("sectors.tsv", 2):
        if code not in SECTORS or not label or code in names:
            raise DataFileError(f"data/formats/sectors.tsv:{number}: {code!r} is not a new PLOVER sector with a name")
        names[code] = label
    return names


def lookup(code: str | None) -> CameoCode | None:
    """The entry of a CAMEO code, or of its nearest listed parent (``1724`` -> ``172``); None for no code."""
    if not code:
        return None
    table = cameo_table()
    for cut in range(len(code), 1, -1):
        if code[:cut] in table:
            return table[code[:cut]]
    return None


def event_code(event: Event) -> str:
    """The event's CAMEO code, or the root code of its PLOVER type when it has none."""
    return event.cameo or type_roots()[event.type]


def goldstein(event: Event) -> float | None:
    """Goldstein value of the event's CAMEO code (of its type's root code when it has none)."""
    entry = lookup(event_code(event))
    return entry.goldstein if entry else None


def quad_class(event: Event) -> int | None:
    """GDELT QuadClass (1-4) of the event's CAMEO code (of its type's root code when it has none)."""
    entry = lookup(event_code(event))
    return entry.quad_class if entry else None
