"""The date lexicon (``data/dates/lexicon.yaml``): the words the date grammar and the date rules are built from.

Month, weekday and number words, relative and reference days, seasons, holidays, the words of time that make a
bare month a date, the parts and edges of a period, and the verbs and words the rules that tie a date to an event
read. Loaded and checked once (``load_lexicon``): every section must be present, and a bad entry fails at
start-up naming its line.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass

from eventwire.lexicons.files import Section, loader, read_yaml
from eventwire.lexicons.wordlists import ordered_words
from eventwire.model import EVENT_TYPES

__all__ = ["FILE", "DateLexicon", "Holiday", "Season", "load_lexicon", "parse_lexicon"]

FILE = "dates/lexicon.yaml"


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
    """Lookup tables from words (lower-cased) to numbers, and the word lists of the date rules. The tuples keep
    the file's order, for the grammar's alternations."""

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
    recent_words: frozenset[str]
    spoken_types: frozenset[str]
    full_names: frozenset[str]
    holidays: dict[str, Holiday]
    ambiguous_months: frozenset[str]
    ambiguous_weekdays: frozenset[str]
    month_lead_words: frozenset[str]
    period_parts: tuple[str, ...]
    month_edges: tuple[str, ...]
    year_edges: tuple[str, ...]
    year_thirds: dict[str, int]
    weekday_parts: tuple[str, ...]
    count_directions: dict[str, int]
    clause_final_directions: dict[str, int]

    def month_names(self) -> tuple[list[str], list[str]]:
        """Capitalised full month names and abbreviations, each longest first (for regex alternation)."""
        return _split(self.months, self.full_names)

    def weekday_names(self) -> tuple[list[str], list[str]]:
        """Capitalised full weekday names and abbreviations, each longest first."""
        return _split(self.weekdays, self.full_names)

    def direction(self, word: str) -> int:
        """The direction (-1 back, 1 forward) a word after a count of days counts in ("ago", "later", "after")."""
        key = word.lower()
        return self.count_directions.get(key) or self.clause_final_directions[key]


def _split(table: dict[str, int], full: frozenset[str]) -> tuple[list[str], list[str]]:
    words = sorted((w.capitalize() for w in table), key=len, reverse=True)
    return [w for w in words if w.lower() in full], [w for w in words if w.lower() not in full]


def _names(parent: Section, key: str, first: int, last: int, what: str) -> dict[str, int]:
    """A section mapping each number from ``first`` to ``last`` to its words ("1: [January, Jan]")."""
    section = parent.child(key)
    table: dict[str, int] = {}
    for number, words in section.items():
        if not isinstance(number, int) or not first <= number <= last or not isinstance(words.value, list):
            raise section.error(f"{key}: bad entry {number!r}; map numbers {first}-{last} to lists of words", number)
        table.update((str(word).lower(), number) for word in words.value)
    if sorted(set(table.values())) != list(range(first, last + 1)):
        raise section.error(f"{key} must name all {what}")
    return table


def _offsets(parent: Section, key: str) -> dict[str, int]:
    """A section mapping phrases to whole numbers."""
    section = parent.child(key)
    for phrase, value in section.items():
        if not isinstance(value.value, int) or isinstance(value.value, bool):
            raise section.error(f"{key}: {phrase!r} must map to a whole number", phrase)
    return {str(phrase).lower(): int(value) for phrase, value in section.mapping().items()}


def _directions(parent: Section, key: str) -> dict[str, int]:
    """A section mapping words to a direction, -1 or 1."""
    table = _offsets(parent, key)
    section = parent.child(key)
    for word, value in table.items():
        if value not in (-1, 1):
            raise section.error(f"{key}: {word!r} must map to -1 (back) or 1 (forward)", word)
    return table


def _year_thirds(parent: Section) -> dict[str, int]:
    """The third of a year (1-3) each part or edge word names; every part and year edge needs one."""
    table = _offsets(parent, "year_thirds")
    section = parent.child("year_thirds")
    for word, third in table.items():
        if third not in (1, 2, 3):
            raise section.error(f"year_thirds: {word!r} must map to 1, 2 or 3", word)
    missing = sorted(set(ordered_words(parent, "period_parts") + ordered_words(parent, "year_edges")) - table.keys())
    if missing:
        raise section.error(f"year_thirds: no entry for {', '.join(missing)}")
    return table


def _event_types(parent: Section, key: str) -> frozenset[str]:
    """A list of event types, each one of the schema's (``model.EVENT_TYPES``)."""
    section = parent.child(key)
    if not isinstance(section.value, list):
        raise parent.error(f"{key}: expected a list of event types", key)
    for index, item in enumerate(section.value):
        if item not in EVENT_TYPES:
            raise section.error(f"{key}: {item!r} is not an event type ({', '.join(EVENT_TYPES)})", index)
    return frozenset(section.value)


