"""What the extraction tests read off the events found: their types, codes, trigger words, status and parties."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from eventwire.extract.raw import RawEvent

# the fixtures of tests/extract/conftest.py
Run = Callable[[str], list[RawEvent]]
Parties = Callable[[list[RawEvent], str], list[tuple[str | None, ...]]]


def of_type(events: list[RawEvent], kind: str) -> list[RawEvent]:
    """The events of type ``kind``, in text order."""
    return [e for e in events if e.type == kind]


def roots_of_type(events: list[RawEvent], kind: str) -> list[str]:
    """The trigger head words (lower case) of the events of type ``kind``."""
    return [e.trigger.root.lower_ for e in events if e.type == kind]


def types_by_root(events: list[RawEvent]) -> set[tuple[str, str]]:
    """Each event as (type, trigger head word in lower case)."""
    return {(e.type, e.trigger.root.lower_) for e in events}


def types_and_cameos(events: list[RawEvent]) -> set[tuple[str, str | None]]:
    """Each event as (type, CAMEO code)."""
    return {(e.type, e.cameo) for e in events}


def roots_and_parties(events: list[RawEvent], kind: str) -> list[tuple[str, str, str]]:
    """The events of type ``kind`` as (trigger head word, source words, target words), "" for a missing party."""
    return [(e.trigger.root.lower_, text_of(e.source) or "", text_of(e.target) or "") for e in events if e.type == kind]


def status_of(events: list[RawEvent], trigger: str) -> str:
    """The status of the first event whose trigger reads ``trigger``."""
    return next(e.status for e in events if e.trigger.text == trigger)


def source_of(events: list[RawEvent], trigger: str) -> str | None:
    """The source words of the first event whose trigger reads ``trigger``."""
    found = next(e for e in events if e.trigger.text == trigger)
    return text_of(found.source)


def target_text(event: RawEvent) -> str | None:
    """The target words of ``event``, None when it has no target."""
    return text_of(event.target)


def text_of(span: Span | None) -> str | None:
    """The words of a party, None when there is none."""
    return span.text if span is not None else None
