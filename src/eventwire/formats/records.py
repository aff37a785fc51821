"""What a writer receives: an event with what is known of its document and of its cluster."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from eventwire.model import Document, Event


@dataclass(frozen=True, slots=True)
class DocInfo:
    """The document an event was read from (what the exports need of it)."""

    id: str
    published: date | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None

    @classmethod
    def of(cls, document: Document) -> DocInfo:
        return cls(document.id, document.published, document.url, document.source, document.title)


@dataclass(frozen=True, slots=True)
class ClusterInfo:
    """The event (cluster of mentions) a mention belongs to."""

    id: str
    mentions: int
    documents: int
    sources: int
    first_report: date | None = None
    last_report: date | None = None


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One event to write: the coded event (a mention, or a cluster's representative mention)."""

    event: Event
    document: DocInfo | None = None
    cluster: ClusterInfo | None = None
