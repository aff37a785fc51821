"""Event dates: link an event to the date phrase that governs it and resolve it against the publication date.

An event takes, in order: a date phrase attached to its trigger ("will visit Russia from March 20 to 22");
a date phrase governing its clause ("arrested on Monday and charged", for "charged"); the nearest other date
phrase of its sentence; the last date the paragraph narrates; the publication date. Dates taken from context
are marked ``inherited``. Phrases are found by ``dates.grammar`` and resolved by ``dates.anchor``; the verbs of
saying, sequence words, times of day and words of expectation these rules read come from
``data/dates/lexicon.yaml``.

Two rules keep context dates honest:

- A phrase of the event's own is read in the event's tense (a planned "visit in February" is the next
  February). A phrase the event takes from another clause is read as that clause reads it: "warned in February
  that ... if it began supplying" gives the hypothetical supplying the past February of the warning, never the
  next one. A paragraph date is read in its own sentence's tense and given to the event only when it fits the
  event's tense (a hypothetical or planned event does not inherit a past narrated month: it falls back to the
  publication date, marked inherited).
- A date inside a phrase opened by a sequence word ("after the beginning of the invasion in February last
  year", "ahead of the vote on Sunday") dates the happening that phrase names, not the event it orders: the
  event gets no date from it (a lower bound the schema cannot express) and falls back to its context. A time of
  day after the sequence word ("shortly after midnight on Sunday") leaves the date to the event.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Span, Token

from eventwire.extract.raw import RawEvent
from eventwire.lexicons.dates import load_lexicon
from eventwire.model import EventDate
from eventwire.resolve.dates.anchor import (
    ABSOLUTE_RULES,
    REFERENCE_RULES,
    Tense,
    resolve_expression,
    resolve_mention,
)
from eventwire.resolve.dates.grammar import Mention, find_mentions

__all__ = ["event_date", "resolve_expression", "sentence_dates", "tense_of"]

log = logging.getLogger(__name__)

# How many sentences back an undated event looks for a date it can inherit.
CONTEXT_SENTENCES = 2
# How many sentences back an undated planned event looks for a coming date to join.
COMING_SENTENCES = 6

_CLAUSAL = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "csubj", "csubjpass", "parataxis", "acl"})
_ATTRIBUTE_DEPS = frozenset({"compound", "poss", "nmod", "amod"})
# A date after these words bounds a period ("since July", "until March") rather than dating an event.
_BOUNDARY_WORDS = frozenset({"since", "until", "till", "ahead"})
_VERBAL = frozenset({"VERB", "AUX"})
# Clauses that describe a noun ("forces who have fought ..."): not dated by the clause naming the noun.
_DESCRIBING = frozenset({"relcl", "acl"})
# The parts of a reporting verb that hold what is reported ("said that ...", "announced a deal to ...").
_REPORTED = frozenset({"ccomp", "xcomp", "parataxis", "csubj"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_PRESENT_MODALS = frozenset({"must", "can", "may", "should", "might", "ca"})
_FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "would", "wo"})
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


def _ordered_against(located: LocatedDate, reached: Token) -> bool:
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


def _in_sequence_phrase(located: LocatedDate, trigger: Token) -> bool:
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


def _clause_tense(token: Token) -> Tense | None:
    """The tense of the clause ``token`` is in, when its verb shows one: a will/shall/would auxiliary looks
    forward, a past form looks back; present or bare forms say nothing."""
    verb = _clause_head(token)
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(aux.lower_ in _FUTURE_AUXILIARIES for aux in auxiliaries) or _framed_ahead(verb):
        return "future"
    if any("Past" in t.morph.get("Tense", []) and t.tag_ != "VBN" for t in [verb, *auxiliaries]):
        return "past"
    return None


def _finite_tense(token: Token) -> Tense | None:
    """The tense of ``token``'s clause, looking through infinitives to the verb that governs them
    ("was told to plan for a withdrawal" is past)."""
    verb = _clause_head(token)
    tense = _clause_tense(verb)
    while tense is None and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = _clause_head(verb.head)
        tense = _clause_tense(verb)
    return tense


def _framed_ahead(verb: Token) -> bool:
    """ "is expected to hold talks", "are due to meet", "is set to sign": an infinitive under a word of
    schedule or expectation looks forward, unless the frame itself is past ("promised in January to set up":
    the parse cannot tell whose the date is, and the past reading is the safer one)."""
    frame = verb.head
    return (
        verb.dep_ == "xcomp"
        and frame.i != verb.i
        and frame.lemma_.lower() in load_lexicon().future_frames
        and any(child.lower_ == "to" and child.dep_ == "aux" for child in verb.children)
        and _clause_tense(frame) != "past"
    )


def _present_clause(token: Token, quotes_count: bool = True) -> bool:
    """The clause of ``token`` is in the present or present perfect ("continue to execute", "have fought",
    "is in talks"): it speaks of the time of the report, not of a date another clause narrates. Quoted words
    speak of the time they were said, which an earlier sentence may date: with ``quotes_count`` false they do
    not count as present."""
    verb = _clause_head(token)
    if _clause_tense(token) is not None or verb.pos_ not in _VERBAL or (not quotes_count and _quoted(token)):
        return False
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(t.tag_ in _PRESENT_TAGS or t.lower_ in _PRESENT_MODALS for t in [verb, *auxiliaries]):
        return True
    # "Trump says troops must leave": a bare complement of a present-tense verb shares its time.
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i and verb.head.tag_ in _PRESENT_TAGS


def _quoted(token: Token) -> bool:
    """``token`` stands inside quotation marks opened in its sentence (or the sentence opens with one)."""
    before = token.doc.text[token.sent.start_char : token.idx]
    opened = before.count("“") + before.count('"') % 2
    return opened > before.count("”") or token.sent.text.lstrip().startswith(("“", '"', "‘"))


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
    if _ordered_against(located, reached) or _in_sequence_phrase(located, trigger):
        return "ordered", 0
    if reached.i == trigger.i or located.span.start <= trigger.i < located.span.end:
        return "own", steps
    trigger_clause = trigger if trigger.pos_ in _VERBAL else _clause_head(trigger)
    if reached.i == trigger_clause.i or _complement_pair(reached, trigger):
        return "own", steps + 1
    if _is_ancestor(reached, trigger):
        return _governing_kind(reached, trigger), len(list(trigger.ancestors))
    return "other", abs(located.head.i - trigger.i)


def _path_below(top: Token, trigger: Token) -> list[Token]:
    """The tokens from ``trigger`` up to, not including, its ancestor ``top``."""
    path, token = [], trigger
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def _governing_kind(reached: Token, trigger: Token) -> str:
    """How a date on a clause above the event reaches it: a reporting verb's date does not date what is
    reported in its complement ('report'); a relative clause describes a thing, it is not dated by the clause
    that names that thing ('other'); else the event inherits it ('governing')."""
    path = _path_below(reached, trigger)
    if any(token.dep_ in _DESCRIBING for token in path):
        return "other"
    below = path[-1] if path else trigger
    if reached.lemma_.lower() in load_lexicon().reporting_verbs and below.dep_ in _REPORTED:
        return "report"
    return "governing"


def _complement_pair(reached: Token, trigger: Token) -> bool:
    """A verb and its open complement share a date: "agreed to meet in May", "intends to come in the spring"."""
    return (trigger.dep_ == "xcomp" and reached.i == trigger.head.i) or (
        reached.dep_ == "xcomp" and reached.head.i == trigger.i
    )


def _pick_in_sentence(raw: RawEvent) -> tuple[LocatedDate | None, str] | None:
    """The sentence's date phrase for this event and how it relates to it: ``own``, ``governing`` (it dates a
    clause above the event, which inherits it) or ``other`` (it dates another clause). ``(None, "ordered")``
    when the only date orders the event against another happening ("after Christmas"): the event is undated
    but the narrative has moved on, so the paragraph's earlier date does not reach it."""
    trigger = raw.trigger.root
    ranked: dict[str, list[tuple[int, LocatedDate]]] = {"own": [], "governing": [], "other": [], "ordered": []}
    elsewhere_undated = _present_clause(trigger)
    for located in sentence_dates(raw.sentence):
        kind, distance = _relation(located, trigger)
        if kind == "other" and elsewhere_undated:
            continue
        if kind in ranked:
            ranked[kind].append((distance, located))
    for kind in ("own", "governing", "other"):
        if ranked[kind]:
            best = min(ranked[kind], key=lambda pair: (pair[0], abs(pair[1].head.i - trigger.i)))
            return best[1], kind
    return (None, "ordered") if ranked["ordered"] else None


