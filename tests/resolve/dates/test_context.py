"""How far a date phrase reaches in running news text: which neighbouring clauses and sentences it dates
(loads the spaCy model, so marked slow). The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract.raw import RawEvent
from eventwire.model import EventDate, Status
from eventwire.resolve.dates.linking import event_date
from tests.tiers import Parse

PUBLISHED = date(2021, 6, 9)  # a Wednesday


def _date_of(parse: Parse, text: str, trigger: str, status: Status = "asserted") -> EventDate:
    doc = parse(text)
    token = next(t for t in doc if t.text == trigger)
    raw = RawEvent(type="CONSULT", trigger=doc[token.i : token.i + 1], sentence=token.sent, status=status)
    when = event_date(raw, PUBLISHED)
    assert when is not None
    return when


def _is_publication(when: EventDate) -> bool:
    return when.start == when.end == PUBLISHED and when.inherited


@pytest.mark.hand_built
def test_background_year_does_not_reach_sentences_far_below(parse: Parse) -> None:
    text = (
        "The rebellion began in 2012 in the north. The envoy flew to the capital. "
        "The minister met the envoy. The two sides signed a ceasefire."
    )
    assert _is_publication(_date_of(parse, text, "signed"))


@pytest.mark.hand_built
def test_the_next_sentence_still_inherits_a_narrated_month(parse: Parse) -> None:
    text = "In March the army shelled the port. Dozens of houses burned."
    when = _date_of(parse, text, "burned")
    assert (when.start, when.end, when.inherited) == (date(2021, 3, 1), date(2021, 3, 31), True)


@pytest.mark.hand_built
def test_a_nearer_dated_sentence_stops_the_inheritance(parse: Parse) -> None:
    text = "In March the army shelled the port. On Monday the mayor resigned. Protesters blocked the road."
    assert _is_publication(_date_of(parse, text, "blocked"))


@pytest.mark.hand_built
def test_present_tense_clause_does_not_take_a_past_month(parse: Parse) -> None:
    text = "In March the army shelled the port. Farmers in the valley now refuse to sell grain to the army."
    assert _is_publication(_date_of(parse, text, "refuse"))


@pytest.mark.hand_built
def test_present_perfect_clause_does_not_take_another_clauses_year(parse: Parse) -> None:
    text = "The party, which was founded in 1998, has accused the government of fraud."
    assert _is_publication(_date_of(parse, text, "accused"))


@pytest.mark.hand_built
def test_quoted_present_tense_takes_the_date_of_the_words(parse: Parse) -> None:
    text = "The president spoke to reporters on 2 June. “We are withdrawing our troops,” he said."
    when = _date_of(parse, text, "withdrawing")
    assert when.start == when.end == date(2021, 6, 2)


def test_relative_clause_is_not_dated_by_the_clause_naming_its_noun(parse: Parse) -> None:
    text = "On Monday the minister praised the soldiers who have fought the insurgents."
    assert _is_publication(_date_of(parse, text, "fought"))


def test_a_when_clause_after_an_announcement_takes_its_date(parse: Parse) -> None:
    text = "The group announced a new campaign last July, when its fighters attacked a police post."
    when = _date_of(parse, text, "attacked")
    assert (when.start, when.end) == (date(2020, 7, 1), date(2020, 7, 31))


def test_an_intention_carries_the_date_of_its_complement(parse: Parse) -> None:
    text = "The president intends to visit Kenya in the autumn."
    when = _date_of(parse, text, "intends")
    assert (when.start, when.end, when.inherited) == (date(2021, 9, 1), date(2021, 11, 30), False)


def test_what_is_reported_is_not_dated_by_the_report(parse: Parse) -> None:
    # (Three undated sentences open the text, so that it names no day for its story.)
    text = (
        "Fighting spread across the province. Residents fled to the hills. The army moved north. "
        "The ministry said on Monday that rebels had burned the village."
    )
    assert _is_publication(_date_of(parse, text, "burned"))


def test_a_complement_of_a_present_tense_verb_takes_no_narrated_year(parse: Parse) -> None:
    text = "The militia was founded in 2013. The governor says the fighters must leave the town."
    assert _is_publication(_date_of(parse, text, "leave"))


def test_quoted_present_tense_takes_no_date_from_the_words_around_the_quote(parse: Parse) -> None:
    text = "The reporter, who was freed in 2016, wrote: “I thank him deeply for his service.”"
    assert _is_publication(_date_of(parse, text, "thank"))


def test_a_holiday_dates_the_sentence_and_stops_older_dates(parse: Parse) -> None:
    text = "The talks collapsed in April 2019. Just after Christmas the envoy resigned."
    when = _date_of(parse, text, "resigned")
    assert not (when.start.year == 2019 and when.start.month == 4)


def test_an_undated_planned_event_joins_the_coming_date_named_before(parse: Parse) -> None:
    text = "The king will visit Ghana on June 20.\n\nDuring the visit the two leaders will sign a trade pact."
    when = _date_of(parse, text, "sign", "planned")
    assert (when.start, when.inherited) == (date(2021, 6, 20), True)


def test_a_past_event_does_not_join_a_coming_date(parse: Parse) -> None:
    text = "The king will visit Ghana on June 20.\n\nLast year the two leaders signed a trade pact."
    assert _date_of(parse, text, "signed").start.year == 2020


def test_an_expected_meeting_looks_forward_to_its_weekday(parse: Parse) -> None:
    text = "The envoy is expected to hold talks with the rebels on Friday."
    when = _date_of(parse, text, "talks")
    assert when.start == when.end == date(2021, 6, 11)


def test_a_past_promise_keeps_its_month_in_the_past(parse: Parse) -> None:
    text = "The government first promised to set up a commission in January."
    assert _date_of(parse, text, "promised").start == date(2021, 1, 1)


def test_a_plan_told_in_the_past_does_not_join_a_coming_date(parse: Parse) -> None:
    text = "The envoy will meet the rebels on Friday. The army was told to plan for a withdrawal."
    doc = parse(text)
    token = next(t for t in doc if t.text == "withdrawal")
    raw = RawEvent(type="RETREAT", trigger=doc[token.i : token.i + 1], sentence=token.sent, status="planned")
    assert event_date(raw, PUBLISHED) is None  # not Friday's, and a step to come is not dated by the day reported


@pytest.mark.parametrize(("phrase", "day"), [("Two days later", date(2021, 6, 6)), ("The next day", date(2021, 6, 5))])
def test_a_count_of_days_later_counts_from_the_weekday_narrated_before(parse: Parse, phrase: str, day: date) -> None:
    text = f"Militia fighters took the bridge on Friday. {phrase}, the governor met the militia commanders."
    when = _date_of(parse, text, "met")
    assert (when.start, when.end) == (day, day)


def test_a_count_of_days_later_with_no_day_before_it_is_undated(parse: Parse) -> None:
    doc = parse("Militia fighters took the bridge. Two days later, the governor met the militia commanders.")
    token = next(t for t in doc if t.text == "met")
    raw = RawEvent(type="CONSULT", trigger=doc[token.i : token.i + 1], sentence=token.sent, status="asserted")
    assert event_date(raw, PUBLISHED) is None
