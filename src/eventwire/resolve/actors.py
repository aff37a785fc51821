"""Actors to ISO3 country and PLOVER sector. Placeholder until the resolver lands."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

from eventwire.model import Actor


class DocumentActors:
    """Resolves actor phrases of one document, keeping what earlier mentions established."""

    def __init__(self, doc: Doc, published: date | None) -> None:
        self.doc = doc
        self.published = published

    def resolve(self, span: Span, when: date | None = None) -> Actor:
        """The actor that ``span`` names, as of ``when`` (the event's date)."""
        return Actor(text=span.text, name=span.text, start=span.start_char, end=span.end_char)


class ActorResolver:
    """Holds the actor dictionaries; cheap to share across documents."""

    def for_document(self, doc: Doc, published: date | None) -> DocumentActors:
        return DocumentActors(doc, published)
