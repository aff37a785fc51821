"""Stage 3: find events in a parsed document (trigger, type, mode, status, parties, attribution)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from eventwire.extract.arguments import ArgumentCues, Parties, find_parties
from eventwire.extract.attribution import find_attribution
from eventwire.extract.derived import derived_events, obligations
from eventwire.extract.filters import Filters
from eventwire.extract.lexicon import Lexicon, load_cues, load_lexicon
from eventwire.extract.raw import RawEvent
from eventwire.extract.status import StatusCues, event_status
from eventwire.extract.tree import lemma
from eventwire.extract.triggers import Candidate, find_candidates

__all__ = ["RawEvent", "extract_events"]

# a noun that is the content of one of these events is not an event of its own ("called for talks")
CONTENT_OF = frozenset({"REQUEST", "REJECT", "THREATEN"})
# a nominal mention in a time phrase is background ("before the invasion", "during the negotiations")
BACKGROUND_PREPS = frozenset({"before", "after", "since", "during", "following", "amid", "despite", "of", "until"})


@dataclass(frozen=True)
class Extractor:
    lexicon: Lexicon
    status: StatusCues
    filters: Filters
    arguments: ArgumentCues
    willing: frozenset[str]
    assault_modes: tuple[tuple[str, frozenset[str]], ...]


@lru_cache(maxsize=1)
def _extractor() -> Extractor:
    cues = load_cues()
    modes = tuple((mode, frozenset(words)) for mode, words in cues["assault_modes"].items())
    arguments = ArgumentCues(frozenset(cues["actors"]), frozenset(cues["light_verbs"]))
    willing = frozenset(cues["willing"])
    return Extractor(load_lexicon(), StatusCues.from_data(cues), Filters.from_data(cues), arguments, willing, modes)


def extract_events(doc: Doc) -> list[RawEvent]:
    """All events in ``doc``, in text order."""
    ex = _extractor()
    candidates = find_candidates(doc, ex.lexicon)
    by_token = {c.token.i: c for c in candidates}
    events = []
    for cand in candidates:
        if _is_content(cand, by_token):
            continue
        event = _event(cand, set(by_token), ex)
        if event is not None:
            events.append(event)
    events += derived_events(events, ex.willing, ex.status.speech)
    for sent in doc.sents:
        events += obligations(sent, ex.status.speech, set(by_token))
    events.sort(key=lambda e: (e.trigger.start, e.type))
    return _deduplicate(events, by_token)


def _event(cand: Candidate, triggers: set[int], ex: Extractor) -> RawEvent | None:
    token, entry = cand.token, cand.entry
    cues = replace(ex.arguments, extra=frozenset(t.i for t in cand.extra))
    parties = find_parties(token, entry.type, entry.of_role, cues)
    heads = [h for h in (parties.source, parties.target) if h is not None]
    if ex.filters.non_event(token, heads):
        return None
    source, target = parties.spans()
    spans = [s for s in (source, target) if s is not None]
    business = ex.filters.is_business(token.sent) or ex.filters.is_business(token.doc[:], 6)
    if (entry.needs_actor or business) and not ex.filters.political(spans, business):
        return None
    trigger = _trigger_span(cand)
    return RawEvent(
        type=entry.type,
        trigger=trigger,
        sentence=token.sent,
        mode=entry.mode or _assault_mode(cand, ex),
        cameo=entry.cameo,
        status=event_status(token, triggers, ex.status),
        source=source,
        target=target,
        attribution=find_attribution(token, ex.status.speech),
        symmetric=parties.symmetric,
        confidence=_confidence(cand, parties),
    )


def _trigger_span(cand: Candidate) -> Span:
    ids = [cand.token.i, *(t.i for t in cand.extra)]
    doc = cand.token.doc
    return doc[min(ids) : max(ids) + 1] if max(ids) - min(ids) <= 4 else doc[cand.token.i : cand.token.i + 1]


def _assault_mode(cand: Candidate, ex: Extractor) -> str | None:
    if cand.entry.type != "ASSAULT":
        return None
    nearby = {lemma(t) for t in cand.token.subtree} | {lemma(t) for t in cand.token.head.subtree}
    return next((mode for mode, words in ex.assault_modes if nearby & words), None)


def _confidence(cand: Candidate, parties: Parties) -> float:
    """Lexicon reliability, raised by found parties and verbal triggers, lowered for bare background nouns."""
    score = cand.entry.reliability
    score += 0.1 if parties.source is not None else 0.0
    score += 0.05 if parties.target is not None else 0.0
    score += 0.05 if cand.extra else 0.0
    token = cand.token
    if token.pos_ in ("NOUN", "PROPN"):
        if parties.source is None and parties.target is None:
            score -= 0.1
        if token.dep_ == "pobj" and token.head.lower_ in BACKGROUND_PREPS:
            score -= 0.15
    else:
        score += 0.05
    return round(min(max(score, 0.05), 0.99), 2)


def _is_content(cand: Candidate, by_token: dict[int, Candidate]) -> bool:
    """A nominal trigger that is what another event asks for, refuses or threatens."""
    token = cand.token
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    node = token
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep", "conj", "dobj", "pcomp") or node.head is node:
            return False
        node = node.head
        governor = by_token.get(node.i)
        if governor is not None:
            return governor.entry.type in CONTENT_OF
    return False


def _deduplicate(events: list[RawEvent], by_token: dict[int, Candidate]) -> list[RawEvent]:
    """Drop backup triggers ("protesters") beside a main one, and repeated bare nominal mentions."""
    kept: list[RawEvent] = []
    seen: set[tuple[str, ...]] = set()
    for event in events:
        cand = by_token.get(event.trigger.root.i)
        if cand is not None and cand.entry.backup and _has_main(event, events, by_token):
            continue
        key = (event.type, lemma(event.trigger.root), _text(event.source), _text(event.target), event.status)
        bare = event.source is None and event.target is None and event.trigger.root.pos_ == "NOUN"
        if (bare and key[:2] in seen) or (not bare and key in seen):
            continue
        seen.update({key, key[:2]})
        kept.append(event)
    return kept


def _has_main(event: RawEvent, events: list[RawEvent], by_token: dict[int, Candidate]) -> bool:
    for other in events:
        cand = by_token.get(other.trigger.root.i)
        same = other is not event and other.type == event.type and other.sentence == event.sentence
        if same and cand is not None and not cand.entry.backup:
            return True
    return False


def _text(span: Span | None) -> str:
    return span.text.lower() if span is not None else ""
