"""The API's routes: reads of events, documents and aggregates, and the one write (off by default)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request, Response

from eventwire.serve import models
from eventwire.serve.errors import ERROR_SCHEMA
from eventwire.serve.query import INTERVALS, Filter, Page, event_filter, page
from eventwire.serve.reader import Reader
from eventwire.serve.writer import Writer

ERROR = {"description": "the one error shape", "content": {"application/json": {"schema": ERROR_SCHEMA}}}
ERRORS: dict[int | str, dict[str, Any]] = {400: ERROR, 404: ERROR}

router = APIRouter(prefix="/api", responses=ERRORS)

Filtered = Annotated[Filter, Depends(event_filter)]
Limit = Annotated[int, Query(ge=1, le=1000, description="Rows to return")]


def reader(request: Request) -> Reader:
    r: Reader = request.app.state.reader
    return r


def writer(request: Request) -> Writer:
    w: Writer = request.app.state.writer
    return w


Read = Annotated[Reader, Depends(reader)]


@router.get("/health", response_model=models.Health, tags=["server"])
def health(request: Request, store: Read) -> dict[str, Any]:
    """The server is up: which store it reads, whether writes are on and the page is built."""
    return {
        "status": "ok",
        "db": str(store.path),
        "writes": writer(request).enabled,
        "page": request.app.state.page_built,
        "threads": request.app.state.threads,
        "cache": store.cache.figures(),
    }


@router.get("/events", response_model=None, responses={200: {"model": models.EventPage}}, tags=["events"])
def events(store: Read, q: Filtered, p: Annotated[Page, Depends(page)]) -> Response:
    """Events matching every given filter (values of one filter, comma-separated, are alternatives), one page."""
    return Response(store.events_json(q, p), media_type="application/json")


@router.get("/events/{event_id}", response_model=models.EventDetail, tags=["events"])
def event(store: Read, event_id: str) -> dict[str, Any]:
    """One event (a report) with its document, the reports of the same happening and where its parts are."""
    return store.event(event_id)


@router.get("/clusters", response_model=models.ClusterPage, tags=["events"])
def clusters(store: Read, q: Filtered, p: Annotated[Page, Depends(page)]) -> dict[str, Any]:
    """Events as happenings: each cluster of reports with a matching report, shown as its first report."""
    return store.clusters(q, p)


@router.get("/documents", response_model=models.DocumentList, tags=["documents"])
def documents(
    store: Read,
    text: Annotated[str | None, Query(description="Words in the title or text")] = None,
    limit: Limit = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Stored documents, newest first, with their number of events."""
    return store.documents(text, limit, offset)


@router.get("/documents/{doc_id}", response_model=models.DocumentOut, tags=["documents"])
def document(store: Read, doc_id: str) -> dict[str, Any]:
    """One document: its text and its events, each with its highlights."""
    return store.document(doc_id)


@router.get("/timeline", response_model=list[models.TimelineRow], tags=["aggregates"])
def timeline(
    store: Read,
    q: Filtered,
    interval: Annotated[str, Query(pattern=f"^({'|'.join(INTERVALS)})$", description="day, month or year")] = "month",
) -> list[dict[str, Any]]:
    """Counts of matching dated events by period and type."""
    return store.timeline(q, interval)


@router.get("/dyads", response_model=list[models.Dyad], tags=["aggregates"])
def dyads(store: Read, q: Filtered, limit: Limit = 60) -> list[dict[str, Any]]:
    """The most frequent source-target pairs of matching events, with their cooperation score."""
    return store.dyads(q, limit)


@router.get("/actors", response_model=list[models.ActorRow], tags=["aggregates"])
def actors(store: Read, q: Filtered, limit: Limit = 100) -> list[dict[str, Any]]:
    """The actors of matching events, most active first."""
    return store.actors(q, limit)


@router.get("/places", response_model=list[models.PlaceRow], tags=["aggregates"])
def places(store: Read, q: Filtered, limit: Limit = 500) -> list[dict[str, Any]]:
    """The places of matching events with their coordinates and number of events."""
    return store.places(q, limit)


@router.get("/stats", response_model=models.Stats, tags=["aggregates"])
def stats(store: Read, q: Filtered) -> dict[str, Any]:
    """Totals of matching events by type and status, and their first and last dates."""
    return store.stats(q)


@router.post(
    "/documents",
    response_model=models.Coded,
    status_code=201,
    responses={401: ERROR, 403: ERROR},
    tags=["documents"],
)
def code_document(
    request: Request,
    response: Response,
    doc: models.DocumentIn,
    authorization: Annotated[str | None, Header(description="Bearer <write token>")] = None,
) -> dict[str, Any]:
    """Code a document and store it with its events. Needs the server's write token; off unless one is set."""
    w = writer(request)
    w.check(authorization)
    new, coded = w.code(doc.model_dump())
    if not new:
        response.status_code = 200
    return {"doc_id": doc.id, "new": new, "events": coded}
