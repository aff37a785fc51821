"""Turning date phrases into dates against an anchor day (the publication date or a narrative's day).

``resolve_expression`` is the pure entry point: a phrase, an anchor and the event's tense in,
an ``EventDate`` out. A phrase without a year takes the year that puts it nearest the anchor
in the tense's direction: a past event looks back from the anchor, a planned one looks forward.
Month, weekday, number and season words, holidays, and the direction of the words after a count ("ago", "later")
come from ``data/dates/lexicon.yaml``.
"""

from __future__ import annotations

import calendar
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta

from eventwire.lexicons.dates import load_lexicon
from eventwire.model import EventDate, Precision
from eventwire.resolve.dates.grammar import Mention, find_mentions

__all__ = [
    "ABSOLUTE_RULES",
    "REFERENCE_RULES",
    "Tense",
    "bounds_precision",
    "names_year",
    "resolve_expression",
    "resolve_mention",
    "takes_year",
    "whole_year",
]

log = logging.getLogger(__name__)

Tense = Literal["past", "future"] | None
Span = tuple[date, date, Precision]

SLACK = timedelta(days=7)

# Rules whose phrase names its own month or year: they need an anchor only to guess a missing year.
ABSOLUTE_RULES = frozenset(
    {"iso", "numeric", "mdmd", "dmdm", "mdd", "ddm", "md", "month", "year", "decade", "season", "holiday"}
)


def _month_span(year: int, month: int) -> Span:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month"


def _day(day: date) -> Span:
    return day, day, "day"


def _number(word: str) -> int:
    return int(word) if word.isdigit() else load_lexicon().numbers[" ".join(word.lower().split())]


def _month_of(word: str) -> int:
    return load_lexicon().months[word.rstrip(".").lower()]


def _day_of(word: str) -> int:
    return int(word.rstrip("stndrh"))


def _pick(candidates: list[date], anchor: date, tense: Tense) -> date:
    """The candidate nearest ``anchor`` in the tense's direction (on the anchor counts for either).

    A candidate up to ``SLACK`` past the anchor on the wrong side still wins over one a year away:
    publication dates lag, and a report of "September 4" dated September 3 means this September.
    """
    if tense == "past":
        before = [c for c in candidates if c <= anchor + SLACK]
        return max(before) if before else min(candidates)
    if tense == "future":
        after = [c for c in candidates if c >= anchor - SLACK]
        return min(after) if after else max(candidates)
    return min(candidates, key=lambda c: abs((c - anchor).days))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_day(month: int, day: int, year: int | None, anchor: date | None, tense: Tense) -> date | None:
    if year is not None:
        return _safe_date(year, month, day)
    if anchor is None:
        return None
    found = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))]
    return _pick(found, anchor, tense) if found else None


def _year_part(m: Mention) -> int | None:
    year = m.part("y")
    return int(year) if year else None


def _iso(m: Mention, anchor: date | None, tense: Tense) -> Span | None:
    day = _safe_date(int(m.part("y") or 0), int(m.part("m") or 0), int(m.part("d") or 0))
    return _day(day) if day else None


def _numeric(m: Mention, anchor: date | None, tense: Tense) -> Span | None:
    """ "3/20/2023" (US) or "20/3/2023" when only one reading is a date; else the reading near the anchor."""
    a, b = int(m.part("a") or 0), int(m.part("b") or 0)
    year = _year_part(m)
    if year is not None and year < 100:
        year += 2000
    readings = {d for month, day in ((a, b), (b, a)) if (d := _month_day(month, day, year, anchor, tense))}
    if len(readings) == 1:
        return _day(readings.pop())
    if anchor is None:
        return None
    near = [d for d in readings if abs((d - anchor).days) <= 45]
    return _day(near[0]) if len(near) == 1 else None


def _day_range(m: Mention, anchor: date | None, tense: Tense) -> Span | None:
    """ "March 20-22", "20 to 22 March", "March 30 - April 2", with an optional year on either end."""
    m1 = _month_of(m.part("m1") or "")
    m2 = _month_of(m.part("m2") or "") if m.part("m2") else m1
    d1, d2 = _day_of(m.part("d1") or ""), _day_of(m.part("d2") or "")
    year = int(m.part("y1") or m.part("y") or 0) or None
    start = _month_day(m1, d1, year, anchor, tense)
    if start is None:
        return None
    end = _safe_date(start.year, m2, d2)
    if end is not None and end < start:
        end = _safe_date(start.year + 1, m2, d2)
    if end is None or (end - start).days > 62:
        return None
    return start, end, "day"