def _paragraph_sentences(sent: Span) -> list[Span]:
    """The sentences before ``sent`` in its paragraph (text between line breaks) that can lend it a date,
    nearest first: at most ``CONTEXT_SENTENCES`` of them, and none beyond the nearest that names a date (a
    later date phrase, even one that lends nothing, takes over the narrative)."""
    text = sent.doc.text
    start = text.rfind("\n", 0, sent.start_char) + 1
    earlier = [s for s in sent.doc.sents if start <= s.start_char and s.end_char <= sent.start_char]
    window = []
    for candidate in earlier[::-1][:CONTEXT_SENTENCES]:
        window.append(candidate)
        if sentence_dates(candidate):
            break
    return window


def _narrated(sent: Span, anchor: date | None, tense: Tense) -> EventDate | None:
    """The date an earlier sentence narrates: a phrase naming its month or year, attached to its main verb and
    resolved in that verb's tense (``tense`` when the verb shows none)."""
    for located in sentence_dates(sent):
        if located.mention.rule not in ABSOLUTE_RULES:
            continue
        reached, _ = _climb(located.head, sent.root)
        if reached.i != sent.root.i or _ordered_against(located, reached):
            continue
        when = resolve_mention(located.mention, anchor, _clause_tense(sent.root) or tense)
        if when is not None:
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


