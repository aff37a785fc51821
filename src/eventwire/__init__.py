"""eventwire: political event data from news text (who did what to whom, when, where)."""

from __future__ import annotations

from eventwire.model import Actor, Document, Event, EventDate, Evidence, Place
from eventwire.pipeline import Coder, code_documents, code_text

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Coder",
    "Document",
    "Event",
    "EventDate",
    "Evidence",
    "Place",
    "__version__",
    "code_documents",
    "code_text",
]
