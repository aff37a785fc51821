"""eventwire: political event data from news text (who did what to whom, when, where).

The package root is lazy (PEP 562): ``import eventwire`` loads nothing heavy, and the names below are
imported from their modules on first use, so ``eventwire --help`` and ``import eventwire.settings``
never load spaCy.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from eventwire.version import VERSION

if TYPE_CHECKING:
    from eventwire.model import Actor, Document, Event, EventDate, Evidence, Place
    from eventwire.pipeline import Coder, code_documents, code_text
    from eventwire.store.api import EventStore

__version__ = VERSION

# public name -> the module that defines it
_EXPORTS: dict[str, str] = {
    "Actor": "eventwire.model",
    "Document": "eventwire.model",
    "Event": "eventwire.model",
    "EventDate": "eventwire.model",
    "Evidence": "eventwire.model",
    "Place": "eventwire.model",
    "Coder": "eventwire.pipeline",
    "code_documents": "eventwire.pipeline",
    "code_text": "eventwire.pipeline",
}

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


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})


def open(path: str | Path, backend: Literal["pandas", "polars"] | None = None) -> EventStore:
    """Open a store (``eventwire code --db``) for analysis: its queries return pandas or polars DataFrames.

    The store module is imported on first call, so ``import eventwire`` stays light.
    """
    from eventwire.store.api import open_store

    return open_store(path, backend)
