"""The story's day and the narrative's year, read directly from a parsed text (loads the spaCy model, so slow).
The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from eventwire.resolve.dates.context import narrative_year
from eventwire.resolve.dates.phrases import sentence_dates
from eventwire.resolve.dates.story import story_day

pytestmark = pytest.mark.slow

THURSDAY = date(2019, 3, 7)


def test_the_opening_names_the_story_day(nlp: Language) -> None:
    doc = nlp("Passengers described their ordeal on Wednesday. The ferry sank near the coast.")
    when = story_day(doc, THURSDAY)
    assert when is not None
    assert (when.start, when.end, when.text, when.inherited) == (date(2019, 3, 6), date(2019, 3, 6), None, True)


def test_a_day_more_than_a_week_back_is_not_the_story_day(nlp: Language) -> None:
    doc = nlp("Passengers described their ordeal on 10 February. The ferry sank near the coast.")
    assert story_day(doc, THURSDAY) is None


def test_a_bound_is_not_the_story_day(nlp: Language) -> None:
    doc = nlp("The curfew was extended until Wednesday. Shops stayed shut.")
    assert story_day(doc, THURSDAY) is None


def test_a_yearless_month_takes_the_year_the_narrative_reached(nlp: Language) -> None:
    doc = nlp("It was 2015 and the war was close. In August the militia came.")
    last = list(doc.sents)[-1]
    (august,) = sentence_dates(last)
    assert narrative_year(august) == 2015


def test_a_span_to_the_present_sets_no_narrative_year(nlp: Language) -> None:
    doc = nlp("The militia has held the town since 2015. In August it raised taxes.")
    last = list(doc.sents)[-1]
    (august,) = sentence_dates(last)
    assert narrative_year(august) is None


def test_a_stretch_of_days_is_not_the_story_day(nlp: Language) -> None:
    doc = nlp("Last week, the envoy reopened the embassy. Trade between the two states fell sharply.")
    assert story_day(doc, date(2019, 3, 10)) is None
