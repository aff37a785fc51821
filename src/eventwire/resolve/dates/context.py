"""Dates an event takes from the sentences before its own: the month or year the narrative has reached, the
coming date a planned event belongs to, and the day relative phrases ("the next day") count from."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from eventwire.extract.raw import RawEvent
from eventwire.lexicons.dates import load_lexicon
from eventwire.model import EventDate
from eventwire.nlp.doctext import doc_text
from eventwire.resolve.dates.anchor import ABSOLUTE_RULES, Tense, names_year, resolve_mention, whole_year
from eventwire.resolve.dates.clauses import clause_head, clause_tense, finite_tense, quotation
from eventwire.resolve.dates.phrases import LocatedDate, climb, opens_span, ordered_against, sentence_dates

__all__ = ["coming_date", "continued_day", "narrative_year", "paragraph_date", "reference_day"]

# How many sentences back an undated event looks for a date it can inherit.
CONTEXT_SENTENCES = 2
# How many sentences back a month or day without a year looks for the year the narrative has reached.
NARRATIVE_SENTENCES = 5
# Subjects that carry on the sentence before: personal pronouns.
_CONTINUING = frozenset({"he", "she", "they", "we"})
# Counts that may count from a month or year rather than a day, and the units ordered from fine to coarse.
_COARSE_UNITS = frozenset({"month", "year"})
_UNIT_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}
# How many sentences back an undated planned event looks for a coming date to join.
COMING_SENTENCES = 6


def _paragraph_sentences(sent: Span) -> list[Span]:
    """The sentences before ``sent`` in its paragraph (text between line breaks) that can lend it a date,
    nearest first: at most ``CONTEXT_SENTENCES`` of them, and none beyond the nearest that names a date (a
    later date phrase, even one that lends nothing, takes over the narrative)."""
    text = doc_text(sent.doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    earlier = [s for s in sent.doc.sents if start <= s.start_char and s.end_char <= sent.start_char]
    window = []
    for candidate in earlier[::-1][:CONTEXT_SENTENCES]:
        window.append(candidate)
        if sentence_dates(candidate):
            break
    return window


def _narrated(sent: Span, anchor: date | None, tense: Tense) -> EventDate | None:
    """The date an earlier sentence narrates: a phrase naming its month or year, attached to its main verb (or to
    what its main verb of saying reports: "she said she was shopping one afternoon in 2017") and resolved in that
    verb's tense (``tense`` when the verb shows none)."""
    for located in sentence_dates(sent):
        if located.mention.rule not in ABSOLUTE_RULES:
            continue
        reached, _ = climb(located.head, sent.root)
        if not _main(reached, sent.root) or ordered_against(located, reached):
            continue
        when = resolve_mention(located.mention, anchor, clause_tense(sent.root) or tense)
        if when is not None:
            return whole_year(located.mention, when)
    return None


def _main(clause: Token, root: Token) -> bool:
    """``clause`` is the sentence's main clause, or the complement its main verb of saying reports."""
    if clause.i == root.i:
        return True
    saying = load_lexicon().reporting_verbs
    return clause.dep_ == "ccomp" and clause.head.i == root.i and root.lemma_.lower() in saying


def _fits_tense(when: EventDate, published: date | None, tense: Tense) -> bool:
    if published is None:
        return True
    return when.start <= published if tense == "past" else when.end >= published


def paragraph_date(raw: RawEvent, published: date | None, tense: Tense) -> EventDate | None:
    """The month or year the sentences just before narrate, when it fits the event's tense."""
    for sent in _paragraph_sentences(raw.sentence):
        when = _narrated(sent, published, tense)
        if when is not None:
            return when if _fits_tense(when, published, tense) else None
    return None


