"""One event as rows: its ``events`` row (a mention), its actor rows and its place row."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from eventwire.formats import cameo
from eventwire.model import Actor, Event, Place

EVENT_COLUMNS = (
    "id, doc_id, type, mode, cameo, status, source_country, target_country, date_start, date_end, location_name,"
    " lat, lon, confidence, json, ev_start, source_name, source_sector, target_name, target_sector, source_key,"
    " target_key, date_precision, date_explicit,"
    " place_id, published, doc_source, month, day_start, day_end, specificity, goldstein, quad_class, cluster_id"
)
_EVENT_COUNT = EVENT_COLUMNS.count(",") + 1


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """What an event row copies from its document: publication date and a key for its source."""

    published: str | None
    source_key: str


def source_key(doc_id: str, url: str | None, source: str | None) -> str:
    """The document's source for counting distinct sources: its ``source``, else its site, else itself."""
    if source and source.strip():
        return source.strip().lower()
    host = urlsplit(url).hostname if url else None
    if host:
        return host.removeprefix("www.")
    return f"doc:{doc_id}"


def event_json(event: Event) -> str:
    """The stored (and exported) JSON text of an event."""
    return json.dumps(event.to_json(), ensure_ascii=False)


def day_range(event: Event, published: str | None) -> tuple[int | None, int | None]:
    """The event's days as ordinals: its date, else its document's publication day, else none."""
    if event.date is not None:
        return event.date.start.toordinal(), event.date.end.toordinal()
    if published:
        day = date.fromisoformat(published[:10]).toordinal()
        return day, day
    return None, None


def specificity(event: Event) -> int:
    """How much an event says: a source, a target, a place finer than a country, a day of its own (0-4)."""
    place = event.location is not None and event.location.precision != "country"
    day = event.date is not None and event.date.precision == "day" and not event.date.inherited
    return sum((event.source is not None, event.target is not None, place, day))


def place_key(place: Place) -> str:
    """One place row per gazetteer entry; places without one are told apart by name, country and point."""
    if place.geonameid is not None:
        return f"g{place.geonameid}"
    return f"n{place.name.lower()}|{place.country or ''}|{place.lat}|{place.lon}"


def party_key(actor: Actor | None) -> str | None:
    """What clustering compares of a party: its words or name in lower case; None when the text names no one."""
    if actor is None or not actor.text.strip():
        return None
    return (actor.name or actor.text).strip().lower()


def _actor_name(actor: Actor | None) -> str | None:
    return (actor.name or actor.text or None) if actor else None


class EventWriter:
    """Writes events as rows; the caller holds the transaction."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._places: dict[str, tuple[int, str | None]] = {}
        # the copies that migration 0006_dated_indexes adds (absent while older migrations run)
        self.dated = "place_country" in {row[1] for row in db.execute("PRAGMA table_info(events)")}

    @staticmethod
    def document_facts(doc_id: str, published: str | None, url: str | None, source: str | None) -> DocumentFacts:
        return DocumentFacts(published[:10] if published else None, source_key(doc_id, url, source))

    def place_id(self, place: Place | None) -> int | None:
        """The id of the place's row, added when new."""
        return self._place(place)[0]

    def _place(self, place: Place | None) -> tuple[int | None, str | None]:
        """The id and country of the place's row, added when new."""
        if place is None:
            return None, None
        key = place_key(place)
        if key not in self._places:
            self.db.execute(
                "INSERT INTO places (key, name, name_key, country, lat, lon, geonameid, precision)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING",
                (
                    key,
                    place.name,
                    place.name.lower(),
                    place.country,
                    place.lat,
                    place.lon,
                    place.geonameid,
                    place.precision,
                ),
            )
            row = self.db.execute("SELECT id, country FROM places WHERE key = ?", (key,)).fetchone()
            self._places[key] = (int(row[0]), row[1])
        return self._places[key]

    def values(self, event: Event, facts: DocumentFacts) -> tuple[object, ...]:
        """The ``events`` row of one event, in ``EVENT_COLUMNS`` order, not yet clustered."""
        src, tgt, loc, when = event.source, event.target, event.location, event.date
        day_start, day_end = day_range(event, facts.published)
        return (
            event.id,
            event.doc_id,
            event.type,
            event.mode,
            event.cameo,
            event.status,
            src.country if src else None,
            tgt.country if tgt else None,
            when.start.isoformat() if when else None,
            when.end.isoformat() if when else None,
            loc.name if loc else None,
            loc.lat if loc else None,
            loc.lon if loc else None,
            round(event.confidence, 3),
            event_json(event),
            event.evidence.start,
            _actor_name(src),
            src.sector if src else None,
            _actor_name(tgt),
            tgt.sector if tgt else None,
            party_key(src),
            party_key(tgt),
            when.precision if when else None,
            int(when is not None and when.precision == "day" and not when.inherited),
            self.place_id(loc),
            facts.published,
            facts.source_key,
            (when.start.isoformat() if when else facts.published or "")[:7] or None,
            day_start,
            day_end,
            specificity(event),
            cameo.goldstein(event),
            cameo.quad_class(event),
            None,
        )

    def insert(self, events: list[Event], facts: DocumentFacts) -> None:
        """Add events (of one document) with their actor rows."""
        columns, count, extra = EVENT_COLUMNS, _EVENT_COUNT, self._dated_values
        if self.dated:
            columns, count = f"{columns}, place_country", count + 1
        marks = ", ".join("?" * count)
        rows = [(*self.values(e, facts), *extra(e)) for e in events]
        self.db.executemany(f"INSERT INTO events ({columns}) VALUES ({marks})", rows)
        self._insert_actors(events)
        self.note_span(events)

    def _dated_values(self, event: Event) -> tuple[object, ...]:
        return (self._place(event.location)[1],) if self.dated else ()

    def note_span(self, events: list[Event]) -> None:
        """Keep ``store_facts.max_span_days``, the longest date range stored, up to date."""
        span = max(((e.date.end - e.date.start).days for e in events if e.date), default=None)
        if span is not None:
            self.db.execute(
                "INSERT INTO store_facts VALUES ('max_span_days', ?)"
                " ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)",
                (span,),
            )

    def replace_columns(self, event: Event, facts: DocumentFacts) -> None:
        """Rewrite every column and actor row of a stored event from the event itself (used by migrations)."""
        names = [c.strip() for c in EVENT_COLUMNS.split(",")][1:]
        values = self.values(event, facts)[1:]
        if self.dated:
            names, values = [*names, "place_country"], (*values, *self._dated_values(event))
        self.db.execute(f"UPDATE events SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?", (*values, event.id))
        self.db.execute("DELETE FROM event_actors WHERE event_id = ?", (event.id,))
        self._insert_actors([event])
        self.note_span([event])

    def _insert_actors(self, events: list[Event]) -> None:
        dated = (", date_start, type", ", ?, ?") if self.dated else ("", "")
        rows = [
            (
                e.id,
                role,
                a.text,
                a.text.lower(),
                a.name,
                a.name.lower() if a.name else None,
                a.country,
                a.sector,
                a.start,
                a.end,
                *((e.date.start.isoformat() if e.date else None, e.type) if self.dated else ()),
            )
            for e in events
            for role, a in (("source", e.source), ("target", e.target))
            if a is not None
        ]
        self.db.executemany(
            f"INSERT INTO event_actors (event_id, role, text, text_key, name, name_key, country, sector, start,"
            f' "end"{dated[0]}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?{dated[1]})',
            rows,
        )
