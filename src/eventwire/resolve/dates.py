"""Event dates: link an event to the date phrase that governs it and resolve it against the publication date.

An event takes, in order: a date phrase attached to its trigger ("will visit Russia from March 20 to 22");
a date phrase governing its clause ("arrested on Monday and charged", for "charged"); the nearest other date
phrase of its sentence; the last date the paragraph narrates; the publication date. Dates taken from context
are marked ``inherited``. Phrases are found by ``dates_grammar`` and resolved by ``dates_calendar``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Span, Token

from eventwire.extract.raw import RawEvent
from eventwire.model import EventDate
from eventwire.resolve.dates_calendar import (
    ABSOLUTE_RULES,
    REFERENCE_RULES,
    Tense,
    resolve_expression,
    resolve_mention,
)
from eventwire.resolve.dates_grammar import Mention, find_mentions
from eventwire.resolve.dates_lexicon import load_lexicon

__all__ = ["event_date", "resolve_expression", "sentence_dates", "tense_of"]

log = logging.getLogger(__name__)

_CLAUSAL = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "csubj", "csubjpass", "parataxis", "acl"})
_ATTRIBUTE_DEPS = frozenset({"compound", "poss", "nmod", "amod"})
# A date after these words bounds a period ("since July", "until March") rather than dating an event.
_BOUNDARY_WORDS = frozenset({"since", "until", "till", "ahead"})
_VERBAL = frozenset({"VERB", "AUX"})
# Named entities a date word can be part of without naming a time ("Theresa May", "Friday Mosque").
_NOT_TIME = frozenset({"PERSON", "ORG", "FAC", "GPE", "LOC", "NORP", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT"})


@dataclass(frozen=True, slots=True)
class LocatedDate:
    """A date phrase of a sentence with its tokens."""

    mention: Mention
    span: Span

    @property
    def head(self) -> Token:
        return self.span.root


def tense_of(raw: RawEvent) -> Tense:
    """Planned and hypothetical events look forward from the anchor; reported ones look back."""
    return "future" if raw.status in ("planned", "hypothetical") else "past"


def sentence_dates(sent: Span) -> list[LocatedDate]:
    """The date phrases of a sentence, without words inside names ("Theresa May")."""
    doc = sent.doc
    found = []
    for mention in find_mentions(sent.text):
        span = doc.char_span(sent.start_char + mention.start, sent.start_char + mention.end, alignment_mode="expand")
        if span is None or len(span) == 0 or _inside_name(span):
            continue
        found.append(LocatedDate(mention, span))
    return found


def _inside_name(span: Span) -> bool:
    return any(e.label_ in _NOT_TIME and e.start <= span.start and span.end <= e.end for e in span.doc.ents)


def _clause_head(token: Token) -> Token:
    """The verb heading the clause ``token`` is in (the sentence root when no verb is found)."""
    while not (token.pos_ in _VERBAL and token.dep_ in _CLAUSAL) and token.head.i != token.i:
        token = token.head
    return token


def _climb(start: Token, trigger: Token) -> tuple[Token, int]:
    """Walk up from ``start`` to the trigger or the first clause head above it; return it and the steps."""
    token, steps = start, 0
    while token.i != trigger.i and token.head.i != token.i:
        token, steps = token.head, steps + 1
        if token.pos_ in _VERBAL and token.dep_ in _CLAUSAL:
            break
    return token, steps


def _is_ancestor(token: Token, of: Token) -> bool:
    return any(a.i == token.i for a in of.ancestors)


def _names_something_else(located: LocatedDate, trigger: Token) -> bool:
    """ "the October 26 election", "Saturday's events", "since July": the phrase dates a thing or a start, not this."""
    head = located.head
    if head.dep_ in _ATTRIBUTE_DEPS and head.head.i != trigger.i and head.head.pos_ in ("NOUN", "PROPN"):
        return True
    before = located.span[0].nbor(-1) if located.span.start > located.span.sent.start else None
    return head.lower_ in _BOUNDARY_WORDS or (before is not None and before.lower_ in _BOUNDARY_WORDS)


def _relation(located: LocatedDate, trigger: Token) -> tuple[str, int]:
    """How a date phrase relates to the trigger: 'own', 'governing', 'report' or 'other', with a distance."""
    if _names_something_else(located, trigger):
        return "attribute", 0
    reached, steps = _climb(located.head, trigger)
    if reached.i == trigger.i or located.span.start <= trigger.i < located.span.end:
        return "own", steps
    trigger_clause = trigger if trigger.pos_ in _VERBAL else _clause_head(trigger)
    if reached.i == trigger_clause.i or (trigger.dep_ == "xcomp" and reached.i == trigger.head.i):
        return "own", steps + 1
    if _is_ancestor(reached, trigger):
        kind = "report" if reached.lemma_.lower() in load_lexicon().reporting_verbs else "governing"
        return kind, len(list(trigger.ancestors))
    return "other", abs(located.head.i - trigger.i)


def _pick_in_sentence(raw: RawEvent) -> tuple[LocatedDate, bool] | None:
    """The sentence's date phrase for this event and whether it is inherited (governs it from above)."""
    trigger = raw.trigger.root
    ranked: dict[str, list[tuple[int, LocatedDate]]] = {"own": [], "governing": [], "other": []}
    for located in sentence_dates(raw.sentence):
        kind, distance = _relation(located, trigger)
        if kind in ranked:
            ranked[kind].append((distance, located))
    for kind in ("own", "governing", "other"):
        if ranked[kind]:
            best = min(ranked[kind], key=lambda pair: (pair[0], abs(pair[1].head.i - trigger.i)))
            return best[1], kind == "governing"
    return None


