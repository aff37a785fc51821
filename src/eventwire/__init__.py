"""eventwire: political event data from news text (who did what to whom, when, where).

The package root is lazy (PEP 562): ``import eventwire`` loads nothing heavy, and the names below are
imported from their modules on first use, so ``eventwire --help`` and ``import eventwire.settings``
never load spaCy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from eventwire.version import VERSION

if TYPE_CHECKING:
    from eventwire.model import Actor, Document, Event, EventDate, Evidence, Place
    from eventwire.pipeline import Coder, code_documents, code_text
    from eventwire.store.api import open_store as open

__version__ = VERSION

# public name -> (the module that defines it, its name there)
_EXPORTS: dict[str, tuple[str, str]] = {
    "Actor": ("eventwire.model", "Actor"),
    "Document": ("eventwire.model", "Document"),
    "Event": ("eventwire.model", "Event"),
    "EventDate": ("eventwire.model", "EventDate"),
    "Evidence": ("eventwire.model", "Evidence"),
    "Place": ("eventwire.model", "Place"),
    "Coder": ("eventwire.pipeline", "Coder"),
    "code_documents": ("eventwire.pipeline", "code_documents"),
    "code_text": ("eventwire.pipeline", "code_text"),
    # eventwire.open(path): a store (``eventwire code --db``) whose queries return DataFrames
    "open": ("eventwire.store.api", "open_store"),
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
    "open",
]


def __getattr__(name: str) -> Any:
    found = _EXPORTS.get(name)
    if found is None:
        raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
    module, attr = found
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
