"""Stage 5: the embedded SQLite store of documents, events and failures."""

from eventwire.store.sqlite import DOCUMENT_STATUSES, Store, StoredDocument

__all__ = ["DOCUMENT_STATUSES", "Store", "StoredDocument"]
