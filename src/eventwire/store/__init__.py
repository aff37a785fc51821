"""Stage 5: the embedded SQLite store of documents, events and failures."""

from eventwire.store.sqlite import Store

__all__ = ["Store"]
