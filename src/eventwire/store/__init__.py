"""Stage 5: the embedded SQLite store of documents, events (mentions), their clusters and failures."""

from eventwire.store.clusters import ClusterRules
from eventwire.store.sqlite import DOCUMENT_STATUSES, Store, StoredDocument

__all__ = ["DOCUMENT_STATUSES", "ClusterRules", "Store", "StoredDocument"]
