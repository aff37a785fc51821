"""The day a story reports: the day its opening sentences name, which its undated past-tense events fall back on
rather than the publication date ("Passengers ... described their ordeal on Wednesday"; an article of Thursday)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc

from eventwire.model import EventDate
from eventwire.resolve.dates.anchor import resolve_mention
from eventwire.resolve.dates.clauses import aim, finite_tense, quotation
from eventwire.resolve.dates.phrases import (
    LocatedDate,
    climb,
    counts_from_another,
    in_sequence_phrase,
    opens_span,
    ordered_against,
    sentence_dates,
)

__all__ = ["STORY_DAYS", "STORY_SENTENCES", "STORY_SPAN_DAYS", "story_day"]

# The opening sentences that may name the story's day, and how many days before publication that day may lie.
STORY_SENTENCES = 3
STORY_DAYS = 7
# The most days a story's day may cover ("on Monday and Tuesday").
STORY_SPAN_DAYS = 2
_CACHE_KEY = "eventwire.dates.story"
# A date after these words bounds a period or names another happening, not the story's day.
_NOT_THE_STORY = frozenset({"until", "till", "ahead", "by", "between", "from"})


def story_day(doc: Doc, published: date) -> EventDate | None:
    """The day (or days) the first date phrase of the opening sentences names, when it lies in the week up to
    publication. An opening whose first date is anything else (a year, a month, a day further back) sets no day:
    the story is then told from the publication date."""
    cache: dict[date, EventDate | None] = doc.user_data.setdefault(_CACHE_KEY, {})
    if published not in cache:
        cache[published] = _find(doc, published)
    return cache[published]


def _find(doc: Doc, published: date) -> EventDate | None:
    for sent in list(doc.sents)[:STORY_SENTENCES]:
        for located in sentence_dates(sent):
            if _sets_the_day(located):
                return _recent(resolve_mention(located.mention, published, "past"), published)
    return None


def _sets_the_day(located: LocatedDate) -> bool:
    """A phrase that can name the story's day: in a past-tense clause, not quoted, not a span ("since Monday",
    "between about 23 and ..."), not counted from another day ("two days earlier"), not a bound ("until Friday"),
    not in an infinitive naming an aim or a plan ("the decision to rerun the vote on Saturday"), and not ordering
    against another happening ("after Sunday's vote")."""
    if quotation(located.span[0]) is not None or opens_span(located) is not None or aim(located.head):
        return False
    if counts_from_another(located):
        return False
    if finite_tense(located.head) != "past":
        return False
    start = located.span.start
    if any(token.lower_ in _NOT_THE_STORY for token in located.span.doc[max(start - 2, 0) : start]):
        return False
    root = located.span.sent.root
    reached, _ = climb(located.head, root)
    return not (ordered_against(located, reached) or in_sequence_phrase(located, root))


def _recent(when: EventDate | None, published: date) -> EventDate | None:
    if when is None or when.end > published or when.start < published - timedelta(days=STORY_DAYS):
        return None
    if when.end - when.start > timedelta(days=STORY_SPAN_DAYS - 1):
        return None  # "last week", "over the past few days": a stretch of days, not the day the story reports
    return replace(when, text=None, inherited=True)