def _single_day(m: Mention, anchor: date | None, tense: Tense) -> Span | None:
    day = _month_day(_month_of(m.part("m1") or ""), _day_of(m.part("d1") or ""), _year_part(m), anchor, tense)
    return _day(day) if day else None


def _month_year(month: int, anchor: date, tense: Tense) -> int:
    candidates = [date(y, month, 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    month_start = anchor.replace(day=1)
    return _pick(candidates, month_start, tense).year


def _month(m: Mention, anchor: date | None, tense: Tense) -> Span | None:
    """ "February", "early March", "May 2019": the whole month (month precision)."""
    month = _month_of(m.part("m1") or "")
    year = _year_part(m)
    if year is None:
        if anchor is None:
            return None
        year = _month_year(month, anchor, tense)
    return _month_span(year, month)


def _month_rel(m: Mention, anchor: date | None, tense: Tense) -> Span | None:
    """ "February last year", "March of next year"."""
    if anchor is None:
        return None
    shift = {"last": -1, "this": 0, "next": 1}[(m.part("rel") or "").lower()]
    return _month_span(anchor.year + shift, _month_of(m.part("m1") or ""))


def _rel_month(m: Mention, anchor: date | None, tense: Tense) -> Span | None:
    """ "last February" (before this month), "next March" (after it), "this May" (this year's)."""
    if anchor is None:
        return None
    month, rel = _month_of(m.part("m1") or ""), (m.part("rel") or "").lower()
    if rel == "this":
        return _month_span(anchor.year, month)
    if rel in ("last", "past"):
        return _month_span(anchor.year if month < anchor.month else anchor.year - 1, month)
    return _month_span(anchor.year if month > anchor.month else anchor.year + 1, month)


def _year(m: Mention, anchor: date | None, tense: Tense) -> Span | None:
    """ "in 2019", "since 2014"; a part narrows it to four months ("late 2018", "the beginning of 2019")."""
    return _year_span(int(m.part("y") or 0), m.part("part"))


def _decade(m: Mention, anchor: date | None, tense: Tense) -> Span | None:
    """ "the 1990s", "the 90s", "the early 2000s": the decade's years; a part narrows it to four of them (early
    0-3, mid 3-6, late 6-9). Two digits name a decade of the 1900s."""
    digits = (m.part("dec") or "").lstrip("'’")
    first = int(digits) if len(digits) == 4 else 1900 + int(digits)
    third = _third(m.part("part") or "")
    if third is not None:
        first += 3 * (third - 1)
        return date(first, 1, 1), date(first + 3, 12, 31), "year"
    return date(first, 1, 1), date(first + 9, 12, 31), "year"


def _year_span(year: int, part: str | None) -> Span:
    third = _third(part) if part else None
    if third is None:
        return date(year, 1, 1), date(year, 12, 31), "year"
    first = 4 * third - 3
    return date(year, first, 1), date(year, first + 3, calendar.monthrange(year, first + 3)[1]), "month"


def _third(part: str) -> int | None:
    """The third of a year a part or edge names ("late", "the end of"), if it names one."""
    thirds = load_lexicon().year_thirds
    return next((thirds[w] for w in part.lower().replace("-", " ").split() if w in thirds), None)


def _season(m: Mention, anchor: date | None, tense: Tense) -> Span | None:
    """ "this spring", "last winter", "in the summer of 2019": the season's months (month precision)."""
    season = load_lexicon().seasons[(m.part("s") or "").lower()]
    year = _year_part(m)
    if year is not None:
        return _season_span(year, season.first, season.months)
    if anchor is None:
        return None
    spans = [_season_span(y, season.first, season.months) for y in range(anchor.year - 2, anchor.year + 2)]
    rel = (m.part("rel") or "").lower()
    if rel == "last":
        return max((s for s in spans if s[1] < anchor), key=lambda s: s[0])
    if rel == "next":
        return min((s for s in spans if s[0] > anchor), key=lambda s: s[0])
    current = [s for s in spans if s[0] <= anchor <= s[1]]
    if current:
        return current[0]
    if tense == "past":
        return max((s for s in spans if s[1] < anchor), key=lambda s: s[0])
    return min((s for s in spans if s[0] > anchor), key=lambda s: s[0])


def _season_span(year: int, first: int, months: int) -> Span:
    start = date(year, first, 1)
    return start, start + relativedelta(months=months, days=-1), "month"


def _week(anchor: date, weeks: int) -> tuple[date, date]:
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=weeks)
    return monday, monday + timedelta(days=6)


def _clip(start: date, end: date, anchor: date, edge: str | None, tense: Tense) -> tuple[date, date]:
    """ "earlier this week" ends at the anchor; "later this month" starts the day after it."""
    if (edge == "earlier" or (edge is None and tense == "past")) and start <= anchor <= end:
        return start, anchor
    if edge == "later" and start <= anchor < end:
        return anchor + timedelta(days=1), end
    if edge is None and tense == "future" and start <= anchor <= end:
        return anchor, end
    return start, end


def bounds_precision(start: date, end: date) -> Precision:
    """The unit a range's ends fall on: whole years, whole months, else days. A span cut at the anchor day
    ("earlier this year", "over the past month") is given to the day."""
    whole_months = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    if whole_months and start.month == 1 and end.month == 12:
        return "year"
    return "month" if whole_months else "day"


def _rel_unit(m: Mention, anchor: date | None, tense: Tense) -> Span | None:
    """ "last week", "this month", "next year", "last weekend", "earlier this month"."""
    if anchor is None:
        return None
    rel, unit, edge = (m.part("rel") or "").lower(), (m.part("unit") or "").lower(), (m.part("edge") or "").lower()
    shift = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1, "coming": 1, "following": 1}[rel]
    if rel == "past" and unit in ("year", "month"):
        start = anchor - relativedelta(**{unit + "s": 1})  # type: ignore[arg-type]
        return start, anchor, bounds_precision(start, anchor)
    if unit == "year":
        start, end, precision = _year_span(anchor.year + shift, m.part("part"))
        if precision == "month":
            return start, end, precision
        start, end = _clip(start, end, anchor, edge or None, tense)
        return start, end, bounds_precision(start, end)
    if unit == "month":
        start, end, _ = _month_span(*_shift_month(anchor, shift))
        start, end = _clip(start, end, anchor, edge or None, tense)
        return start, end, bounds_precision(start, end)
    if unit == "weekend":
        return _weekend(anchor, shift, tense)
    if rel == "past":
        return anchor - timedelta(days=7), anchor, "day"
    if shift < 0 and anchor.weekday() >= 5:
        # Written at the weekend, "last week" is the working week just ended: the seven days before.
        return anchor - timedelta(days=7), anchor - timedelta(days=1), "day"
    start, end = _week(anchor, shift)
    start, end = _clip(start, end, anchor, edge or None, tense) if shift == 0 else (start, end)
    return start, end, "day"


