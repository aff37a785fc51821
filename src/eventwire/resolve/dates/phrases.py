"""The date phrases of a sentence as parsed tokens, and how a phrase sits in the parse: the word it hangs on, a
sequence word ordering it against another happening ("after the invasion in February"), or "since" opening a
span ("since 2014")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.lexicons.dates import load_lexicon
from eventwire.resolve.dates.anchor import REFERENCE_RULES
from eventwire.resolve.dates.clauses import CLAUSAL, VERBAL
from eventwire.resolve.dates.grammar import Mention, find_mentions

__all__ = [
    "LocatedDate",
    "climb",
    "counts_from_another",
    "in_sequence_phrase",
    "opens_span",
    "ordered_against",
    "sentence_dates",
    "since_scope",
]

# Named entities a date word can be part of without naming a time ("Theresa May", "Friday Mosque").
_NOT_TIME = frozenset({"PERSON", "ORG", "FAC", "GPE", "LOC", "NORP", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# The word that opens a span running from the phrase's date to the time of the report.
_SPAN_OPENER = "since"


@dataclass(frozen=True, slots=True)
class LocatedDate:
    """A date phrase of a sentence with its tokens."""

    mention: Mention
    span: Span

    @property
    def head(self) -> Token:
        return self.span.root

    @property
    def before(self) -> Token | None:
        """The word just before the phrase in its sentence."""
        start, sent = self.span.start, self.span.sent
        return self.span.doc[start - 1] if start > sent.start else None


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


def opens_span(located: LocatedDate) -> Token | None:
    """The "since" that opens the phrase ("since 2014", "since Feb. 24"): the phrase then dates the start of a
    span that runs to the time of the report."""
    first = located.span[0]
    if first.lower_ == _SPAN_OPENER:
        return first
    before = located.before
    return before if before is not None and before.lower_ == _SPAN_OPENER else None


def since_scope(located: LocatedDate, trigger: Token) -> Token | None:
    """The verb a "since" phrase or clause holding the date modifies, when the trigger stands outside it ("have
    been in prison since the failed coup in 2016", "has made trips there since he took office in 2022"): that
    verb's happening runs from the date to the time of the report. None when the "since" hangs on a noun, an
    adjective or a copula, which compare rather than span ("the deadliest attack since the bombing in 2015", "it
    is his first trip since the war began in June"), or when the phrase holds the trigger."""
    sent, head = located.span.sent, located.head
    for token in reversed(sent.doc[sent.start : located.span.start]):
        if token.lower_ != _SPAN_OPENER:
            continue
        scope = token.head if token.dep_ == "mark" else token
        if token.dep_ not in ("mark", "prep") or not (head.i == scope.i or _is_below(head, scope)):
            return None
        if scope.left_edge.i <= trigger.i <= scope.right_edge.i:
            return None
        modified = scope.head
        return modified if modified.pos_ == "VERB" and modified.i != scope.i else None
    return None


def _is_below(token: Token, top: Token) -> bool:
    return any(ancestor.i == top.i for ancestor in token.ancestors)


def counts_from_another(located: LocatedDate) -> bool:
    """ "the day before", "two days earlier": the phrase counts from another happening's day, not from the
    publication date. It never dates the event of another clause, and a clause that names its own date as well
    ("On 18 September they protested against an assault the day before") is dated by that."""
    mention = located.mention
    return mention.rule in REFERENCE_RULES or (mention.rule == "ago" and (mention.part("dir") or "").lower() != "ago")


def climb(start: Token, trigger: Token) -> tuple[Token, int]:
    """Walk up from ``start`` to the trigger or the first clause head above it; return it and the steps."""
    token, steps = start, 0
    while token.i != trigger.i and token.head.i != token.i:
        token, steps = token.head, steps + 1
        if token.pos_ in VERBAL and token.dep_ in CLAUSAL:
            break
    return token, steps


def ordered_against(located: LocatedDate, reached: Token) -> bool:
    """ "after the invasion in February", "ahead of the vote on Sunday": between the phrase and the word it
    reaches stands a sequence word, so the phrase dates the happening it names, not the one being ordered."""
    token = located.head
    while token.i != reached.i and token.head.i != token.i:
        token = token.head
        outside = not located.span.start <= token.i < located.span.end
        if outside and token.i != reached.i and _orders(token):
            return True
    return False


def _orders(token: Token) -> bool:
    """A sequence word that orders against another happening: not "after midnight", "before 10"."""
    lexicon = load_lexicon()
    if token.lower_ not in lexicon.sequence_words:
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is None or not (following.lower_ in lexicon.times_of_day or following.like_num)


def in_sequence_phrase(located: LocatedDate, trigger: Token) -> bool:
    """The phrase ends a run of words opened by a sequence word ("after the beginning of the invasion of Ukraine
    in February"), with no punctuation, conjunction or finite verb between, and the trigger is outside that run:
    the phrase dates what the run names (the parser often hangs such a phrase on the main verb)."""
    sent, span = located.span.sent, located.span
    for token in reversed(sent.doc[sent.start : span.start]):
        if (token.is_punct and token.tag_ != "HYPH") or token.pos_ == "CCONJ" or token.tag_ in _FINITE_TAGS:
            return False
        if token.lower_ in load_lexicon().sequence_words:
            return _orders(token) and not token.i <= trigger.i < span.end
    return False
