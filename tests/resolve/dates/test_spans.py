"""Date phrases that name a span up to the anchor, weekends, and words that only look like dates."""

from __future__ import annotations

from datetime import date

from eventwire.resolve.dates.anchor import Tense, resolve_expression
from eventwire.resolve.dates.grammar import find_mentions

SUNDAY = date(2019, 3, 3)
WEDNESDAY = date(2019, 3, 6)


def _span(text: str, anchor: date, tense: Tense = "past") -> tuple[date, date, str]:
    when = resolve_expression(text, anchor, tense)
    assert when is not None
    return when.start, when.end, when.precision


def test_in_the_last_month_is_the_month_up_to_the_anchor() -> None:
    assert _span("two bombers had attacked in the last month", SUNDAY) == (date(2019, 2, 3), SUNDAY, "month")


def test_over_the_past_year_is_the_year_up_to_the_anchor() -> None:
    assert _span("attacks rose over the past year", SUNDAY) == (date(2018, 3, 3), SUNDAY, "year")


def test_a_counted_trailing_span() -> None:
    assert _span("fighters surrendered in the past two days", SUNDAY) == (date(2019, 3, 1), SUNDAY, "day")
    assert _span("for the past three weeks", SUNDAY)[0] == date(2019, 2, 10)


def test_bare_past_month_is_the_month_up_to_the_anchor() -> None:
    assert _span("prices climbed the past month", SUNDAY)[:2] == (date(2019, 2, 3), SUNDAY)


def test_this_weekend_on_a_sunday_is_that_weekend() -> None:
    assert _span("the offensive restarted this weekend", SUNDAY) == (date(2019, 3, 2), SUNDAY, "day")


def test_this_weekend_midweek_looks_back_for_past_events_and_ahead_for_planned_ones() -> None:
    assert _span("restarted this weekend", WEDNESDAY)[:2] == (date(2019, 3, 2), date(2019, 3, 3))
    assert _span("will meet this weekend", WEDNESDAY, "future")[:2] == (date(2019, 3, 9), date(2019, 3, 10))


def test_last_and_next_weekend() -> None:
    assert _span("last weekend", WEDNESDAY)[:2] == (date(2019, 3, 2), date(2019, 3, 3))
    assert _span("next weekend", SUNDAY, "future")[:2] == (date(2019, 3, 9), date(2019, 3, 10))


def test_the_fall_of_a_city_is_not_autumn() -> None:
    assert not find_mentions("they mourn the fall of the caliphate")
    assert not find_mentions("after the fall, the rebels fled")


def test_autumn_as_a_season_is_still_found() -> None:
    assert [m.text for m in find_mentions("talks resume in the fall")] == ["in the fall"]
    assert [m.text for m in find_mentions("the fall of 2019")] == ["the fall of 2019"]


def test_a_holiday_is_its_day_in_the_tense_s_year() -> None:
    assert _span("the envoy resigned at Christmas", date(2019, 1, 3)) == (date(2018, 12, 24), date(2018, 12, 26), "day")
    assert _span("on Christmas Day", date(2019, 1, 3))[:2] == (date(2018, 12, 25), date(2018, 12, 25))
    assert _span("talks resume after New Year’s Day", date(2018, 12, 20), "future")[0] == date(2019, 1, 1)
    assert _span("on Christmas Eve 2016", date(2019, 1, 3))[0] == date(2016, 12, 24)
