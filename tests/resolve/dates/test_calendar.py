"""The pure date resolver: each class of date phrase against a fixed anchor (no spaCy model)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.resolve.dates.anchor import Tense, resolve_expression
from eventwire.resolve.dates.grammar import find_mentions

FRIDAY = date(2023, 3, 17)  # a Friday


def _resolved(text: str, tense: Tense = "past", anchor: date = FRIDAY) -> tuple[str, str, str]:
    when = resolve_expression(text, anchor, tense)
    assert when is not None, f"{text!r} did not resolve"
    return when.start.isoformat(), when.end.isoformat(), when.precision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 20", ("2023-03-20", "2023-03-20", "day")),
        ("20 March 2023", ("2023-03-20", "2023-03-20", "day")),
        ("March 20, 2023", ("2023-03-20", "2023-03-20", "day")),
        ("on 14 March 2021", ("2021-03-14", "2021-03-14", "day")),
        ("2023-03-20", ("2023-03-20", "2023-03-20", "day")),
        ("on 3/20/2023", ("2023-03-20", "2023-03-20", "day")),
        ("on 20/3/2023", ("2023-03-20", "2023-03-20", "day")),
        ("Sept. 5", ("2022-09-05", "2022-09-05", "day")),
        ("on the 2nd of March", ("2023-03-02", "2023-03-02", "day")),
        ("Friday, March 17, 2023", ("2023-03-17", "2023-03-17", "day")),
    ],
)
def test_absolute_days(text: str, expected: tuple[str, str, str]) -> None:
    assert _resolved(text) == expected


def test_ambiguous_numeric_date_far_from_anchor_is_skipped() -> None:
    assert resolve_expression("on 3/4/2019", FRIDAY, "past") is None


def test_ambiguous_numeric_date_takes_reading_near_anchor() -> None:
    assert _resolved("on 06/03", "past", date(2017, 3, 6)) == ("2017-03-06", "2017-03-06", "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 20-22", ("2023-03-20", "2023-03-22", "day")),
        ("March 20 to 22", ("2023-03-20", "2023-03-22", "day")),
        ("from March 20 to 22", ("2023-03-20", "2023-03-22", "day")),
        ("between 20 and 22 March", ("2023-03-20", "2023-03-22", "day")),
        ("between March 20 and 22, 2023", ("2023-03-20", "2023-03-22", "day")),
        ("March 30 - April 2", ("2023-03-30", "2023-04-02", "day")),
        ("30 December to 2 January", ("2023-12-30", "2024-01-02", "day")),
    ],
)
def test_planned_day_ranges_look_forward(text: str, expected: tuple[str, str, str]) -> None:
    assert _resolved(text, "future") == expected


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("in February", "past", ("2023-02-01", "2023-02-28", "month")),
        ("in February", "future", ("2024-02-01", "2024-02-29", "month")),
        ("in February 2022", "past", ("2022-02-01", "2022-02-28", "month")),
        ("February last year", "past", ("2022-02-01", "2022-02-28", "month")),
        ("last February", "past", ("2023-02-01", "2023-02-28", "month")),
        ("next March", "future", ("2024-03-01", "2024-03-31", "month")),
        ("early March", "past", ("2023-03-01", "2023-03-31", "month")),
        ("in mid-April", "future", ("2023-04-01", "2023-04-30", "month")),
        ("last month", "past", ("2023-02-01", "2023-02-28", "month")),
        ("next month", "future", ("2023-04-01", "2023-04-30", "month")),
        ("earlier this month", "past", ("2023-03-01", "2023-03-17", "month")),
    ],
)
def test_months(text: str, tense: Tense, expected: tuple[str, str, str]) -> None:
    assert _resolved(text, tense) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in 2019", ("2019-01-01", "2019-12-31", "year")),
        ("in early 2019", ("2019-01-01", "2019-12-31", "year")),
        ("last year", ("2022-01-01", "2022-12-31", "year")),
        ("next year", ("2024-01-01", "2024-12-31", "year")),
    ],
)
def test_years(text: str, expected: tuple[str, str, str]) -> None:
    assert _resolved(text) == expected


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("on Friday", "past", "2023-03-17"),
        ("on Friday", "future", "2023-03-17"),
        ("on Tuesday", "past", "2023-03-14"),
        ("on Tuesday", "future", "2023-03-21"),
        ("last Tuesday", "past", "2023-03-14"),
        ("last Friday", "past", "2023-03-10"),
        ("next Monday", "future", "2023-03-20"),
        ("Saturday night", "past", "2023-03-11"),
    ],
)
def test_weekdays_follow_tense(text: str, tense: Tense, expected: str) -> None:
    assert _resolved(text, tense) == (expected, expected, "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", "2023-03-17"),
        ("yesterday", "2023-03-16"),
        ("tomorrow", "2023-03-18"),
        ("the day before", "2023-03-16"),
        ("the previous day", "2023-03-16"),
        ("the day after", "2023-03-18"),
        ("two days ago", "2023-03-15"),
        ("three days earlier", "2023-03-14"),
        ("overnight", "2023-03-17"),
        ("tonight", "2023-03-17"),
        ("this morning", "2023-03-17"),
        ("last night", "2023-03-16"),
    ],
)
def test_relative_days(text: str, expected: str) -> None:
    assert _resolved(text) == (expected, expected, "day")


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("last week", "past", ("2023-03-06", "2023-03-12", "day")),
        ("this week", "past", ("2023-03-13", "2023-03-17", "day")),
        ("next week", "future", ("2023-03-20", "2023-03-26", "day")),
        ("last weekend", "past", ("2023-03-11", "2023-03-12", "day")),
        ("this weekend", "future", ("2023-03-18", "2023-03-19", "day")),
    ],
)
def test_weeks_are_day_ranges(text: str, tense: Tense, expected: tuple[str, str, str]) -> None:
    assert _resolved(text, tense) == expected


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("this spring", "past", ("2023-03-01", "2023-05-31", "month")),
        ("in the spring", "future", ("2023-03-01", "2023-05-31", "month")),
        ("last summer", "past", ("2022-06-01", "2022-08-31", "month")),
        ("in the autumn", "future", ("2023-09-01", "2023-11-30", "month")),
        ("in the summer of 2019", None, ("2019-06-01", "2019-08-31", "month")),
    ],
)
def test_seasons_are_month_ranges(text: str, tense: Tense, expected: tuple[str, str, str]) -> None:
    assert _resolved(text, tense) == expected


def test_yearless_day_in_january_article_is_last_december_for_past_events() -> None:
    assert _resolved("December 28", "past", date(2023, 1, 5)) == ("2022-12-28", "2022-12-28", "day")


def test_yearless_day_for_planned_event_looks_forward() -> None:
    assert _resolved("January 5", "future", date(2022, 12, 20)) == ("2023-01-05", "2023-01-05", "day")


def test_yearless_day_just_after_anchor_stays_in_anchor_year() -> None:
    assert _resolved("September 4", "past", date(2018, 9, 3)) == ("2018-09-04", "2018-09-04", "day")


def test_relative_phrases_need_an_anchor() -> None:
    assert resolve_expression("yesterday", None, "past") is None
    assert resolve_expression("in February", None, "past") is None


def test_explicit_dates_resolve_without_an_anchor() -> None:
    when = resolve_expression("on 20 March 2023", None, "past")
    assert when is not None
    assert when.start == date(2023, 3, 20)


@pytest.mark.parametrize(
    "text",
    ["a 12-year-old boy", "for a third term", "for three years", "the 2019 law", "May God help us", "Theresa may go"],
)
def test_non_dates_are_not_found(text: str) -> None:
    assert find_mentions(text) == ()


def test_mentions_are_found_in_reading_order() -> None:
    found = find_mentions("Talks on Monday followed a visit in February last year.")
    assert [m.text for m in found] == ["on Monday", "February last year"]
