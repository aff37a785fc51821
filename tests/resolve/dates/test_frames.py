"""A sentence opened by "There," dates its act by the occasion the sentence before ends on (loads the spaCy model;
sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from eventwire.extract.raw import RawEvent
from eventwire.model import EventDate
from eventwire.resolve.dates.frames import there_date
from eventwire.resolve.dates.linking import event_date
from tests.tiers import Parse

PUBLISHED = date(2021, 11, 17)


def _date_of(parse: Parse, text: str, trigger: str) -> EventDate | None:
    doc = parse(text)
    token = next(t for t in doc if t.text == trigger)
    raw = RawEvent(type="REQUEST", trigger=doc[token.i : token.i + 1], sentence=token.sent)
    return event_date(raw, PUBLISHED)


def test_there_dates_the_act_by_the_occasion_the_sentence_before_names(parse: Parse) -> None:
    text = (
        "The two governments have not spoken since talks broke down at the Geneva Conference held in March. "
        "There, the foreign minister asked his counterpart for a new truce."
    )
    when = _date_of(parse, text, "asked")
    assert when is not None
    assert (when.start, when.end) == (date(2021, 3, 1), date(2021, 3, 31))
    assert when.inherited


def test_without_there_the_occasion_s_date_does_not_reach_the_act(parse: Parse) -> None:
    text = (
        "The two governments have not spoken since talks broke down at the Geneva Conference held in March. "
        "The foreign minister asked his counterpart for a new truce."
    )
    when = _date_of(parse, text, "asked")
    assert when is None or when.start.month != 3


def test_an_act_framed_by_there_keeps_a_date_of_its_own(parse: Parse) -> None:
    text = (
        "Talks broke down at the Geneva Conference held in March. "
        "There, the foreign minister asked on 2 April for a new truce."
    )
    when = _date_of(parse, text, "asked")
    assert when is not None
    assert when.start == date(2021, 4, 2)


def test_a_sentence_not_opened_by_there_takes_no_frame(parse: Parse) -> None:
    doc = parse("Talks broke down at the Geneva Conference held in March. The foreign minister asked for a truce.")
    token = next(t for t in doc if t.text == "asked")
    raw = RawEvent(type="REQUEST", trigger=doc[token.i : token.i + 1], sentence=token.sent)
    assert there_date(raw, PUBLISHED) is None
