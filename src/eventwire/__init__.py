"""eventwire: political event data from news text (who did what to whom, when, where)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from eventwire.model import Actor, Document, Event, EventDate, Evidence, Place
from eventwire.pipeline import Coder, code_documents, code_text

if TYPE_CHECKING:
    from eventwire.store.api import EventStore

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


def open(path: str | Path, backend: Literal["pandas", "polars"] | None = None) -> EventStore:
    """Open a store (``eventwire code --db``) for analysis: its queries return pandas or polars DataFrames.

    The store module is imported on first call, so ``import eventwire`` stays light.
    """
    from eventwire.store.api import open_store

    return open_store(path, backend)
