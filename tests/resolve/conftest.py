"""Shared fixtures of the resolution tests."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import pytest
from spacy.tokens import Doc, Span

from eventwire.extract.raw import RawEvent
from eventwire.lexicons.gazetteer.index import Gazetteer
from eventwire.model import Actor, Place
from eventwire.resolve.actors.document import ActorResolver, DocumentActors
from eventwire.resolve.places.event import event_place
from tests.tiers import Parse

RawBuilder = Callable[..., RawEvent]
ActorOf = Callable[..., tuple[Actor, DocumentActors]]
Locate = Callable[..., Place | None]
PlaceName = Callable[..., str | None]


def _span(doc: Doc, words: str | None) -> Span | None:
    if words is None:
        return None
    start = doc.text.index(words)
    span = doc.char_span(start, start + len(words), alignment_mode="expand")
    assert span is not None
    return span


@pytest.fixture(scope="session")
def raw_event() -> RawBuilder:
    """Build the extractor's hand-off for a parsed sentence: the trigger word, and parties given by their words."""

    def build(
        doc: Doc, trigger: str, kind: str = "ASSAULT", *, source: str | None = None, target: str | None = None
    ) -> RawEvent:
        token = next(t for t in doc if t.text == trigger)
        return RawEvent(
            type=kind,
            trigger=doc[token.i : token.i + 1],
            sentence=token.sent,
            source=_span(doc, source),
            target=_span(doc, target),
        )

    return build


@pytest.fixture(scope="session")
def locate(parse: Parse, gazetteer: Gazetteer, raw_event: RawBuilder) -> Locate:
    """Parse a sentence and place the event of its trigger word, as the resolver does for the extractor's hand-off."""

    def place_of(
        text: str,
        trigger: str,
        kind: str = "ASSAULT",
        *,
        source: str | None = None,
        target: str | None = None,
        prefer: Sequence[str] = (),
    ) -> Place | None:
        raw = raw_event(parse(text), trigger, kind, source=source, target=target)
        return event_place(raw, gazetteer, prefer)

    return place_of


@pytest.fixture(scope="session")
def place_name(locate: Locate) -> PlaceName:
    """The name of the place :func:`locate` gives, or None when the event is not placed."""

    def name_of(text: str, trigger: str, kind: str = "ASSAULT", **options: Any) -> str | None:
        place = locate(text, trigger, kind, **options)
        return place.name if place is not None else None

    return name_of


@pytest.fixture(scope="session")
def actor_of(parse: Parse) -> ActorOf:
    """Resolve ``words`` of ``text`` (their first whole-word occurrence, the last with ``last=True``) as an actor of
    the document published on ``published``; the document's actors come with it."""
    resolver = ActorResolver()

    def resolve(
        text: str, words: str, published: date | None = None, *, last: bool = False
    ) -> tuple[Actor, DocumentActors]:
        found = list(re.finditer(rf"\b{re.escape(words)}\b", text))
        assert found, f"{words!r} is not a word of the text"
        match = found[-1] if last else found[0]
        doc = parse(text)
        span = doc.char_span(match.start(), match.end())
        assert span is not None
        actors = resolver.for_document(doc, published)
        return actors.resolve(span), actors

    return resolve
