"""Linking date phrases to events in parsed text (loads the spaCy model, so marked slow)."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.extract.raw import RawEvent
from eventwire.model import EventDate, Status
from eventwire.resolve.dates.linking import event_date
from tests.paths import SharedFile
from tests.tiers import Parse

PUBLISHED = date(2023, 3, 17)  # a Friday


def _event(doc: Doc, trigger: str, status: Status = "asserted", nth: int = 0) -> RawEvent:
    token = [t for t in doc if t.text == trigger][nth]
    return RawEvent(type="CONSULT", trigger=doc[token.i : token.i + 1], sentence=token.sent, status=status)


def _date_of(parse: Parse, text: str, trigger: str, status: Status = "asserted", nth: int = 0) -> EventDate | None:
    return event_date(_event(parse(text), trigger, status, nth), PUBLISHED)


def _days(when: EventDate | None) -> tuple[str, str, str]:
    assert when is not None
    return when.start.isoformat(), when.end.isoformat(), when.precision


@pytest.mark.hand_built
def test_planned_visit_takes_its_attached_range(parse: Parse) -> None:
    when = _date_of(
        parse, "The prime minister will visit Brazil from March 20 to 22, his office said.", "visit", "planned"
    )
    assert _days(when) == ("2023-03-20", "2023-03-22", "day")
    assert when is not None
    assert not when.inherited


@pytest.mark.hand_built
def test_month_attached_to_the_verb(parse: Parse) -> None:
    when = _date_of(parse, "The minister warned in February that the talks would fail.", "warned")
    assert _days(when) == ("2023-02-01", "2023-02-28", "month")


@pytest.mark.hand_built
def test_date_of_a_noun_trigger_through_its_modifiers(parse: Parse) -> None:
    text = "After talks with the president in Ankara in February, the envoy proposed a truce."
    assert _days(_date_of(parse, text, "talks")) == ("2023-02-01", "2023-02-28", "month")


@pytest.mark.hand_built
def test_the_day_before_counts_from_publication(parse: Parse) -> None:
    text = "The day before, the two foreign ministers spoke on the phone."
    assert _days(_date_of(parse, text, "spoke")) == ("2023-03-16", "2023-03-16", "day")


@pytest.mark.hand_built
def test_weekday_of_a_friday_article_is_that_friday(parse: Parse) -> None:
    text = "The agency reported on Friday that the border crossing had reopened."
    assert _days(_date_of(parse, text, "reported")) == ("2023-03-17", "2023-03-17", "day")


@pytest.mark.hand_built
def test_report_date_does_not_date_the_reported_event(parse: Parse) -> None:
    text = "The agency reported on Monday that troops had shelled the village."
    when = _date_of(parse, text, "shelled")
    assert when is not None
    assert when.inherited
    assert when.text is None


@pytest.mark.hand_built
def test_conjoined_event_inherits_the_governing_date(parse: Parse) -> None:
    text = "Police arrested the mayor on Tuesday and charged him with fraud."
    when = _date_of(parse, text, "charged")
    assert _days(when) == ("2023-03-14", "2023-03-14", "day")
    assert when is not None
    assert when.inherited


def test_attributive_date_is_not_the_event_date(parse: Parse) -> None:
    text = "Opposition supporters protested against the results of the January 9 election."
    when = _date_of(parse, text, "protested")
    assert when is not None
    assert when.inherited
    assert when.start == PUBLISHED


def test_undated_event_inherits_the_paragraph_date(parse: Parse) -> None:
    text = "On March 2, rebels attacked a convoy near the border. Soldiers returned fire."
    when = _date_of(parse, text, "returned")
    assert _days(when) == ("2023-03-02", "2023-03-02", "day")
    assert when is not None
    assert when.inherited


def test_paragraph_date_does_not_cross_a_line_break(parse: Parse) -> None:
    text = "On March 2, rebels attacked a convoy near the border.\n\nSoldiers returned fire."
    when = _date_of(parse, text, "returned")
    assert when is not None
    assert when.start == PUBLISHED
    assert when.inherited


def test_no_date_and_no_publication_date_gives_none(parse: Parse) -> None:
    doc = parse("Soldiers returned fire.")
    assert event_date(_event(doc, "returned"), None) is None


def test_explicit_date_needs_no_publication_date(parse: Parse) -> None:
    doc = parse("On 4 May 2019, protesters marched in the capital.")
    when = event_date(_event(doc, "marched"), None)
    assert _days(when) == ("2019-05-04", "2019-05-04", "day")


def test_hypothetical_event_reuses_the_past_month_it_inherits(parse: Parse) -> None:
    text = "The minister warned in February that the country would suffer if it started selling oil to the rebels."
    warned = _date_of(parse, text, "warned")
    selling = _date_of(parse, text, "selling", status="hypothetical")
    assert _days(warned) == _days(selling) == ("2023-02-01", "2023-02-28", "month")
    assert selling is not None
    assert selling.inherited


def test_hypothetical_event_does_not_move_the_paragraph_month_forward(parse: Parse) -> None:
    text = "In February the talks in Geneva collapsed. The rebels demand the full withdrawal of the army."
    when = _date_of(parse, text, "withdrawal", status="hypothetical")
    assert when is not None
    assert when.start == PUBLISHED
    assert when.inherited


def test_planned_event_keeps_its_own_month_ahead(parse: Parse) -> None:
    text = "The president will travel to Brazil in February."
    assert _days(_date_of(parse, text, "travel", status="planned")) == ("2024-02-01", "2024-02-29", "month")


def test_a_date_after_after_dates_the_earlier_happening_not_the_event(parse: Parse) -> None:
    text = "It is the premier's first trip abroad since the start of the war against the rebels in June last year."
    when = _date_of(parse, text, "trip")
    assert when is not None
    assert when.start == PUBLISHED
    assert when.inherited


def test_a_date_in_an_after_phrase_on_the_main_verb_does_not_date_the_event(parse: Parse) -> None:
    text = "This is the king's first visit to Spain after the outbreak of the border war in May last year."
    visit = _date_of(parse, text, "visit")
    outbreak = _date_of(parse, text, "outbreak")
    assert visit is not None
    assert visit.start == PUBLISHED
    assert visit.inherited
    assert _days(outbreak) == ("2022-05-01", "2022-05-31", "month")


def test_the_happening_inside_the_after_phrase_keeps_its_date(parse: Parse) -> None:
    text = "Police arrested the driver two days after the crash on the highway in Nakuru on Monday."
    when = _date_of(parse, text, "crash")
    assert _days(when) == ("2023-03-13", "2023-03-13", "day")


def test_a_time_of_day_after_the_sequence_word_keeps_the_date_for_the_event(parse: Parse) -> None:
    text = "Gunmen attacked the camp shortly after midnight on Sunday."
    assert _days(_date_of(parse, text, "attacked")) == ("2023-03-12", "2023-03-12", "day")


def _acled_accuracy(nlp: Language, gold_file: Path, sample: int) -> float:
    docs = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = random.Random(13).sample(docs, min(sample, len(docs)))
    right = 0
    for gold, doc in zip(docs, nlp.pipe(d["text"] for d in docs), strict=True):
        sent = next(doc.sents)
        raw = RawEvent(type="ASSAULT", trigger=doc[sent.root.i : sent.root.i + 1], sentence=sent)
        when = event_date(raw, date.fromisoformat(gold["published"]))
        span = gold["events"][0]["date"]
        start, end = date.fromisoformat(span["start"]), date.fromisoformat(span["end"])
        fine = start != end or (when is not None and when.precision == "day")
        right += when is not None and start <= when.start and when.end <= end and fine
    return right / len(docs)


def test_acled_note_dates_sample(nlp: Language, shared_file: SharedFile) -> None:
    assert _acled_accuracy(nlp, shared_file("dev", "acled_kenya.gold.jsonl"), 800) >= 0.96
