"""The record model every stage passes: documents in, events out.

The JSON form of these records is the data contract in ``docs/schema.md``
(the project's copy of the shared event-schema contract). Keys and
vocabularies must not change silently: ``Event.to_json`` and
``Event.from_json`` are the only places that know the JSON shape.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, Literal

EVENT_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

STATUSES: tuple[str, ...] = ("asserted", "planned", "hypothetical", "negated")

SECTORS: tuple[str, ...] = (
    "GOV",
    "MIL",
    "COP",
    "JUD",
    "LEG",
    "PTY",
    "REB",
    "OPP",
    "BUS",
    "MED",
    "CVL",
    "IGO",
    "NGO",
    "REL",
    "EDU",
    "LAB",
    "SPY",
    "IMG",
    "PRM",
    "UAF",
    "CRM",
    "REF",
    "AGR",
    "ELI",
    "SOC",
    "UNK",
)

Status = Literal["asserted", "planned", "hypothetical", "negated"]
Precision = Literal["day", "month", "year"]


def parse_published(value: str | date | None) -> date | None:
    """Read a publication date given as ``YYYY-MM-DD``, an ISO datetime or a date."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError as exc:
        raise ValueError(f"published date {text!r} is not YYYY-MM-DD or an ISO datetime") from exc


def check_country(value: object) -> str | None:
    """A document's home country: an ISO 3166-1 alpha-3 code in capitals ("KEN"), or None when not given. Anything
    else raises ``ValueError`` saying what is wanted."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not value.isascii() or not value.isupper() or len(value) != 3:
        raise ValueError(f"country {value!r} is not an ISO 3166-1 alpha-3 code in capitals (e.g. 'KEN')")
    import pycountry  # loaded only when a document gives a country

    if pycountry.countries.get(alpha_3=value) is None:
        raise ValueError(f"country {value!r} is not an ISO 3166-1 alpha-3 code (e.g. 'KEN')")
    return value


@dataclass(frozen=True, slots=True)
class Document:
    """One input document (spec section 1). ``country`` is the home country of the feed or outlet (ISO3), when
    the input gives one: unnamed role nouns ("police", "the home secretary") may take it when the text does not
    say whose they are."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    country: str | None = None

    def __post_init__(self) -> None:
        if self.country is not None:
            check_country(self.country)

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Document:
        """Build a document from its JSON object; unknown keys go to ``meta``."""
        known = {"id", "text", "title", "published", "url", "source", "country"}
        if not isinstance(obj.get("id"), str) or not obj["id"]:
            raise ValueError("document has no string 'id'")
        if not isinstance(obj.get("text"), str):
            raise ValueError(f"document {obj['id']!r} has no string 'text'")
        try:
            country = check_country(obj.get("country"))
        except ValueError as exc:
            raise ValueError(f"document {obj['id']!r}: {exc}") from exc
        return cls(
            id=obj["id"],
            text=obj["text"],
            title=obj.get("title"),
            published=parse_published(obj.get("published")),
            url=obj.get("url"),
            source=obj.get("source"),
            meta={k: v for k, v in obj.items() if k not in known},
            country=country,
        )

    def to_json(self) -> dict[str, Any]:
        """The document as its spec JSON object (without ``meta``; ``country`` only when given)."""
        obj: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "source": self.source,
        }
        if self.country is not None:
            obj["country"] = self.country
        return obj


@dataclass(frozen=True, slots=True)
class Actor:
    """A party to an event: its words in the text and what they resolve to."""

    text: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any] | None) -> Actor | None:
        if obj is None:
            return None
        return cls(
            text=obj.get("text") or "",
            name=obj.get("name"),
            country=obj.get("country"),
            sector=obj.get("sector"),
            start=obj.get("start"),
            end=obj.get("end"),
        )


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened or is to happen; ``inherited`` when taken from context."""

    start: date
    end: date
    precision: Precision
    text: str | None = None
    inherited: bool = False

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"date range ends before it starts: {self.start}..{self.end}")

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": self.precision,
            "text": self.text,
            "inherited": self.inherited,
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any] | None) -> EventDate | None:
        if obj is None:
            return None
        return cls(
            start=date.fromisoformat(obj["start"]),
            end=date.fromisoformat(obj["end"]),
            precision=obj.get("precision") or "day",
            text=obj.get("text"),
            inherited=bool(obj.get("inherited", False)),
        )


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened, resolved against the offline gazetteer."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "precision": self.precision,
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any] | None) -> Place | None:
        if obj is None:
            return None
        return cls(
            name=obj.get("name") or "",
            country=obj.get("country"),
            lat=obj.get("lat"),
            lon=obj.get("lon"),
            geonameid=obj.get("geonameid"),
            precision=obj.get("precision"),
        )


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence an event was read from, with document offsets and its trigger."""

    sentence: str
    start: int
    end: int
    trigger: str

    def to_json(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.start, "end": self.end, "trigger": self.trigger}


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event (spec section 2)."""

    doc_id: str
    type: str
    evidence: Evidence
    mode: str | None = None
    cameo: str | None = None
    source: Actor | None = None
    target: Actor | None = None
    date: EventDate | None = None
    location: Place | None = None
    status: Status = "asserted"
    attribution: str | None = None
    confidence: float = 0.5
    id: str = ""

    def __post_init__(self) -> None:
        if self.type not in EVENT_TYPES:
            raise ValueError(f"unknown event type {self.type!r}; expected one of {', '.join(EVENT_TYPES)}")
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}; expected one of {', '.join(STATUSES)}")
        if not self.id:
            object.__setattr__(self, "id", self._stable_id())

    def _stable_id(self) -> str:
        key = "|".join(
            [self.doc_id, self.type, str(self.evidence.start), str(self.evidence.end), self.evidence.trigger]
            + [f"{a.start}:{a.end}" if a else "-" for a in (self.source, self.target)]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def with_changes(self, **changes: Any) -> Event:
        """A copy with some fields changed (records are immutable)."""
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The event as the JSON object of the spec, section 2."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "source": self.source.to_json() if self.source else None,
            "target": self.target.to_json() if self.target else None,
            "date": self.date.to_json() if self.date else None,
            "location": self.location.to_json() if self.location else None,
            "status": self.status,
            "attribution": {"text": self.attribution} if self.attribution else None,
            "evidence": self.evidence.to_json(),
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Event:
        """Read an event written by ``to_json`` (or any spec-conformant producer)."""
        ev = obj.get("evidence") or {}
        attribution = obj.get("attribution")
        return cls(
            id=obj.get("id") or "",
            doc_id=obj["doc_id"],
            type=obj["type"],
            mode=obj.get("mode"),
            cameo=obj.get("cameo"),
            source=Actor.from_json(obj.get("source")),
            target=Actor.from_json(obj.get("target")),
            date=EventDate.from_json(obj.get("date")),
            location=Place.from_json(obj.get("location")),
            status=obj.get("status") or "asserted",
            attribution=attribution.get("text") if isinstance(attribution, dict) else attribution,
            evidence=Evidence(
                sentence=ev.get("sentence", ""),
                start=int(ev.get("start", 0)),
                end=int(ev.get("end", 0)),
                trigger=ev.get("trigger", ""),
            ),
            confidence=float(obj.get("confidence", 0.5)),
        )
