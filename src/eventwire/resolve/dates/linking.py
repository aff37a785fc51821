"""Event dates: link an event to the date phrase that governs it and resolve it against the publication date.

An event takes, in order: a date phrase attached to its trigger ("will visit Russia from March 20 to 22"); a date
phrase governing its clause ("arrested on Monday and charged", for "charged"); the nearest other date phrase of its
sentence; the last date the paragraph narrates; the publication date, when that is plausibly the day reported.
Dates taken from context are marked ``inherited``. Phrases are found by ``dates.grammar``, placed in the parse by
``dates.phrases`` and resolved by ``dates.anchor``; what a clause says about time (tense, aspect, quotation) is read
by ``dates.clauses``, and the dates of earlier sentences by ``dates.context``.

The rules that keep dates honest:

- A phrase of the event's own is read in the event's tense (a planned "visit in February" is the next
  February). A phrase the event takes from another clause is read as that clause reads it: "warned in February
  that ... if it began supplying" gives the hypothetical supplying the past February of the warning, never the
  next one.
- A date inside a phrase opened by a sequence word ("after the beginning of the invasion in February last
  year", "ahead of the vote on Sunday") dates the happening that phrase names, not the event it orders. "since"
  opens a span instead: "have supported them since 2014" runs from 2014 to the publication date, and a clause
  describing that date ("since 2011, when the government sent troops") is dated by it.
- Quoted words keep their own time: a date inside a quotation dates only what the quotation says.
- A past-perfect clause ("they had attacked the village") tells of something before the narrative's time: it
  takes no date from another clause of its sentence, and with nothing to date it, it gets no date rather than the
  publication date.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

from spacy.tokens import Token

from eventwire.extract.raw import RawEvent
from eventwire.lexicons.dates import load_lexicon
from eventwire.model import EventDate
from eventwire.resolve.dates.anchor import (
    Tense,
    bounds_precision,
    resolve_expression,
    resolve_mention,
    takes_year,
    whole_year,
)
from eventwire.resolve.dates.clauses import (
    VERBAL,
    background,
    clause_head,
    clause_tense,
    present_clause,
    quotation,
)
from eventwire.resolve.dates.context import coming_date, continued_day, narrative_year, paragraph_date, reference_day
from eventwire.resolve.dates.frames import there_date
from eventwire.resolve.dates.phrases import (
    LocatedDate,
    climb,
    counts_from_another,
    in_sequence_phrase,
    opens_span,
    ordered_against,
    sentence_dates,
    since_scope,
)
from eventwire.resolve.dates.story import story_day

__all__ = ["event_date", "resolve_expression", "sentence_dates", "tense_of"]

log = logging.getLogger(__name__)

_ATTRIBUTE_DEPS = frozenset({"compound", "poss", "nmod", "amod"})
# A date after these words bounds a period ("until March", "ahead of Sunday") rather than dating an event.
_BOUNDARY_WORDS = frozenset({"until", "till", "ahead"})
# Clauses that describe a noun ("forces who have fought ..."): not dated by the clause naming the noun.
_DESCRIBING = frozenset({"relcl", "acl"})
# The parts of a reporting verb that hold what is reported ("said that ...", "announced a deal to ...").
_REPORTED = frozenset({"ccomp", "xcomp", "parataxis", "csubj"})
# Clauses that keep their dates to themselves when the event stands outside them: relative and complement
# clauses, and adverbial clauses with a subject or a subordinator that does not share their time.
_ENCLOSING = frozenset({"relcl", "acl", "ccomp", "csubj", "csubjpass", "parataxis", "advcl"})
# Dashes that set off an aside in pairs.
_DASHES = frozenset({"—", "–", "--"})
# Subordinators of an adverbial clause that happens at the main clause's time ("fired as they fled on Wednesday").
_SAME_TIME = frozenset({"when", "as", "while", "whilst", "once"})
# Relations ranked: the event's own phrase, a clause describing a date, a clause above, another clause.
_RANKS = ("own", "described", "governing", "other")
# How far a date in a "since" clause stands from the event: any phrase on the event itself comes first.
_SINCE_DISTANCE = 50


def tense_of(raw: RawEvent) -> Tense:
    """Planned and hypothetical events look forward from the anchor; reported ones look back."""
    return "future" if raw.status in ("planned", "hypothetical") else "past"


def _is_ancestor(token: Token, of: Token) -> bool:
    return any(a.i == token.i for a in of.ancestors)


def _names_something_else(located: LocatedDate, trigger: Token) -> bool:
    """ "the October 26 election", "Saturday's events", "until July": the phrase dates a thing or an end, not
    this. A time of day it qualifies ("one August morning") is still a time."""
    head = located.head
    qualified = head.head
    if (
        head.dep_ in _ATTRIBUTE_DEPS
        and qualified.i != trigger.i
        and qualified.pos_ in ("NOUN", "PROPN")
        and qualified.lemma_.lower() not in load_lexicon().times_of_day
    ):
        return True
    before = located.before
    return head.lower_ in _BOUNDARY_WORDS or (before is not None and before.lower_ in _BOUNDARY_WORDS)


def _describes_the_date(located: LocatedDate, trigger: Token) -> bool:
    """ "since 2011, when the government sent soldiers": the event's clause describes the date itself."""
    verb = trigger if trigger.pos_ in VERBAL else clause_head(trigger)
    return verb.dep_ in ("relcl", "advcl") and located.span.start <= verb.head.i < located.span.end


