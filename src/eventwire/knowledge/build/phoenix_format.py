"""Reading TABARI/PETRARCH actor dictionaries (the Phoenix ``*.actors.txt`` files).

An entry is a name line (``XI_JINPING``), ``+ALIAS`` lines, and CAMEO codes in brackets, each optionally dated:
``[CHNGOV >20121115]`` (from), ``[CHNGOV <120101]`` (until), ``[CHNGOV 030101-070531]`` (between). Six-digit
dates are ``yymmdd`` (years up to 30 are 20yy). Codes may sit on the name line or on lines of their own;
``#`` starts a comment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

CODE = re.compile(r"\[([^\]]*)\]")
DATE = re.compile(r"^\d{6}$|^\d{8}$")


@dataclass(frozen=True, slots=True)
class DatedCode:
    code: str
    start: str
    end: str


@dataclass(slots=True)
class Entry:
    """One dictionary entry: its name and aliases as written (underscores for spaces), codes, comment."""

    name: str
    line: int
    aliases: list[str] = field(default_factory=list)
    codes: list[DatedCode] = field(default_factory=list)
    comment: str = ""


def read_entries(text: str) -> list[Entry]:
    entries: list[Entry] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        body, _, comment = raw.partition("#")
        if not body.strip():
            continue
        head = body.split("[", 1)[0].strip()
        if body[:1] not in " \t+[" and head:
            entries.append(Entry(head, number, comment=comment.strip()))
        elif body.startswith("+") and entries and head[1:].strip():
            entries[-1].aliases.append(head[1:].strip())
        if entries:
            entries[-1].codes.extend(c for c in map(parse_code, CODE.findall(body)) if c is not None)
            if comment and not entries[-1].comment:
                entries[-1].comment = comment.strip()
    return entries


def parse_code(text: str) -> DatedCode | None:
    """``CHNGOV >20121115`` as a code with ISO dates; None for an empty or undatable code."""
    parts = text.split(None, 1)
    if not parts or not re.match(r"^[A-Z]{3,}$", parts[0]):
        return None
    code, when = parts[0], (parts[1].replace(" ", "") if len(parts) > 1 else "")
    if not when:
        return DatedCode(code, "", "")
    if when.startswith(">"):
        start = _iso(when[1:])
        return DatedCode(code, start, "") if start else None
    if when.startswith("<"):
        end = _iso(when[1:])
        return DatedCode(code, "", end) if end else None
    first, _, second = when.partition("-")
    start, end = _iso(first), _iso(second) if second else ""
    if not start or (second and not end) or (end and end < start):
        return None
    return DatedCode(code, start, end)


def _iso(value: str) -> str:
    if not DATE.match(value):
        return ""
    if len(value) == 6:
        year = int(value[:2])
        value = f"{2000 + year if year <= 30 else 1900 + year}{value[2:]}"
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:8])).isoformat()
    except ValueError:
        return ""
