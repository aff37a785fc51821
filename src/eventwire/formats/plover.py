"""PLOVER/POLECAT-style JSON, one event a line, with the field names of the PLOVER manual (chapter 6).

``actor``/``recipient`` are lists of entity objects (``code``: the country, ``sector``, ``entity_text``,
``identifier_text``: the resolved name), ``event``/``mode`` lists, ``event_loc`` a location object,
``quad_code`` and ``event_scale`` (Goldstein), ``text``/``text_info`` the evidence and ``cite_info`` the
document. Fields PLOVER leaves to providers carry what eventwire adds: ``doc_id``, ``cameo``, ``status``,
``attribution``, ``confidence``, the date's precision and text, and the cluster. Reads back losslessly.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from importlib import metadata
from typing import IO, Any

from eventwire.formats import FormatError, WriteOptions, cameo
from eventwire.formats.records import DocInfo, EventRecord
from eventwire.model import Actor, Event, EventDate, Evidence, Place

RESOLUTION = {"country": 1, "admin1": 2, "region": 2, "city": 4}


def _coder() -> str:
    try:
        return f"eventwire {metadata.version('eventwire')}"
    except metadata.PackageNotFoundError:
        return "eventwire"


def _entity(actor: Actor | None) -> list[dict[str, Any]]:
    if actor is None:
        return []
    return [
        {
            "code": actor.country,
            "sector": actor.sector,
            "entity_text": actor.text,
            "identifier_text": actor.name,
            "start": actor.start,
            "end": actor.end,
        }
    ]


def _location(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "resolved_place": place.name,
        "geonameid": place.geonameid,
        "lat": place.lat,
        "lon": place.lon,
        "country_code": place.country,
        "resolution": RESOLUTION.get(place.precision or ""),
        "precision": place.precision,
    }


def _cite(record: EventRecord, coder: str) -> dict[str, Any]:
    doc = record.document
    return {
        "citation": record.event.doc_id,
        "url": doc.url if doc else None,
        "title": doc.title if doc else None,
        "publication": doc.source if doc else None,
        "published": doc.published.isoformat() if doc and doc.published else None,
        "coder": coder,
        "codebook": "PLOVER",
    }


def to_plover(record: EventRecord, coder: str = "eventwire") -> dict[str, Any]:
    """One event as a PLOVER JSON object."""
    e, when, cluster = record.event, record.event.date, record.cluster
    obj: dict[str, Any] = {
        "id": e.id,
        "date": when.start.isoformat() if when else None,
        "enddate": when.end.isoformat() if when else None,
        "date_precision": when.precision if when else None,
        "date_text": when.text if when else None,
        "date_inherited": when.inherited if when else None,
        "actor": _entity(e.source),
        "recipient": _entity(e.target),
        "event": [e.type],
        "mode": [e.mode] if e.mode else [],
        "event_loc": _location(e.location),
        "event_text": [e.evidence.trigger],
        "quad_code": cameo.quad_class(e),
        "event_scale": cameo.goldstein(e),
        "text": e.evidence.sentence,
        "text_info": {"start": e.evidence.start, "end": e.evidence.end},
        "cite_info": _cite(record, coder),
        "doc_id": e.doc_id,
        "cameo": e.cameo,
        "status": e.status,
        "attribution": e.attribution,
        "confidence": round(e.confidence, 3),
    }
    if cluster is not None:
        obj["cluster"] = {
            "id": cluster.id,
            "mentions": cluster.mentions,
            "documents": cluster.documents,
            "sources": cluster.sources,
            "first_report": cluster.first_report.isoformat() if cluster.first_report else None,
            "last_report": cluster.last_report.isoformat() if cluster.last_report else None,
        }
    return obj


class PloverWriter:
    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.coder = _coder()

    def write(self, record: EventRecord) -> None:
        self.out.write(json.dumps(to_plover(record, self.coder), ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.out.flush()


def open_writer(out: IO[Any], options: WriteOptions, name: str) -> PloverWriter:
    return PloverWriter(out)


def _actor(entities: list[dict[str, Any]]) -> Actor | None:
    if not entities:
        return None
    first = entities[0]
    return Actor(
        text=first["entity_text"] if first.get("entity_text") is not None else first.get("identifier_text") or "",
        name=first.get("identifier_text"),
        country=first.get("code"),
        sector=first.get("sector"),
        start=first.get("start"),
        end=first.get("end"),
    )


def _place(loc: dict[str, Any] | None) -> Place | None:
    if not loc:
        return None
    resolution = {v: k for k, v in RESOLUTION.items() if k != "region"}.get(loc.get("resolution") or 0)
    return Place(
        name=loc.get("resolved_place") or loc.get("extracted_place") or "",
        country=loc.get("country_code"),
        lat=loc.get("lat"),
        lon=loc.get("lon"),
        geonameid=loc.get("geonameid"),
        precision=loc.get("precision") or resolution,
    )


def _date(obj: dict[str, Any]) -> EventDate | None:
    if not obj.get("date"):
        return None
    start = date.fromisoformat(obj["date"])
    return EventDate(
        start=start,
        end=date.fromisoformat(obj["enddate"]) if obj.get("enddate") else start,
        precision=obj.get("date_precision") or "day",
        text=obj.get("date_text"),
        inherited=bool(obj.get("date_inherited")),
    )


def from_plover(obj: dict[str, Any]) -> EventRecord:
    """An event (and its document) from a PLOVER JSON object."""
    cite = obj.get("cite_info") or {}
    info = obj.get("text_info") or {}
    types, modes, texts = obj.get("event") or [], obj.get("mode") or [], obj.get("event_text") or []
    doc_id = obj.get("doc_id") or cite.get("citation")
    if not doc_id or not types:
        raise ValueError("no doc_id (or cite_info.citation) or no event type")
    event = Event(
        id=obj.get("id") or "",
        doc_id=doc_id,
        type=types[0],
        mode=modes[0] if modes else None,
        cameo=obj.get("cameo"),
        source=_actor(obj.get("actor") or []),
        target=_actor(obj.get("recipient") or []),
        date=_date(obj),
        location=_place(obj.get("event_loc")),
        status=obj.get("status") or "asserted",
        attribution=obj.get("attribution"),
        evidence=Evidence(
            obj.get("text") or "", int(info.get("start", 0)), int(info.get("end", 0)), texts[0] if texts else ""
        ),
        confidence=float(obj.get("confidence", 0.5)),
    )
    published = date.fromisoformat(cite["published"]) if cite.get("published") else None
    document = DocInfo(doc_id, published, cite.get("url"), cite.get("publication"), cite.get("title"))
    return EventRecord(event, document)


def read(stream: IO[Any], source: str, name: str) -> Iterator[EventRecord]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("not a JSON object")
            yield from_plover(obj)
        except (ValueError, KeyError, TypeError) as exc:
            raise FormatError(f"{source}:{number}: not a PLOVER event record ({exc})") from exc