def _comparison(reached: Token, trigger: Token) -> bool:
    """ "by withdrawing troops, as he did last week": a clause of "do" comparing the event dates it."""
    return (
        reached.lemma_.lower() == "do"
        and reached.head.i in (trigger.i, clause_head(trigger).i)
        and any(child.dep_ == "mark" and child.lower_ == "as" for child in reached.children)
    )


def _shared_by_conjuncts(reached: Token, trigger: Token) -> bool:
    """ "attacking and fighting Kenyan troops since 2011": two verbs sharing what follows them share its date."""
    return (
        reached.dep_ == "conj"
        and reached.head.i == trigger.i
        and all(child.dep_ in ("cc", "conj", "punct") for child in trigger.rights)
    )


def _framing(located: LocatedDate) -> bool:
    """ "Last year, the president was so upset he ordered a strike": a phrase opening the sentence, set off by a
    comma, frames all of it."""
    sent, span = located.span.sent, located.span
    opening = all(not token.is_alpha or token.pos_ in ("CCONJ", "ADV") for token in sent.doc[sent.start : span.start])
    return opening and span.end < sent.end and sent.doc[span.end].text == ","


def _enclosed(located: LocatedDate, trigger: Token) -> bool:
    """The phrase lies inside a clause of its own that does not hold the trigger ("Although the rebels have been
    driven back over the past year, he denied ...", "the restrictions, which ruined 300 sellers last year"), or
    inside an aside between dashes or in parentheses: it dates that clause or aside only. A clause describing the
    event itself ("the pullout, announced in December") is the event's own. Read on the words' order, which a
    misattached parse keeps."""
    if _framing(located):
        return False
    start, end = located.span.start, located.span.end - 1
    if any(first < start and end < last and not first < trigger.i < last for first, last in _asides(located)):
        return True
    for token in located.span.sent:
        if token.pos_ not in VERBAL or token.dep_ not in _ENCLOSING or _describes(token, trigger):
            continue
        if any(_subject(child) and start <= child.i <= end for child in token.children):
            continue  # "since 2015 drew scorn": a date parsed as a clause's subject is a misattached phrase
        if _loose_participle(token, trigger):
            continue
        if token.dep_ == "advcl" and _same_time(token):
            continue
        first, last = token.left_edge.i, token.right_edge.i
        if first <= start and end <= last and not first <= trigger.i <= last:
            return True
    return False


def _subject(token: Token) -> bool:
    return token.dep_ in ("nsubj", "nsubjpass")


def _asides(located: LocatedDate) -> list[tuple[int, int]]:
    """The token positions of the asides of the phrase's sentence: between a pair of dashes or in parentheses
    ("pushed all but 25 sellers — out of 300 last year — out of business")."""
    sent = located.span.sent
    dashes = [t.i for t in sent if t.text in _DASHES]
    pairs = list(zip(dashes[::2], dashes[1::2], strict=False))
    opened: list[int] = []
    for token in sent:
        if token.text == "(":
            opened.append(token.i)
        elif token.text == ")" and opened:
            pairs.append((opened.pop(), token.i))
    return pairs


def _describes(clause: Token, trigger: Token) -> bool:
    """A relative clause on the event's noun, or one right after its phrase, which the parser may have hung on a
    noun before ("the pullout from Syria, announced in December")."""
    if clause.dep_ not in _DESCRIBING:
        return False
    if clause.head.i == trigger.i:
        return True
    between = clause.doc[trigger.right_edge.i + 1 : clause.left_edge.i]
    return trigger.pos_ == "NOUN" and clause.i > trigger.i and all(token.is_punct for token in between)


