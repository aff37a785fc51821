"""Dates set by a place frame: "There" opening a sentence points back to the place, and so to the occasion, that the
sentence before ends on ("... since talks failed at the summit held in February. There, the leader asked for
relief": the asking was at that summit, in February). An act so framed that names no date of its own takes the
date the sentence before gives that place's occasion: a date phrase inside the noun phrase that holds the place
("the summit held in February") or on the clause the place is in ("the talks opened in X on Monday"). The place
rules read the same frame (``resolve.places.frames.there_frame``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Span

from eventwire.extract.raw import RawEvent
from eventwire.model import EventDate
from eventwire.resolve.dates.anchor import resolve_mention, whole_year
from eventwire.resolve.dates.clauses import quotation
from eventwire.resolve.dates.phrases import LocatedDate, climb, counts_from_another, opens_span, sentence_dates

__all__ = ["there_date"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "EVENT"})  # a named occasion too: "the X Summit"
NAME_DEPS = frozenset({"compound", "amod", "nmod", "poss"})  # a place name that names a noun: "the X summit"


def there_date(raw: RawEvent, published: date | None) -> EventDate | None:
    """The date of the occasion a sentence-opening "There," points back to, when the sentence before gives one."""
    if not _opens_with_there(raw.sentence):
        return None
    before = _sentence_before(raw.sentence)
    if before is None:
        return None
    places = [ent for ent in before.ents if ent.label_ in PLACE_LABELS]
    if not places:
        return None
    last = places[-1]
    for located in reversed(sentence_dates(before)):
        if _plain(located) and _dates_the_place(located, last, before):
            when = resolve_mention(located.mention, published, "past")
            if when is not None:
                return replace(whole_year(located.mention, when), inherited=True)
    return None


def _opens_with_there(sentence: Span) -> bool:
    words = [token for token in sentence if not token.is_punct or token.text == ","][:2]
    return len(words) == 2 and words[0].lower_ == "there" and words[0].dep_ == "advmod" and words[1].text == ","


def _sentence_before(sentence: Span) -> Span | None:
    if sentence.start == 0:
        return None
    return sentence.doc[sentence.start - 1].sent


def _plain(located: LocatedDate) -> bool:
    """A phrase that names a time of its own: not quoted, not a span from a date, not counted from another day."""
    if quotation(located.span[0]) is not None or opens_span(located) is not None:
        return False
    return not counts_from_another(located)


def _dates_the_place(located: LocatedDate, place: Span, sentence: Span) -> bool:
    """The phrase lies in the noun phrase that holds ``place`` (outside the name itself), or on its clause."""
    if place.start <= located.head.i < place.end:
        return False
    root = place.root
    noun = root.head if root.dep_ in NAME_DEPS else root
    if any(token.i == located.head.i for token in noun.subtree):
        return True
    return climb(located.head, sentence.root)[0].i == climb(root, sentence.root)[0].i
