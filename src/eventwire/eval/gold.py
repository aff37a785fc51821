"""Gold files (spec section 3): documents with the events a coder should find.

Gold events are not ``Event`` records: their type may be a list or null, their actors partial,
their dates have no precision. ``GoldDocument.from_json`` reads one line of a gold file.
"""

from __future__ import annotations

import calendar
import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.errors import EvalError
from eventwire.model import EVENT_TYPES, STATUSES, Document, Precision

PRECISION_RANK: dict[str, int] = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True, slots=True)
class GoldActor:
    """The scored parts of a gold party; None means not scored."""

    country: str | None = None
    sector: str | None = None
    text: str | None = None

    @classmethod
    def from_json(cls, obj: Any) -> GoldActor | None:
        if obj is None:
            return None
        if not isinstance(obj, dict):
            raise ValueError("an actor must be an object or null")
        return cls(country=_code(obj.get("country")), sector=_code(obj.get("sector")), text=obj.get("text"))


@dataclass(frozen=True, slots=True)
class GoldDate:
    """An inclusive date range; ``precision`` is the finest precision a prediction needs."""

    start: date
    end: date
    precision: Precision

    @classmethod
    def from_json(cls, obj: Any) -> GoldDate | None:
        if obj is None:
            return None
        if not isinstance(obj, dict) or "start" not in obj:
            raise ValueError("a date must be an object with 'start' (and 'end')")
        start = date.fromisoformat(obj["start"])
        end = date.fromisoformat(obj.get("end") or obj["start"])
        if end < start:
            raise ValueError(f"date range ends before it starts: {start}..{end}")
        precision = obj.get("precision") or needed_precision(start, end)
        if precision not in PRECISION_RANK:
            raise ValueError(f"unknown date precision {precision!r}")
        return cls(start=start, end=end, precision=precision)


def needed_precision(start: date, end: date) -> Precision:
    """The coarsest precision that still pins down a gold range: whole years, whole months, else days."""
    whole_months = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    if whole_months and start.month == 1 and end.month == 12:
        return "year"
    if whole_months:
        return "month"
    return "day"


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """Where a gold event happened: any of a name, a country code and coordinates."""

    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    @property
    def has_coordinates(self) -> bool:
        return self.lat is not None and self.lon is not None

    @classmethod
    def from_json(cls, obj: Any) -> GoldPlace | None:
        if obj is None:
            return None
        if not isinstance(obj, dict):
            raise ValueError("a location must be an object or null")
        lat, lon = obj.get("lat"), obj.get("lon")
        place = cls(
            name=obj.get("name") or None,
            country=_code(obj.get("country")),
            lat=float(lat) if lat is not None else None,
            lon=float(lon) if lon is not None else None,
        )
        return place if place.name or place.country or place.has_coordinates else None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold event. ``types`` None: any type matches and the type is not scored."""

    types: tuple[str, ...] | None = None
    source: GoldActor | None = None
    target: GoldActor | None = None
    symmetric: bool = False
    date: GoldDate | None = None
    location: GoldPlace | None = None
    location_absent: bool = False
    status: str | None = None
    trigger: str | None = None
    optional: bool = False

    @classmethod
    def from_json(cls, obj: Any) -> GoldEvent:
        if not isinstance(obj, dict):
            raise ValueError("a gold event must be an object")
        status = obj.get("status")
        if status is not None and status not in STATUSES:
            raise ValueError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")
        evidence = obj.get("evidence") or {}
        if not isinstance(evidence, dict):
            raise ValueError("'evidence' must be an object")
        return cls(
            types=_types(obj.get("type")),
            source=GoldActor.from_json(obj.get("source")),
            target=GoldActor.from_json(obj.get("target")),
            symmetric=bool(obj.get("symmetric", False)),
            date=GoldDate.from_json(obj.get("date")),
            location=GoldPlace.from_json(obj.get("location")),
            location_absent=bool(obj.get("location_absent", False)),
            status=status,
            trigger=evidence.get("trigger") or None,
            optional=bool(obj.get("optional", False)),
        )

    def scored_fields(self) -> set[str]:
        """The names of the fields (``rules.FIELDS``) this event scores."""
        names = {
            f"{role}_{key}"
            for role, actor in (("source", self.source), ("target", self.target))
            if actor is not None
            for key in ("country", "sector")
            if getattr(actor, key) is not None
        }
        if self.date is not None:
            names.add("date")
        if self.location is not None or self.location_absent:
            names.add("location")
        if self.status is not None:
            names.add("status")
        return names

    def accepts(self, event_type: str) -> bool:
        """Whether a prediction of ``event_type`` may match this gold event."""
        return self.types is None or event_type in self.types


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """A gold document: the input document, its gold events, and how to count extra predictions."""

    document: Document
    events: tuple[GoldEvent, ...]
    exhaustive: bool = False
    skip: bool = False

    @property
    def id(self) -> str:
        return self.document.id

    @classmethod
    def from_json(cls, obj: Any) -> GoldDocument:
        if not isinstance(obj, dict):
            raise ValueError("a gold line must be a JSON object")
        events = obj.get("events") or []
        if not isinstance(events, list):
            raise ValueError("'events' must be a list")
        return cls(
            document=Document.from_json(obj),
            events=tuple(GoldEvent.from_json(e) for e in events),
            exhaustive=bool(obj.get("exhaustive", False)),
            skip=obj.get("scoring") == "skip",
        )


def read_gold(path: Path) -> list[GoldDocument]:
    """Every document of a gold JSONL file; a malformed line raises ``EvalError`` naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"cannot read gold file {path}: {exc}; give a UTF-8 JSONL gold file") from exc
    return parse_gold(lines, str(path))


def parse_gold(lines: Iterable[str], name: str = "gold") -> list[GoldDocument]:
    """Gold documents from JSONL lines."""
    docs: list[GoldDocument] = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            docs.append(GoldDocument.from_json(json.loads(line)))
        except (ValueError, TypeError, KeyError) as exc:
            raise EvalError(
                f"{name}:{lineno} is not a valid gold document: {exc}; see docs/schema.md section 3"
            ) from exc
    _check_unique([d.id for d in docs], name)
    return docs


def sample(docs: Sequence[GoldDocument], size: int | None, seed: int) -> list[GoldDocument]:
    """A fixed, seeded sample of ``size`` documents in file order (all of them when size is None or larger)."""
    if size is None or size >= len(docs):
        return list(docs)
    picked = sorted(random.Random(seed).sample(range(len(docs)), size))
    return [docs[i] for i in picked]


def _check_unique(ids: list[str], name: str) -> None:
    seen: set[str] = set()
    for doc_id in ids:
        if doc_id in seen:
            raise EvalError(f"{name}: document id {doc_id!r} occurs twice; gold ids must be unique")
        seen.add(doc_id)


def _types(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return None
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not values:
        raise ValueError("'type' must be a type name, a non-empty list of them, or null")
    for t in values:
        if t not in EVENT_TYPES:
            raise ValueError(f"unknown event type {t!r}; expected one of {', '.join(EVENT_TYPES)}")
    return tuple(values)


def _code(value: Any) -> str | None:
    if value is None:
        return None
    return str(value).strip().upper() or None