def _paragraph_sentences(sent: Span) -> list[Span]:
    """The sentences before ``sent`` in its paragraph (text between line breaks), nearest first."""
    text = sent.doc.text
    start = text.rfind("\n", 0, sent.start_char) + 1
    earlier = [s for s in sent.doc.sents if start <= s.start_char and s.end_char <= sent.start_char]
    return earlier[::-1]


def _narrated(sent: Span, anchor: date | None, tense: Tense) -> EventDate | None:
    """The date an earlier sentence narrates: a phrase naming its month or year, attached to its main verb."""
    for located in sentence_dates(sent):
        if located.mention.rule not in ABSOLUTE_RULES:
            continue
        reached, _ = _climb(located.head, sent.root)
        if reached.i == sent.root.i and (when := resolve_mention(located.mention, anchor, tense)):
            return when
    return None


def _fits_tense(when: EventDate, published: date | None, tense: Tense) -> bool:
    if published is None:
        return True
    return when.start <= published if tense == "past" else when.end >= published


def _paragraph_date(raw: RawEvent, published: date | None, tense: Tense) -> EventDate | None:
    for sent in _paragraph_sentences(raw.sentence):
        when = _narrated(sent, published, tense)
        if when is not None:
            return when if _fits_tense(when, published, tense) else None
    return None


def _reference_day(raw: RawEvent, published: date | None) -> date | None:
    """The day relative phrases ("the next day") count from: the paragraph's last named day, else publication."""
    when = _paragraph_date(raw, published, "past")
    if when is not None and when.precision == "day" and when.start == when.end:
        return when.start
    return published


def _resolve_located(located: LocatedDate, raw: RawEvent, published: date | None) -> EventDate | None:
    mention = located.mention
    narrative = mention.rule in REFERENCE_RULES or (
        mention.rule == "ago" and (mention.part("dir") or "").lower() != "ago"
    )
    anchor = _reference_day(raw, published) if narrative else published
    return resolve_mention(mention, anchor, tense_of(raw))


def event_date(raw: RawEvent, published: date | None) -> EventDate | None:
    """The date of ``raw``: its own date phrase, else its context's, else the publication date."""
    tense = tense_of(raw)
    picked = _pick_in_sentence(raw)
    if picked is not None:
        located, inherited = picked
        when = _resolve_located(located, raw, published)
        if when is not None:
            return replace(when, inherited=inherited)
    from_paragraph = _paragraph_date(raw, published, tense)
    if from_paragraph is not None:
        return replace(from_paragraph, inherited=True)
    if published is None:
        return None
    return EventDate(start=published, end=published, precision="day", text=None, inherited=True)
