"""What extraction hands to resolution: events located in a parsed spaCy ``Doc``."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from eventwire.model import Status


@dataclass(slots=True)
class RawEvent:
    """An event found in a sentence, before its parties, date and place are resolved.

    ``source``/``target`` are the actor phrases (spans of the same ``Doc``);
    ``attribution`` is the reporting source ("Politico reported"), kept apart from the actors.
    """

    type: str
    trigger: Span
    sentence: Span
    mode: str | None = None
    cameo: str | None = None
    status: Status = "asserted"
    source: Span | None = None
    target: Span | None = None
    attribution: Span | None = None
    symmetric: bool = False
    confidence: float = 0.5
