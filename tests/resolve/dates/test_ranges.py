"""Ranges cut at the anchor day, parts of a year, "since" phrases and "last week" written at the weekend."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.resolve.dates.anchor import resolve_expression, takes_year, whole_year
from eventwire.resolve.dates.grammar import find_mentions

THURSDAY = date(2019, 1, 10)
SUNDAY = date(2018, 12, 23)


def _range(text: str, anchor: date = THURSDAY, tense: str = "past") -> tuple[str, str, str]:
    when = resolve_expression(text, anchor, tense)  # type: ignore[arg-type]
    assert when is not None, text
    return when.start.isoformat(), when.end.isoformat(), when.precision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("praised the deal late last year", ("2018-09-01", "2018-12-31", "month")),
        ("in early 2018", ("2018-01-01", "2018-04-30", "month")),
        ("by mid-2016", ("2016-05-01", "2016-08-31", "month")),
        ("at the end of 2017", ("2017-09-01", "2017-12-31", "month")),
    ],
)
def test_a_part_of_a_year_is_four_of_its_months(text: str, expected: tuple[str, str, str]) -> None:
    assert _range(text) == expected


def test_a_part_of_a_month_keeps_the_month() -> None:
    assert _range("in late March") == ("2018-03-01", "2018-03-31", "month")


def test_spans_cut_at_the_anchor_are_given_to_the_day() -> None:
    assert _range("troops were sent earlier this year") == ("2019-01-01", "2019-01-10", "day")
    assert _range("a conference later this month") == ("2019-01-11", "2019-01-31", "day")
    assert _range("lost ground over the past year") == ("2018-01-10", "2019-01-10", "day")
    assert _range("a deal signed this year") == ("2019-01-01", "2019-01-10", "day")


def test_last_week_written_at_the_weekend_is_the_seven_days_before() -> None:
    assert _range("the minister resigned last week", SUNDAY) == ("2018-12-16", "2018-12-22", "day")
    assert _range("the minister resigned last week", THURSDAY) == ("2018-12-31", "2019-01-06", "day")


def test_since_opens_a_year_phrase() -> None:
    (mention,) = find_mentions("the alliance has backed the militia since 2014")
    assert (mention.text, mention.rule) == ("since 2014", "year")


def test_a_narrated_year_is_a_date_phrase() -> None:
    (mention,) = find_mentions("It was 2014 and we lived in the village.")
    assert (mention.rule, mention.part("y")) == ("year", "2014")


def test_which_phrases_take_their_year_from_context() -> None:
    def takes(text: str) -> bool:
        return takes_year(find_mentions(text)[0])

    assert [takes(text) for text in ("in August", "on 3 March")] == [True, True]
    assert [takes(text) for text in ("in August 2014", "in 2014", "last week")] == [False, False, False]


def test_a_part_of_a_year_widens_to_the_year() -> None:
    (mention,) = find_mentions("in early 2014")
    when = resolve_expression("in early 2014", THURSDAY)
    assert when is not None
    wide = whole_year(mention, when)
    assert (wide.start, wide.end, wide.precision) == (date(2014, 1, 1), date(2014, 12, 31), "year")
    (plain,) = find_mentions("in August 2014")
    august = resolve_expression("in August 2014", THURSDAY)
    assert august is not None
    assert whole_year(plain, august) == august


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fought the state in the 1990s", ("1990-01-01", "1999-12-31", "year")),
        ("ruled the region in the 80s", ("1980-01-01", "1989-12-31", "year")),
        ("in the early 2000s", ("2000-01-01", "2003-12-31", "year")),
        ("in the late 1970s", ("1976-01-01", "1979-12-31", "year")),
    ],
)
def test_a_decade_is_its_years(text: str, expected: tuple[str, str, str]) -> None:
    assert _range(text) == expected


def test_a_decade_after_since_is_one_phrase() -> None:
    mention = find_mentions("insurgents fighting since the 1990s")
    assert [m.rule for m in mention] == ["decade"]


def test_an_age_is_not_a_decade() -> None:
    assert find_mentions("two men in their 30s were arrested") == ()
