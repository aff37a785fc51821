"""Events said twice: a backup trigger beside a main one, and repeated bare mentions of one event."""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.extract.context import Extraction
from eventwire.extract.raw import RawEvent
from eventwire.extract.tree import lemma


def backup_triggers(events: list[RawEvent], ex: Extraction) -> list[RawEvent]:
    """A backup trigger ("protesters") beside a main trigger of its type in its sentence is dropped."""
    return [e for e in events if not _backup_beside_main(e, events, ex)]


def repeated_mentions(events: list[RawEvent], ex: Extraction) -> list[RawEvent]:
    """Repeats are dropped: the same type, head, parties and status, or a bare mention of a type and head kept."""
    kept: list[RawEvent] = []
    seen: set[tuple[str, ...]] = set()
    for event in events:
        cand = ex.candidate(event)
        head = cand.token if cand is not None else event.trigger.root
        key = (event.type, lemma(head), _text(event.source), _text(event.target), event.status)
        bare = event.source is None and event.target is None and head.pos_ == "NOUN"
        if (bare and key[:2] in seen) or (not bare and key in seen):
            continue
        seen.update({key, key[:2]})
        kept.append(event)
    return kept


def _backup_beside_main(event: RawEvent, events: list[RawEvent], ex: Extraction) -> bool:
    cand = ex.candidate(event)
    if cand is None or not cand.entry.backup:
        return False
    for other in events:
        found = ex.candidate(other)
        same = other is not event and other.type == event.type and other.sentence == event.sentence
        if same and found is not None and not found.entry.backup:
            return True
    return False


def _text(span: Span | None) -> str:
    return span.text.lower() if span is not None else ""