def _shift_month(anchor: date, months: int) -> tuple[int, int]:
    moved = anchor.replace(day=1) + relativedelta(months=months)
    return moved.year, moved.month


def _weekend(anchor: date, shift: int, tense: Tense) -> Span:
    """ "this weekend" on a Saturday or Sunday is that weekend; on a weekday it is the one just gone for a past
    event and the coming one otherwise. "last weekend" is the one before this week, "next weekend" the one after."""
    weekday = anchor.weekday()
    if weekday >= 5:
        current = anchor - timedelta(days=weekday - 5)
    elif tense == "past" or (tense is None and weekday == 0):
        current = anchor - timedelta(days=weekday + 2)
    else:
        current = anchor + timedelta(days=5 - weekday)
    if shift < 0:
        saturday = current - timedelta(days=7) if weekday >= 5 else anchor - timedelta(days=weekday + 2)
    elif shift > 0:
        saturday = current + timedelta(days=7) if weekday >= 5 else anchor + timedelta(days=5 - weekday)
    else:
        saturday = current
    return saturday, saturday + timedelta(days=1), "day"


def _trailing(m: Mention, anchor: date | None, tense: Tense) -> Span | None:
    """ "in the past month", "over the last two years", "in the previous week": the span up to the anchor."""
    if anchor is None:
        return None
    unit = (m.part("unit") or "").lower()
    count = _number(m.part("n") or "1")
    start = anchor - relativedelta(**{unit + "s": count})  # type: ignore[arg-type]
    return start, anchor, bounds_precision(start, anchor)


def _weekday(m: Mention, anchor: date | None, tense: Tense) -> Span | None:
    """ "on Friday": the latest such day on or before the anchor for past events, the next for future ones."""
    if anchor is None:
        return None
    target = load_lexicon().weekdays[(m.part("wd") or "").rstrip(".").lower()]
    rel = (m.part("rel") or "").lower()
    back = (anchor.weekday() - target) % 7
    ahead = (target - anchor.weekday()) % 7
    if rel in ("last", "past", "previous"):
        return _day(anchor - timedelta(days=back or 7))
    if rel in ("next", "coming"):
        return _day(anchor + timedelta(days=ahead or 7))
    if tense == "future":
        return _day(anchor + timedelta(days=ahead))
    return _day(anchor - timedelta(days=back))


