"""Several pairs after "between": "clashes between A and B, C and D, and E and F" are three clashes.

A symmetric event whose trigger takes a "between" phrase listing two or more pairs, each "X and Y", parted by
commas ("A and B, C and D, and E and F"), is one event per pair. The parties finder reads the first pair; this
step adds the others, each with the first event's type, coding and status. A list of single names ("between A,
B and C") or a pair with more than one "and" is left as it is.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.extract.context import Extraction
from eventwire.extract.raw import RawEvent
from eventwire.extract.tree import actor_span

PAIR_JOINERS = frozenset({"and", "&"})
# words that end the list of pairs: a new clause, a further phrase ("for the first time", "in the north")
_LIST_WORDS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "CCONJ", "PUNCT", "NUM", "PART"})


def paired_events(events: list[RawEvent], ex: Extraction) -> list[RawEvent]:
    """For each symmetric event of a list of pairs after "between", one more event per pair after the first."""
    extra: list[RawEvent] = []
    for event in events:
        cand = ex.candidate(event)
        between = _between(cand.token if cand is not None else event.trigger.root)
        if between is None:
            continue
        pairs = list_of_pairs(between)
        extra += [replace(event, source=a, target=b, symmetric=True) for a, b in pairs[1:]]
    return extra


def _between(head: Token) -> Token | None:
    """The "between" preposition right after the trigger's head ("clashes between ...")."""
    doc = head.doc
    after = head.i + 1
    if after < len(doc) and doc[after].lower_ == "between" and doc[after].head.i == head.i:
        return doc[after]
    return None


def list_of_pairs(between: Token) -> list[tuple[Span, Span]]:
    """The pairs of the list after ``between``, when it lists two or more pairs, else none."""
    groups = _groups(between.doc, between.i + 1, between.sent.end)
    pairs = [pair for group in groups if (pair := _pair(between.doc, group)) is not None]
    return pairs if len(pairs) >= 2 and len(pairs) == len(groups) else []


def _groups(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The comma-parted items of the list that starts at ``start``, as token ranges."""
    groups: list[tuple[int, int]] = []
    begin = i = start
    while i < end and doc[i].pos_ in _LIST_WORDS and doc[i].text not in (".", ";", ":"):
        if doc[i].text == ",":
            groups.append((begin, i))
            begin = i + 1
            if begin < end and doc[begin].lower_ in PAIR_JOINERS:
                begin += 1  # ", and E and F"
                i = begin
                continue
        i += 1
    groups.append((begin, i))
    return [(a, b) for a, b in groups if b > a]


def _pair(doc: Doc, group: tuple[int, int]) -> tuple[Span, Span] | None:
    """The two parties of one item "X and Y", when it has exactly one joiner between two names or nouns."""
    start, end = group
    joiners = [i for i in range(start, end) if doc[i].lower_ in PAIR_JOINERS]
    if len(joiners) != 1:
        return None
    left, right = _head(doc, start, joiners[0]), _head(doc, joiners[0] + 1, end)
    if left is None or right is None:
        return None
    return _within(actor_span(left), start, joiners[0]), _within(actor_span(right), joiners[0] + 1, end)


def _head(doc: Doc, start: int, end: int) -> Token | None:
    """The last name or noun of ``doc[start:end]``: the head of a party's phrase."""
    return next((doc[i] for i in range(end - 1, start - 1, -1) if doc[i].pos_ in ("PROPN", "NOUN")), None)


def _within(span: Span, start: int, end: int) -> Span:
    """``span`` cut to ``[start, end)``: the parser may hang a conjunct's words on the wrong phrase."""
    return span.doc[max(span.start, start) : min(span.end, end)]
