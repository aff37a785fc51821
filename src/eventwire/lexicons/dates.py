"""The date lexicon: month, weekday and number words the date grammar is built from.

The words live in ``eventwire/data/dates/lexicon.yaml``; this module loads and checks them once.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["DateLexicon", "Holiday", "LexiconError", "load_lexicon"]

_REQUIRED = ("months", "weekdays", "numbers", "relative_days", "reference_days", "seasons", "reporting_verbs")


class LexiconError(ValueError):
    """The date lexicon file is malformed; fix ``data/dates/lexicon.yaml``."""


@dataclass(frozen=True, slots=True)
class Season:
    first: int
    months: int


@dataclass(frozen=True, slots=True)
class Holiday:
    """A holiday on the same days every year: a month and its first and last day."""

    month: int
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class DateLexicon:
    """Lookup tables from words (lower-cased) to numbers."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    relative_days: dict[str, int]
    reference_days: dict[str, int]
    seasons: dict[str, Season]
    reporting_verbs: frozenset[str]
    sequence_words: frozenset[str]
    times_of_day: frozenset[str]
    future_frames: frozenset[str]
    full_names: frozenset[str]
    holidays: dict[str, Holiday]

    def month_names(self) -> tuple[list[str], list[str]]:
        """Capitalised full month names and abbreviations, each longest first (for regex alternation)."""
        return _split(self.months, self.full_names)

    def weekday_names(self) -> tuple[list[str], list[str]]:
        """Capitalised full weekday names and abbreviations, each longest first."""
        return _split(self.weekdays, self.full_names)


def _split(table: dict[str, int], full: frozenset[str]) -> tuple[list[str], list[str]]:
    words = sorted((w.capitalize() for w in table), key=len, reverse=True)
    return [w for w in words if w.lower() in full], [w for w in words if w.lower() not in full]


def _names(section: Any, name: str, top: int) -> dict[str, int]:
    if not isinstance(section, dict):
        raise LexiconError(f"date lexicon section {name!r} must map numbers to lists of words")
    table: dict[str, int] = {}
    for number, words in section.items():
        if not isinstance(number, int) or not 0 <= number <= top or not isinstance(words, list):
            raise LexiconError(f"date lexicon {name!r}: bad entry {number!r}: {words!r}")
        for word in words:
            table[str(word).lower()] = number
    return table


def _offsets(section: Any, name: str) -> dict[str, int]:
    if not isinstance(section, dict) or not all(isinstance(v, int) for v in section.values()):
        raise LexiconError(f"date lexicon section {name!r} must map phrases to whole numbers")
    return {str(k).lower(): int(v) for k, v in section.items()}


def _seasons(section: Any) -> dict[str, Season]:
    if not isinstance(section, dict):
        raise LexiconError("date lexicon section 'seasons' must map names to {first, months}")
    seasons = {}
    for name, spec in section.items():
        if not isinstance(spec, dict) or not 1 <= int(spec.get("first", 0)) <= 12:
            raise LexiconError(f"date lexicon season {name!r} needs a first month 1-12")
        seasons[str(name).lower()] = Season(first=int(spec["first"]), months=int(spec.get("months", 3)))
    return seasons


def _holidays(section: Any) -> dict[str, Holiday]:
    """Holiday names (as written, capitalised) to their day, 'MM-DD', or days, 'MM-DD/DD' within one month."""
    if section is None:
        return {}
    if not isinstance(section, dict):
        raise LexiconError("date lexicon section 'holidays' must map names to 'MM-DD' or 'MM-DD/DD'")
    return {str(name): _holiday(str(name), str(when)) for name, when in section.items()}


def _holiday(name: str, when: str) -> Holiday:
    first, _, last = when.partition("/")
    parts = first.split("-")
    if len(parts) != 2 or not all(p.isdigit() for p in parts) or not (last == "" or last.isdigit()):
        raise LexiconError(f"date lexicon holiday {name!r}: {when!r} is not 'MM-DD' or 'MM-DD/DD'")
    month, day = int(parts[0]), int(parts[1])
    end = int(last) if last else day
    if not 1 <= month <= 12 or not 1 <= day <= end <= calendar.monthrange(2000, month)[1]:
        raise LexiconError(f"date lexicon holiday {name!r}: {when!r} names no days of the year")
    return Holiday(month=month, first=day, last=end)


def parse_lexicon(raw: Any) -> DateLexicon:
    """Check and convert the parsed YAML of the date lexicon."""
    if not isinstance(raw, dict) or any(key not in raw for key in _REQUIRED):
        raise LexiconError(f"date lexicon needs the sections {', '.join(_REQUIRED)}")
    months = _names(raw["months"], "months", 12)
    if sorted(set(months.values())) != list(range(1, 13)):
        raise LexiconError("date lexicon 'months' must name all twelve months")
    weekdays = _names(raw["weekdays"], "weekdays", 6)
    if sorted(set(weekdays.values())) != list(range(7)):
        raise LexiconError("date lexicon 'weekdays' must name all seven days (Monday is 0)")
    return DateLexicon(
        months=months,
        weekdays=weekdays,
        numbers=_offsets(raw["numbers"], "numbers"),
        relative_days=_offsets(raw["relative_days"], "relative_days"),
        reference_days=_offsets(raw["reference_days"], "reference_days"),
        seasons=_seasons(raw["seasons"]),
        reporting_verbs=frozenset(str(v).lower() for v in raw["reporting_verbs"]),
        sequence_words=frozenset(str(v).lower() for v in raw.get("sequence_words") or []),
        times_of_day=frozenset(str(v).lower() for v in raw.get("times_of_day") or []),
        future_frames=frozenset(str(v).lower() for v in raw.get("future_frames") or []),
        holidays=_holidays(raw.get("holidays")),
        full_names=frozenset(str(words[0]).lower() for key in ("months", "weekdays") for words in raw[key].values()),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> DateLexicon:
    """The packaged date lexicon (loaded once per process)."""
    text = resources.files("eventwire.data").joinpath("dates/lexicon.yaml").read_text(encoding="utf-8")
    return parse_lexicon(yaml.safe_load(text))