def narrative_year(located: LocatedDate) -> int | None:
    """The year the narrative has reached where the phrase stands: the year named by the nearest date phrase
    before it, in its sentence or up to ``NARRATIVE_SENTENCES`` back in its paragraph ("It was 2014 ... Then, one
    August morning, ..."), told in the past. None when that nearest phrase names no year, is a span to the present
    or is not told in the past: the narrative is not in that year."""
    sent = located.span.sent
    before = [p for p in sentence_dates(sent) if p.span.end <= located.span.start]
    if before:
        return _year_of(before[-1])
    text = doc_text(sent.doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    earlier = [s for s in sent.doc.sents if start <= s.start_char and s.end_char <= sent.start_char]
    for candidate in earlier[::-1][:NARRATIVE_SENTENCES]:
        found = sentence_dates(candidate)
        if found:
            return _year_of(found[-1])
    return None


def _year_of(located: LocatedDate) -> int | None:
    """The year a phrase told in the past names; not a span running to the present ("since 2011")."""
    if not names_year(located.mention) or opens_span(located) is not None or finite_tense(located.head) != "past":
        return None
    when = resolve_mention(located.mention, None)
    return when.start.year if when is not None and when.start.year == when.end.year else None


def continued_day(raw: RawEvent, published: date | None) -> EventDate | None:
    """ "The spokesman disclosed the decision late on Tuesday. He accused the envoy of ...": a main clause whose
    subject is a personal pronoun carries on the sentence just before, and takes the single day that sentence's
    main verb is dated by."""
    sent = raw.sentence
    root = sent.root
    if clause_head(raw.trigger.root).i not in (root.i, *(c.i for c in root.conjuncts)):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _CONTINUING for c in root.children):
        return None
    before = [s for s in sent.doc.sents if s.end_char <= sent.start_char][-1:]
    if not before or "\n" in doc_text(sent.doc)[before[0].end_char : sent.start_char]:
        return None
    return _main_day(before[0], published)


def _main_day(sent: Span, published: date | None) -> EventDate | None:
    """The single day the main verb of ``sent`` is dated by ("The army seized the town on Wednesday")."""
    for located in sentence_dates(sent):
        reached, _ = climb(located.head, sent.root)
        if reached.i != sent.root.i or ordered_against(located, reached) or quotation(located.span[0]):
            continue
        when = resolve_mention(located.mention, published, clause_tense(sent.root) or "past")
        if when is not None and when.precision == "day" and when.start == when.end:
            return when
    return None


def _narrated_day(raw: RawEvent, published: date | None) -> date | None:
    """The single day the nearest earlier sentence of the paragraph that names a date is dated by in its main
    clause ("The army seized the town on Wednesday. Two days later, ..."), when it lies before publication."""
    window = _paragraph_sentences(raw.sentence)
    if not window:
        return None
    when = _main_day(window[-1], published)
    return when.start if when is not None and (published is None or when.start <= published) else None


def coming_date(raw: RawEvent, published: date | None) -> EventDate | None:
    """The nearest date after publication that one of the few sentences before looks forward to ("will visit
    Russia on March 20-22"): an undated planned event ("the parties will discuss ...") is part of it."""
    if published is None or raw.status != "planned" or finite_tense(raw.trigger.root) == "past":
        return None
    earlier = [s for s in raw.sentence.doc.sents if s.end_char <= raw.sentence.start_char]
    for sent in earlier[::-1][:COMING_SENTENCES]:
        for located in sentence_dates(sent):
            if clause_tense(located.head) != "future":
                continue
            when = resolve_mention(located.mention, published, "future")
            if when is not None and when.start > published:
                return when
    return None


def reference_day(raw: RawEvent, published: date | None, unit: str | None = None) -> date | None:
    """The day relative phrases ("the next day") count from: the paragraph's last named day (a weekday too: "The
    army seized the town on Wednesday. Two days later, ..."), else publication.
    A count of months or years ("two months later") counts from a month or year the paragraph names as well ("In
    October 2017 ... Two months later" is December 2017)."""
    when = paragraph_date(raw, published, "past")
    if when is not None and when.precision == "day" and when.start == when.end:
        return when.start
    if when is not None and unit in _COARSE_UNITS and _UNIT_ORDER[when.precision] <= _UNIT_ORDER[unit]:
        return when.start
    if when is None and unit not in _COARSE_UNITS:
        return _narrated_day(raw, published) or published
    return published