def _seasons(parent: Section) -> dict[str, Season]:
    section = parent.child("seasons")
    seasons = {}
    for name, spec in section.items():
        value = spec.value
        first, months = (value.get("first"), value.get("months", 3)) if isinstance(value, dict) else (None, None)
        if not isinstance(first, int) or not 1 <= first <= 12 or not isinstance(months, int) or not 1 <= months <= 12:
            raise section.error(f"season {name!r} needs a first month 1-12 (and a length in months)", name)
        seasons[str(name).lower()] = Season(first=first, months=months)
    return seasons


def _holidays(parent: Section) -> dict[str, Holiday]:
    """Holiday names (as written, capitalised) to their day, 'MM-DD', or days, 'MM-DD/DD' within one month."""
    section = parent.child("holidays")
    return {str(name): _holiday(section, name, str(when.value)) for name, when in section.items()}


def _holiday(section: Section, name: object, when: str) -> Holiday:
    first, _, last = when.partition("/")
    parts = first.split("-")
    if len(parts) != 2 or not all(p.isdigit() for p in parts) or not (last == "" or last.isdigit()):
        raise section.error(f"holiday {name!r}: {when!r} is not 'MM-DD' or 'MM-DD/DD'", name)
    month, day = int(parts[0]), int(parts[1])
    end = int(last) if last else day
    if not 1 <= month <= 12 or not 1 <= day <= end <= calendar.monthrange(2000, month)[1]:
        raise section.error(f"holiday {name!r}: {when!r} names no days of the year", name)
    return Holiday(month=month, first=day, last=end)


def _among(parent: Section, key: str, names: dict[str, int]) -> frozenset[str]:
    """A list of month or weekday names that must each be a name of ``names``."""
    words = frozenset(ordered_words(parent, key))
    unknown = sorted(words - names.keys())
    if unknown:
        raise parent.error(f"{key}: {', '.join(unknown)} not among the names of the lexicon", key)
    return words


def _full_names(section: Section) -> frozenset[str]:
    """The first word of each month and weekday: its full name (the others are abbreviations)."""
    return frozenset(str(words[0]).lower() for key in ("months", "weekdays") for words in section.value[key].values())


def parse_lexicon(section: Section) -> DateLexicon:
    """Check and convert the top level of the date lexicon."""
    months = _names(section, "months", 1, 12, "twelve months")
    weekdays = _names(section, "weekdays", 0, 6, "seven days (Monday is 0)")

    def words(key: str) -> frozenset[str]:
        return frozenset(ordered_words(section, key))

    return DateLexicon(
        months=months,
        weekdays=weekdays,
        numbers=_offsets(section, "numbers"),
        relative_days=_offsets(section, "relative_days"),
        reference_days=_offsets(section, "reference_days"),
        seasons=_seasons(section),
        reporting_verbs=words("reporting_verbs"),
        sequence_words=words("sequence_words"),
        times_of_day=words("times_of_day"),
        future_frames=words("future_frames"),
        recent_words=words("recent_words"),
        spoken_types=_event_types(section, "spoken_types"),
        holidays=_holidays(section),
        full_names=_full_names(section),
        ambiguous_months=_among(section, "ambiguous_months", months),
        ambiguous_weekdays=_among(section, "ambiguous_weekdays", weekdays),
        month_lead_words=words("month_lead_words"),
        period_parts=ordered_words(section, "period_parts"),
        month_edges=ordered_words(section, "month_edges"),
        year_edges=ordered_words(section, "year_edges"),
        year_thirds=_year_thirds(section),
        weekday_parts=ordered_words(section, "weekday_parts"),
        count_directions=_directions(section, "count_directions"),
        clause_final_directions=_directions(section, "clause_final_directions"),
    )


@loader
def load_lexicon() -> DateLexicon:
    """The packaged date lexicon (loaded once per process)."""
    return parse_lexicon(read_yaml(FILE))
