"""Hand-made documents and events for the store tests (no model)."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.model import Actor, Document, Event, EventDate, Evidence, Place, Status
from eventwire.store import Store

KYIV = Place("Kyiv", "UKR", 50.45, 30.52, 703448, "city")
IRPIN = Place("Irpin", "UKR", 50.52, 30.25, 700000, "city")  # ~20 km from Kyiv
LVIV = Place("Lviv", "UKR", 49.84, 24.03, 702550, "city")
UKRAINE = Place("Ukraine", "UKR", 49.0, 32.0, 690791, "country")
MOSCOW = Place("Moscow", "RUS", 55.75, 37.62, 524901, "city")


def actor(text: str, country: str | None = None, sector: str | None = None, start: int = 0) -> Actor:
    return Actor(text=text, name=text, country=country, sector=sector, start=start, end=start + len(text))


def event(
    doc_id: str,
    type_: str = "ASSAULT",
    source: Actor | None = None,
    target: Actor | None = None,
    day: date | None = date(2023, 3, 20),
    place: Place | None = None,
    *,
    at: int = 0,
    status: Status = "asserted",
    trigger: str = "struck",
    cameo: str | None = None,
    confidence: float = 0.8,
) -> Event:
    return Event(
        doc_id=doc_id,
        type=type_,
        evidence=Evidence(f"Sentence at {at}.", at, at + 20, trigger),
        cameo=cameo,
        source=source,
        target=target,
        date=EventDate(day, day, "day") if day else None,
        location=place,
        status=status,
        confidence=confidence,
    )


def document(doc_id: str, published: date | None = date(2023, 3, 21), source: str | None = None) -> Document:
    return Document(id=doc_id, text=f"Text of {doc_id}.", title=f"Title {doc_id}", published=published, source=source)


def put(store: Store, doc_id: str, events: list[Event], **doc: Any) -> None:
    """Store a document (``doc``: the keywords of ``document``) and its events."""
    store.add_document(document(doc_id, **doc))
    store.set_events(doc_id, events)


def clusters_of(store: Store) -> set[frozenset[str]]:
    """The clusters as sets of (document id, evidence start) of their mentions."""
    groups: dict[str, set[str]] = {}
    for cluster_id, doc_id, start in store.db.execute("SELECT cluster_id, doc_id, ev_start FROM events"):
        groups.setdefault(cluster_id, set()).add(f"{doc_id}@{start}")
    return {frozenset(g) for g in groups.values()}