def _loose_participle(clause: Token, trigger: Token) -> bool:
    """An -ing participle describing a noun inside the event's own clause ("kidnapped by men wearing masks in
    November 2013") holds at the event's time: a date at its end may as well be the event's. (A past participle,
    "denounced an agreement signed last year", tells of its own earlier time.)"""
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBG"
        and not any(child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for child in clause.children)
        and _is_ancestor(clause_head(trigger), clause)
    )


def _same_time(clause: Token) -> bool:
    """An adverbial clause that shares the main clause's time: without a subject ("killing 20 on Monday") or
    opened by "when", "as", "while"."""
    marks = [child for child in clause.children if child.dep_ in ("mark", "advmod") and child.i < clause.i]
    if any(mark.lower_ in _SAME_TIME for mark in marks):
        return True
    return not any(child.dep_ in ("nsubj", "nsubjpass", "mark") for child in clause.children)


def _relation(located: LocatedDate, trigger: Token) -> tuple[str, int]:
    """How a date phrase relates to the trigger: 'own', 'described', 'governing', 'report', 'other', 'ordered' or
    'attribute', with a distance."""
    if _names_something_else(located, trigger):
        return "attribute", 0
    if _describes_the_date(located, trigger):
        return "described", 0
    if _within_since(located, trigger):
        return "own", _SINCE_DISTANCE
    if _enclosed(located, trigger):
        return "enclosed", 0
    opener = opens_span(located)
    reached, steps = climb(opener if opener is not None else located.head, trigger)
    if opener is None and (ordered_against(located, reached) or in_sequence_phrase(located, trigger)):
        return "ordered", 0
    if reached.i == trigger.i or located.span.start <= trigger.i < located.span.end:
        return "own", steps
    trigger_clause = trigger if trigger.pos_ in VERBAL else clause_head(trigger)
    if reached.i == trigger_clause.i or _complement_pair(reached, trigger) or _comparison(reached, trigger):
        return "own", steps + 1
    if _shared_by_conjuncts(reached, trigger):
        return "own", steps + 2
    apart = abs(located.head.i - trigger.i)
    if _is_ancestor(reached, trigger):
        kind = _governing_kind(reached, trigger)
        return kind, apart if kind == "other" else len(list(trigger.ancestors))
    return "other", apart


def _within_since(located: LocatedDate, trigger: Token) -> bool:
    """The phrase lies in a "since" phrase or clause modifying the event's clause ("has visited the camps since
    he took office in 2022"): it opens the event's span."""
    if opens_span(located) is not None:
        return False
    modified = since_scope(located, trigger)
    if modified is None:
        return False
    return modified.i in (trigger.i, clause_head(trigger).i) or _complement_pair(modified, trigger)


def _path_below(top: Token, trigger: Token) -> list[Token]:
    """The tokens from ``trigger`` up to, not including, its ancestor ``top``."""
    path, token = [], trigger
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def _governing_kind(reached: Token, trigger: Token) -> str:
    """How a date on a clause above the event reaches it: a reporting verb's date does not date what is
    reported in its complement ('report'), unless the complement states a view or a demand in the present
    ("told VOA on Monday the UN must keep sanctions": the demand is the saying); a relative clause describes a
    thing, it is not dated by the clause that names that thing ('other'); else the event inherits it
    ('governing')."""
    path = _path_below(reached, trigger)
    if any(token.dep_ in _DESCRIBING for token in path):
        return "other"
    below = path[-1] if path else trigger
    if reached.lemma_.lower() in load_lexicon().reporting_verbs and below.dep_ in _REPORTED:
        return "governing" if present_clause(trigger) else "report"
    return "governing"


def _complement_pair(reached: Token, trigger: Token) -> bool:
    """A verb and its open complement share a date: "agreed to meet in May", "intends to come in the spring"."""
    return (trigger.dep_ == "xcomp" and reached.i == trigger.head.i) or (
        reached.dep_ == "xcomp" and reached.head.i == trigger.i
    )


def _pick_in_sentence(raw: RawEvent) -> tuple[LocatedDate | None, str] | None:
    """The sentence's date phrase for this event and how it relates to it (``_RANKS``). ``(None, "ordered")``
    when the only date orders the event against another happening ("after Christmas"): the event is undated
    but the narrative has moved on, so the paragraph's earlier date does not reach it. A date inside a quotation
    is only for what that quotation says; a present-tense or past-perfect clause takes no date from another
    clause."""
    trigger = raw.trigger.root
    ranked: dict[str, list[tuple[int, LocatedDate]]] = {kind: [] for kind in (*_RANKS, "ordered")}
    elsewhere_undated = present_clause(trigger) or background(trigger)
    said_in = quotation(trigger)
    for located in sentence_dates(raw.sentence):
        inside = quotation(located.span[0])
        if inside is not None and inside != said_in:
            continue
        kind, distance = _relation(located, trigger)
        if kind == "report" and raw.type in load_lexicon().spoken_types:
            kind = "governing"
        if kind == "other" and (elsewhere_undated or counts_from_another(located)):
            continue
        if kind in ranked:
            ranked[kind].append((distance, located))
    for kind in _RANKS:
        if ranked[kind]:
            best = min(
                ranked[kind],
                key=lambda pair: (counts_from_another(pair[1]), pair[0], abs(pair[1].head.i - trigger.i)),
            )
            return best[1], kind
    return (None, "ordered") if ranked["ordered"] else None


