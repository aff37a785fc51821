"""Stage 3: find events in a parsed document (trigger, type, mode, status, parties)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.extract.raw import RawEvent

__all__ = ["RawEvent", "extract_events"]


def extract_events(doc: Doc) -> list[RawEvent]:
    """All events in ``doc``, in text order. Placeholder until the extractor lands."""
    return []
