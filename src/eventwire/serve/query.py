"""The API's event filter: the store's ``EventQuery`` (every filter of ``eventwire events``, same names and
meaning), plus the two sides of a dyad that the network's edges link to, read and checked from a query string."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated

from fastapi import Query

from eventwire.errors import BadQuery
from eventwire.model import EVENT_TYPES, SECTORS, STATUSES
from eventwire.settings import SETTINGS
from eventwire.store.query import EventQuery

PAGE_SIZE = int(SETTINGS["serve_page_size"].default)
MAX_PAGE_SIZE = int(SETTINGS["serve_max_page_size"].default)
SORTS = ("date", "-date", "confidence", "-confidence")
INTERVALS = ("day", "month", "year")
_COUNTRY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class Filter:
    """Which events a request asks for: the store's query (no paging) and, for a dyad, who acts on whom.

    ``source`` and ``target`` take what ``actor`` takes (a name as written, RUS or RUSGOV), each on its side.
    """

    query: EventQuery = field(default_factory=EventQuery)
    source: str | None = None
    target: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """Which slice of the matching events, in which order."""

    limit: int = PAGE_SIZE
    offset: int = 0
    sort: str = "-date"


def _values(name: str, value: str | None, allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """A comma-separated list, checked against the vocabulary when there is one."""
    if not value:
        return ()
    values = tuple(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))
    if allowed is not None:
        values = tuple(v.upper() if v.upper() in allowed else v.lower() for v in values)
        bad = [v for v in values if v not in allowed]
        if bad:
            raise BadQuery(f"parameter {name!r}: unknown value(s) {', '.join(bad)}; expected {', '.join(allowed)}")
    return values


def _one(name: str, value: str | None, allowed: tuple[str, ...] | None = None) -> str | None:
    values = _values(name, value, allowed)
    if len(values) > 1:
        raise BadQuery(f"parameter {name!r}: give one value, not {len(values)}")
    return values[0] if values else None


def _country(value: str | None) -> str | None:
    code = _one("country", value.upper() if value else None)
    if code and not _COUNTRY.match(code):
        raise BadQuery(f"parameter 'country': {code!r} is not an ISO 3166-1 alpha-3 code such as RUS")
    return code


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


def event_filter(
    actor: Annotated[str | None, Query(description="Either party: a name as written (any case), RUS or RUSGOV")] = None,
    source: Annotated[str | None, Query(description="Like actor, the source (who acts) only")] = None,
    target: Annotated[str | None, Query(description="Like actor, the target (acted on) only")] = None,
    country: Annotated[str | None, Query(description="A party's country or the place's country (ISO3)")] = None,
    sector: Annotated[str | None, Query(description="Either party's sector (GOV, MIL, REB, ...)")] = None,
    type: Annotated[str | None, Query(description="PLOVER type(s), comma-separated")] = None,
    mode: Annotated[str | None, Query(description="PLOVER mode(s) (visit, firearms, ...), comma-separated")] = None,
    status: Annotated[
        str | None, Query(description="asserted, planned, hypothetical, negated; comma-separated")
    ] = None,
    since: Annotated[str | None, Query(description="Events on or after this day (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, Query(description="Events on or before this day (YYYY-MM-DD)")] = None,
    place: Annotated[str | None, Query(description="Events at a place of this name (any case)")] = None,
    bbox: Annotated[str | None, Query(description="Events placed in this box: west,south,east,north")] = None,
    text: Annotated[
        str | None, Query(description='Documents matching this full-text query ("air strike" OR ...)')
    ] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1, description="Events at least this confident")] = None,
    doc: Annotated[str | None, Query(description="Events of one document (its id)")] = None,
    event: Annotated[str | None, Query(description="The mentions of one event (cluster id)")] = None,
) -> Filter:
    """FastAPI dependency: the filter of a request, checked (a bad value is error E801 naming the parameter)."""
    start, end = _date("since", since), _date("until", until)
    if start and end and end < start:
        raise BadQuery(f"parameter 'until': {end} is before 'since' {start}")
    query = EventQuery(
        actor=_text(actor),
        country=_country(country),
        sector=_one("sector", sector, SECTORS),
        types=_values("type", type, EVENT_TYPES),
        modes=tuple(m.lower() for m in _values("mode", mode)),
        statuses=_values("status", status, STATUSES),
        since=start,
        until=end,
        place=_text(place),
        bbox=_bbox(bbox),
        text=_text(text),
        min_confidence=min_confidence,
        doc_id=_text(doc),
        cluster_id=_text(event),
    )
    return Filter(query, _text(source), _text(target))


def page(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Events per page")] = PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, description="Events to skip")] = 0,
    sort: Annotated[str, Query(description="-date (newest first), date, confidence or -confidence")] = "-date",
) -> Page:
    """FastAPI dependency: the page a request asks for."""
    if sort not in SORTS:
        raise BadQuery(f"parameter 'sort': {sort!r} is not one of {', '.join(SORTS)}")
    return Page(limit=limit, offset=offset, sort=sort)