def _resolve_located(located: LocatedDate, raw: RawEvent, published: date | None, kind: str) -> EventDate | None:
    """Resolve the phrase against its anchor. A phrase of the event's own is read in the event's tense; one
    that the event inherits from another clause is read as that clause reads it ("warned in February that ...
    would face consequences if it began supplying": February is the past one, for the warning and the supplying
    alike). A phrase opened by "since" gives the span from its date to the publication date."""
    mention = located.mention
    unit = (mention.part("unit") or "").lower() or None
    anchor = reference_day(raw, published, unit) if counts_from_another(located) else published
    own = kind in ("own", "described")
    tense = tense_of(raw) if own else (clause_tense(located.head) or tense_of(raw))
    if own and (_forward_complement(located, raw.trigger.root) or clause_tense(located.head) == "future"):
        tense = "future"
    anchor = _narrative_anchor(located, anchor, tense)
    when = resolve_mention(mention, anchor, tense)
    counted_ahead = when is not None and published is not None and tense == "past" and when.start > published
    if counted_ahead and counts_from_another(located):
        return None  # "two months later" counted from a day the text does not give: not after the report
    if when is not None and kind == "governing":
        when = whole_year(mention, when)
    opens = opens_span(located) is not None or (own and _within_since(located, raw.trigger.root))
    if when is None or kind == "described" or not opens:
        return when
    return _since(when, published)


def _narrative_anchor(located: LocatedDate, anchor: date | None, tense: Tense) -> date | None:
    """A month or day without a year told in the past, in a narrative that has reached an earlier year ("It was
    2014 ... one August morning"), falls in that year: it is read from the year's last day."""
    if anchor is None or tense != "past" or not takes_year(located.mention):
        return anchor
    year = narrative_year(located)
    return date(year, 12, 31) if year is not None and year < anchor.year else anchor


def _since(when: EventDate, published: date | None) -> EventDate | None:
    """ "since 2014": from the start of what the phrase names to the publication date."""
    if published is None or published < when.start:
        return None
    return EventDate(start=when.start, end=published, precision=bounds_precision(when.start, published), text=when.text)


def _forward_complement(located: LocatedDate, trigger: Token) -> bool:
    """ "intends to visit in the autumn", "wants to hold talks next month": a present-tense verb whose open
    complement carries the date looks forward to it."""
    clause = clause_head(located.head)
    return clause.dep_ == "xcomp" and clause.head.i == trigger.i and present_clause(trigger)


def event_date(raw: RawEvent, published: date | None) -> EventDate | None:
    """The date of ``raw``: its own date phrase, else its context's, else the publication date when that can be
    the day reported (not for a past-perfect clause, which tells of something earlier)."""
    tense = tense_of(raw)
    trigger = raw.trigger.root
    picked = _pick_in_sentence(raw)
    located, kind = picked if picked is not None else (None, "none")
    if located is not None:
        when = _resolve_located(located, raw, published, kind)
        if when is not None:
            return replace(when, inherited=kind == "governing")
        if counts_from_another(located):
            return None  # counted from a happening the text does not date
    undated_here = kind == "ordered" or present_clause(trigger, quotes_count=False)
    framed = None if undated_here else there_date(raw, published)
    if framed is not None:
        return framed
    from_paragraph = None if undated_here else paragraph_date(raw, published, tense)
    if from_paragraph is None and tense == "past" and not undated_here:
        from_paragraph = continued_day(raw, published)
    if from_paragraph is not None:
        return replace(from_paragraph, inherited=True)
    ahead = coming_date(raw, published) if tense == "future" and not undated_here else None
    if ahead is not None:
        return replace(ahead, inherited=True)
    if published is None or background(trigger) or raw.status == "planned":
        return None  # a planned step happens after the day reported, when the text does not say
    story = story_day(raw.sentence.doc, published) if tense == "past" and not present_clause(trigger) else None
    if story is not None:
        return story
    return EventDate(start=published, end=published, precision="day", text=None, inherited=True)