def _ago(m: Mention, anchor: date | None, tense: Tense) -> Span | None:
    """ "two days ago", "three weeks earlier", "a month later", "a year before"."""
    if anchor is None:
        return None
    count = _number(m.part("n") or "0")
    sign = load_lexicon().direction(m.part("dir") or "")
    unit = (m.part("unit") or "").lower()
    moved = anchor + relativedelta(**{unit + "s": sign * count})  # type: ignore[arg-type]
    if unit == "day":
        return _day(moved)
    if unit == "week":
        return moved - timedelta(days=3), moved + timedelta(days=3), "day"
    if unit == "month":
        return _month_span(moved.year, moved.month)
    return date(moved.year, 1, 1), date(moved.year, 12, 31), "year"


def _offset_day(m: Mention, anchor: date | None, tense: Tense) -> Span | None:
    """ "yesterday", "tonight", "the day before": a fixed offset from the anchor."""
    if anchor is None:
        return None
    phrase = " ".join((m.part("w") or "").lower().split())
    lex = load_lexicon()
    offset = lex.reference_days.get(phrase, lex.relative_days.get(phrase))
    return _day(anchor + timedelta(days=offset)) if offset is not None else None


def _holiday(m: Mention, anchor: date | None, tense: Tense) -> Span | None:
    """ "Christmas Day", "New Year's Eve 2018": the holiday's day (or days: "over Christmas"), in the year the
    tense points to."""
    holiday = load_lexicon().holidays[(m.part("h") or "").replace("’", "'")]
    found = _month_day(holiday.month, holiday.first, _year_part(m), anchor, tense)
    if found is None:
        return None
    return found, found.replace(day=holiday.last), "day"


_HANDLERS: dict[str, Callable[[Mention, date | None, Tense], Span | None]] = {
    "iso": _iso,
    "numeric": _numeric,
    "mdmd": _day_range,
    "dmdm": _day_range,
    "mdd": _day_range,
    "ddm": _day_range,
    "md": _single_day,
    "month_rel": _month_rel,
    "rel_month": _rel_month,
    "month": _month,
    "year": _year,
    "decade": _decade,
    "season": _season,
    "rel_unit": _rel_unit,
    "ago": _ago,
    "holiday": _holiday,
    "trailing": _trailing,
    "weekday": _weekday,
    "reference": _offset_day,
    "relative": _offset_day,
}

# Rules counted from the narrative's reference day rather than the publication date.
REFERENCE_RULES = frozenset({"reference"})


def names_year(mention: Mention) -> bool:
    """The phrase names its year ("in 2014", "August 2014", "2014-08-03")."""
    return mention.rule in ("year", "decade", "iso") or bool(mention.part("y") or mention.part("y1"))


def takes_year(mention: Mention) -> bool:
    """The phrase names a month or day but no year ("in August", "on 3 August"): the year comes from context."""
    return mention.rule in ABSOLUTE_RULES and not names_year(mention)


def whole_year(mention: Mention, when: EventDate) -> EventDate:
    """A part of a year ("early 2014", "late last year") widened to the whole year, for a date an event only
    takes from its context."""
    if mention.part("part") is None or when.precision != "month" or when.start.year != when.end.year:
        return when
    if mention.rule != "year" and (mention.part("unit") or "").lower() != "year":
        return when
    year = when.start.year
    return replace(when, start=date(year, 1, 1), end=date(year, 12, 31), precision="year")


def resolve_mention(mention: Mention, anchor: date | None, tense: Tense = None) -> EventDate | None:
    """The date a found phrase names, or None when it needs an anchor and has none (or names no real day)."""
    try:
        span = _HANDLERS[mention.rule](mention, anchor, tense)
    except (ValueError, KeyError, OverflowError) as exc:
        log.debug("date phrase %r not resolved: %s", mention.text, exc)
        return None
    if span is None:
        return None
    start, end, precision = span
    return EventDate(start=start, end=end, precision=precision, text=mention.text.strip())


def resolve_expression(text: str, anchor: date | None, tense: Tense = None) -> EventDate | None:
    """The date named by the longest date phrase in ``text`` (None when it names none)."""
    mentions = find_mentions(text)
    if not mentions:
        return None
    longest = max(mentions, key=lambda m: m.end - m.start)
    return resolve_mention(longest, anchor, tense)
