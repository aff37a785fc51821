"""The API's request and response shapes, for validation and the OpenAPI docs at ``/docs``.

Events are the spec JSON of ``docs/schema.md``; these models describe it, they do not change it.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ActorOut(BaseModel):
    text: str
    name: str | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-3 (or IGO-style code)")
    sector: str | None = Field(None, description="PLOVER sector code")
    start: int | None = Field(None, description="character offset in the document text")
    end: int | None = None


class DateOut(BaseModel):
    start: str
    end: str
    precision: str
    text: str | None = None
    inherited: bool = False


class PlaceOut(BaseModel):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: str | None = None


class EvidenceOut(BaseModel):
    sentence: str
    start: int
    end: int
    trigger: str


class EventOut(BaseModel):
    """One event, as in docs/schema.md."""

    model_config = ConfigDict(extra="allow")

    id: str
    doc_id: str
    type: str = Field(description="PLOVER event type")
    mode: str | None = None
    cameo: str | None = None
    source: ActorOut | None = None
    target: ActorOut | None = None
    date: DateOut | None = None
    location: PlaceOut | None = None
    status: str
    attribution: dict[str, Any] | None = None
    evidence: EvidenceOut
    confidence: float


class DocMeta(BaseModel):
    id: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None


class EventPage(BaseModel):
    total: int = Field(description="matching events: exact up to the count cap, else a lower bound")
    total_exact: bool = Field(description="false when `total` is a lower bound (more match, or counting would be slow)")
    limit: int
    offset: int
    sort: str
    documents: dict[str, DocMeta] = Field(description="the documents of the events on this page, by id")
    items: list[EventOut]


class SpanOut(BaseModel):
    role: str = Field(description="evidence, trigger, source, target, date, place or attribution")
    start: int
    end: int
    text: str
    value: str = Field(description="the coded value the highlighted words stand for")


class Mention(BaseModel):
    event_id: str
    document: DocMeta
    evidence: EvidenceOut


class ClusterOut(BaseModel):
    """One happening: the reports (mentions) clustered together by the store."""

    id: str
    mentions: int
    documents: int
    sources: int
    first_report: str | None
    last_report: str | None


class EventDetail(BaseModel):
    event: EventOut
    document: DocMeta
    cluster: ClusterOut | None
    mentions: list[Mention] = Field(description="the reports of the same happening, this one included")
    spans: list[SpanOut]


class ClusterItem(BaseModel):
    event: EventOut = Field(description="the cluster's first report")
    cluster: ClusterOut


class ClusterPage(BaseModel):
    limit: int
    offset: int
    sort: str
    documents: dict[str, DocMeta]
    items: list[ClusterItem]


class DocSummary(DocMeta):
    status: str
    events: int


class DocumentList(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[DocSummary]


class CodedEvent(BaseModel):
    event: EventOut
    spans: list[SpanOut]


class DocumentOut(DocMeta):
    status: str
    text: str
    events: list[CodedEvent]


class TimelineRow(BaseModel):
    period: str = Field(description="YYYY, YYYY-MM or YYYY-MM-DD of the events' start")
    type: str
    count: int


class Dyad(BaseModel):
    source: str
    source_country: str | None
    target: str
    target_country: str | None
    count: int
    tone: float = Field(description="mean cooperation score, -1 (material conflict) to +1 (material cooperation)")
    goldstein: float | None = Field(description="mean Goldstein scale value (-10 to +10) of the events' CAMEO codes")


class ActorRow(BaseModel):
    name: str
    country: str | None
    sector: str | None
    events: int
    as_source: int
    as_target: int


class PlaceRow(BaseModel):
    name: str
    country: str | None
    lat: float
    lon: float
    count: int


class TypeCount(BaseModel):
    type: str
    quad: int = Field(description="PLOVER quad class: 1 verbal cooperation ... 4 material conflict")
    count: int


class StatusCount(BaseModel):
    status: str
    count: int


class Stats(BaseModel):
    events: int = Field(description="matching reports (mentions)")
    clusters: int = Field(description="the happenings those reports belong to")
    documents: int
    first_date: str | None
    last_date: str | None
    by_type: list[TypeCount]
    by_status: list[StatusCount]
    store: dict[str, int] = Field(description="documents and failures in the whole store")


class DocumentIn(BaseModel):
    """A document to code (docs/schema.md, section 1)."""

    id: str = Field(min_length=1)
    text: str = Field(min_length=1)
    title: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD: anchors relative dates")
    url: str | None = None
    source: str | None = None


class Coded(BaseModel):
    doc_id: str
    new: bool = Field(description="false when this document was already stored (its stored events are returned)")
    events: list[EventOut]


class CacheFigures(BaseModel):
    entries: int = Field(description="Answers the cache may hold (0: no cache)")
    held: int = Field(description="Answers it holds now")
    hits: int
    misses: int


class Health(BaseModel):
    status: str
    db: str
    writes: bool
    page: bool
    threads: int
    cache: CacheFigures