def _coming_date(raw: RawEvent, published: date | None) -> EventDate | None:
    """The nearest date after publication that one of the few sentences before looks forward to ("will visit
    Russia on March 20-22"): an undated planned event ("the parties will discuss ...") is part of it."""
    if published is None or raw.status != "planned" or _finite_tense(raw.trigger.root) == "past":
        return None
    earlier = [s for s in raw.sentence.doc.sents if s.end_char <= raw.sentence.start_char]
    for sent in earlier[::-1][:COMING_SENTENCES]:
        for located in sentence_dates(sent):
            if _clause_tense(located.head) != "future":
                continue
            when = resolve_mention(located.mention, published, "future")
            if when is not None and when.start > published:
                return when
    return None


def _reference_day(raw: RawEvent, published: date | None) -> date | None:
    """The day relative phrases ("the next day") count from: the paragraph's last named day, else publication."""
    when = _paragraph_date(raw, published, "past")
    if when is not None and when.precision == "day" and when.start == when.end:
        return when.start
    return published


def _resolve_located(located: LocatedDate, raw: RawEvent, published: date | None, kind: str) -> EventDate | None:
    """Resolve the phrase against its anchor. A phrase of the event's own is read in the event's tense; one
    that the event inherits from another clause is read as that clause reads it ("warned in February that ...
    would face consequences if it began supplying": February is the past one, for the warning and the supplying
    alike)."""
    mention = located.mention
    narrative = mention.rule in REFERENCE_RULES or (
        mention.rule == "ago" and (mention.part("dir") or "").lower() != "ago"
    )
    anchor = _reference_day(raw, published) if narrative else published
    tense = tense_of(raw) if kind == "own" else (_clause_tense(located.head) or tense_of(raw))
    if kind == "own" and (_forward_complement(located, raw.trigger.root) or _clause_tense(located.head) == "future"):
        tense = "future"
    return resolve_mention(mention, anchor, tense)


def _forward_complement(located: LocatedDate, trigger: Token) -> bool:
    """ "intends to visit in the autumn", "wants to hold talks next month": a present-tense verb whose open
    complement carries the date looks forward to it."""
    clause = _clause_head(located.head)
    return clause.dep_ == "xcomp" and clause.head.i == trigger.i and _present_clause(trigger)


def event_date(raw: RawEvent, published: date | None) -> EventDate | None:
    """The date of ``raw``: its own date phrase, else its context's, else the publication date."""
    tense = tense_of(raw)
    picked = _pick_in_sentence(raw)
    located, kind = picked if picked is not None else (None, "none")
    if located is not None:
        when = _resolve_located(located, raw, published, kind)
        if when is not None:
            return replace(when, inherited=kind == "governing")
    undated_here = kind == "ordered" or _present_clause(raw.trigger.root, quotes_count=False)
    from_paragraph = None if undated_here else _paragraph_date(raw, published, tense)
    if from_paragraph is not None:
        return replace(from_paragraph, inherited=True)
    ahead = _coming_date(raw, published) if tense == "future" and not undated_here else None
    if ahead is not None:
        return replace(ahead, inherited=True)
    if published is None:
        return None
    return EventDate(start=published, end=published, precision="day", text=None, inherited=True)
