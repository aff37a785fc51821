"""The API's event filter: every filter of ``eventwire events`` as one typed object, read from a query string."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from typing import Annotated

from fastapi import Query

from eventwire.errors import BadQuery
from eventwire.model import EVENT_TYPES, SECTORS, STATUSES
from eventwire.settings import SETTINGS

PAGE_SIZE = int(SETTINGS["serve_page_size"].default)
MAX_PAGE_SIZE = int(SETTINGS["serve_max_page_size"].default)
SORTS = ("date", "-date", "confidence", "-confidence")
INTERVALS = ("day", "month", "year")
_COUNTRY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Which events a request asks for. Empty fields do not filter; values of one field are alternatives."""

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    country: tuple[str, ...] = ()
    sector: tuple[str, ...] = ()
    type: tuple[str, ...] = ()
    mode: str | None = None
    status: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    place: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    text: str | None = None
    min_confidence: float | None = None
    doc_id: str | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, ()) for f in fields(self))


@dataclass(frozen=True, slots=True)
class Page:
    """Which slice of the matching events, in which order."""

    limit: int = PAGE_SIZE
    offset: int = 0
    sort: str = "-date"


def _codes(name: str, value: str | None, allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """A comma-separated list of codes, upper-cased and checked against the vocabulary."""
    if not value:
        return ()
    codes = tuple(dict.fromkeys(c.strip().upper() for c in value.split(",") if c.strip()))
    bad = [c for c in codes if (c not in allowed if allowed else not _COUNTRY.match(c))]
    if bad:
        expected = ", ".join(allowed) if allowed else "ISO 3166-1 alpha-3 codes such as RUS"
        raise BadQuery(f"parameter {name!r}: unknown value(s) {', '.join(bad)}; expected {expected}")
    return codes


def _date(name: str, value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise BadQuery(f"parameter {name!r}: {value!r} is not a date (YYYY-MM-DD)") from exc


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError as exc:
        raise BadQuery(f"parameter 'bbox': {value!r} is not four numbers west,south,east,north") from exc
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise BadQuery(f"parameter 'bbox': {value!r} is outside -180..180 / -90..90 or has south above north")
    return (west, south, east, north)


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def event_query(
    actor: Annotated[str | None, Query(description="Actor name or words of it, or an ISO3 country code")] = None,
    source: Annotated[str | None, Query(description="Like actor, but only as the source (who acts)")] = None,
    target: Annotated[str | None, Query(description="Like actor, but only as the target (acted on)")] = None,
    country: Annotated[str | None, Query(description="Source or target country, ISO3; comma-separated")] = None,
    sector: Annotated[str | None, Query(description="Source or target sector (GOV, MIL, ...); comma-separated")] = None,
    type: Annotated[str | None, Query(description="PLOVER event type(s), comma-separated")] = None,
    mode: Annotated[str | None, Query(description="PLOVER mode (visit, arrest, ...)")] = None,
    status: Annotated[str | None, Query(description="asserted, planned, ...; comma-separated")] = None,
    date_from: Annotated[str | None, Query(alias="from", description="Events dated on or after (YYYY-MM-DD)")] = None,
    date_to: Annotated[str | None, Query(alias="to", description="Events dated on or before (YYYY-MM-DD)")] = None,
    place: Annotated[str | None, Query(description="Place name, as resolved")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees")] = None,
    text: Annotated[str | None, Query(description="Words in the evidence sentence or the document")] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1, description="Lowest confidence kept")] = None,
    doc: Annotated[str | None, Query(description="Only events of this document id")] = None,
) -> EventQuery:
    """FastAPI dependency: the filter of a request, checked (a bad value is error E801 naming the parameter)."""
    start, end = _date("from", date_from), _date("to", date_to)
    if start and end and end < start:
        raise BadQuery(f"parameter 'to': {end} is before 'from' {start}")
    return EventQuery(
        actor=_text(actor),
        source=_text(source),
        target=_text(target),
        country=_codes("country", country),
        sector=_codes("sector", sector, SECTORS),
        type=_codes("type", type, EVENT_TYPES),
        mode=_text(mode.lower() if mode else None),
        status=tuple(s.lower() for s in _codes("status", status, tuple(s.upper() for s in STATUSES))),
        date_from=start,
        date_to=end,
        place=_text(place),
        bbox=_bbox(bbox),
        text=_text(text),
        min_confidence=min_confidence,
        doc_id=_text(doc),
    )


def page(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Events per page")] = PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, description="Events to skip")] = 0,
    sort: Annotated[str, Query(description="date, -date, confidence or -confidence")] = "-date",
) -> Page:
    """FastAPI dependency: the page a request asks for."""
    if sort not in SORTS:
        raise BadQuery(f"parameter 'sort': {sort!r} is not one of {', '.join(SORTS)}")
    return Page(limit=limit, offset=offset, sort=sort)
