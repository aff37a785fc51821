"""Flat columns, one row per event: CSV (text) and Parquet (typed, with pyarrow). Both import back.

The columns are the event's fields (actors, date, place and evidence spread out), the Goldstein value and
QuadClass of its CAMEO code, its cluster and its document. Reading back uses only the event's own columns.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import IO, Any

from eventwire.formats import FormatError, WriteOptions, cameo
from eventwire.formats.records import DocInfo, EventRecord
from eventwire.model import Actor, Event, EventDate, Evidence, Place

Kind = str  # "str" | "int" | "float" | "date" | "bool"
BATCH_ROWS = 10_000


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    kind: Kind
    get: Callable[[EventRecord], object]


def _actor_columns(role: str) -> list[Column]:
    def field(name: str) -> Callable[[EventRecord], object]:
        return lambda r: getattr(getattr(r.event, role), name) if getattr(r.event, role) else None

    kinds = (("text", "str"), ("name", "str"), ("country", "str"), ("sector", "str"), ("start", "int"), ("end", "int"))
    return [Column(f"{role}_{name}", kind, field(name)) for name, kind in kinds]


def _date(r: EventRecord, name: str) -> object:
    return getattr(r.event.date, name) if r.event.date else None


def _place(r: EventRecord, name: str) -> object:
    return getattr(r.event.location, name) if r.event.location else None


def _cluster(r: EventRecord, name: str) -> object:
    return getattr(r.cluster, name) if r.cluster else None


def _doc(r: EventRecord, name: str) -> object:
    return getattr(r.document, name) if r.document else None


COLUMNS: tuple[Column, ...] = (
    Column("id", "str", lambda r: r.event.id),
    Column("doc_id", "str", lambda r: r.event.doc_id),
    Column("type", "str", lambda r: r.event.type),
    Column("mode", "str", lambda r: r.event.mode),
    Column("cameo", "str", lambda r: r.event.cameo),
    Column("goldstein", "float", lambda r: cameo.goldstein(r.event)),
    Column("quad_class", "int", lambda r: cameo.quad_class(r.event)),
    Column("status", "str", lambda r: r.event.status),
    Column("confidence", "float", lambda r: round(r.event.confidence, 3)),
    *_actor_columns("source"),
    *_actor_columns("target"),
    Column("date_start", "date", lambda r: _date(r, "start")),
    Column("date_end", "date", lambda r: _date(r, "end")),
    Column("date_precision", "str", lambda r: _date(r, "precision")),
    Column("date_text", "str", lambda r: _date(r, "text")),
    Column("date_inherited", "bool", lambda r: _date(r, "inherited")),
    Column("location_name", "str", lambda r: _place(r, "name")),
    Column("location_country", "str", lambda r: _place(r, "country")),
    Column("location_lat", "float", lambda r: _place(r, "lat")),
    Column("location_lon", "float", lambda r: _place(r, "lon")),
    Column("location_geonameid", "int", lambda r: _place(r, "geonameid")),
    Column("location_precision", "str", lambda r: _place(r, "precision")),
    Column("attribution", "str", lambda r: r.event.attribution),
    Column("evidence_sentence", "str", lambda r: r.event.evidence.sentence),
    Column("evidence_start", "int", lambda r: r.event.evidence.start),
    Column("evidence_end", "int", lambda r: r.event.evidence.end),
    Column("evidence_trigger", "str", lambda r: r.event.evidence.trigger),
    Column("cluster_id", "str", lambda r: _cluster(r, "id")),
    Column("cluster_mentions", "int", lambda r: _cluster(r, "mentions")),
    Column("cluster_documents", "int", lambda r: _cluster(r, "documents")),
    Column("cluster_sources", "int", lambda r: _cluster(r, "sources")),
    Column("first_report", "date", lambda r: _cluster(r, "first_report")),
    Column("last_report", "date", lambda r: _cluster(r, "last_report")),
    Column("doc_published", "date", lambda r: _doc(r, "published")),
    Column("doc_url", "str", lambda r: _doc(r, "url")),
    Column("doc_source", "str", lambda r: _doc(r, "source")),
    Column("doc_title", "str", lambda r: _doc(r, "title")),
)
NAMES = tuple(c.name for c in COLUMNS)


def row(record: EventRecord) -> list[object]:
    """The record's values in ``COLUMNS`` order (None where it has none)."""
    return [c.get(record) for c in COLUMNS]


def _actor(values: dict[str, Any], role: str) -> Actor | None:
    fields = ("text", "name", "country", "sector", "start", "end")
    if all(values.get(f"{role}_{f}") is None for f in fields):
        return None
    return Actor(
        text=values.get(f"{role}_text") or "",
        name=values.get(f"{role}_name"),
        country=values.get(f"{role}_country"),
        sector=values.get(f"{role}_sector"),
        start=values.get(f"{role}_start"),
        end=values.get(f"{role}_end"),
    )


def _event_date(values: dict[str, Any]) -> EventDate | None:
    if values.get("date_start") is None:
        return None
    return EventDate(
        start=values["date_start"],
        end=values.get("date_end") or values["date_start"],
        precision=values.get("date_precision") or "day",
        text=values.get("date_text"),
        inherited=bool(values.get("date_inherited")),
    )


def _location(values: dict[str, Any]) -> Place | None:
    if values.get("location_name") is None:
        return None
    return Place(
        name=values["location_name"],
        country=values.get("location_country"),
        lat=values.get("location_lat"),
        lon=values.get("location_lon"),
        geonameid=values.get("location_geonameid"),
        precision=values.get("location_precision"),
    )


def record(values: dict[str, Any]) -> EventRecord:
    """An event (and its document) from typed column values; the derived columns are not read."""
    event = Event(
        id=values["id"],
        doc_id=values["doc_id"],
        type=values["type"],
        mode=values.get("mode"),
        cameo=values.get("cameo"),
        source=_actor(values, "source"),
        target=_actor(values, "target"),
        date=_event_date(values),
        location=_location(values),
        status=values.get("status") or "asserted",
        attribution=values.get("attribution"),
        evidence=Evidence(
            values.get("evidence_sentence") or "",
            values.get("evidence_start") or 0,
            values.get("evidence_end") or 0,
            values.get("evidence_trigger") or "",
        ),
        confidence=values.get("confidence") or 0.0,
    )
    doc_keys = ("doc_published", "doc_url", "doc_source", "doc_title")
    document = None
    if any(values.get(k) is not None for k in doc_keys):
        published, url, source, title = (values.get(k) for k in doc_keys)
        document = DocInfo(event.doc_id, published, url, source, title)
    return EventRecord(event, document)


# ---------------------------------------------------------------- CSV


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _typed(kind: Kind, text: str) -> object:
    if text == "":
        return None
    if kind == "int":
        return int(text)
    if kind == "float":
        return float(text)
    if kind == "date":
        return date.fromisoformat(text)
    if kind == "bool":
        return text.lower() in {"true", "1", "yes"}
    return text


class CsvWriter:
    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.csv = csv.writer(out, lineterminator="\n")
        self.csv.writerow(NAMES)

    def write(self, record: EventRecord) -> None:
        self.csv.writerow([_text(v) for v in row(record)])

    def close(self) -> None:
        self.out.flush()


def _read_csv(stream: IO[str], source: str) -> Iterator[EventRecord]:
    reader = csv.DictReader(stream)
    missing = [n for n in ("id", "doc_id", "type") if n not in (reader.fieldnames or [])]
    if missing:
        raise FormatError(f"{source}: not an eventwire CSV (no column {', '.join(missing)})")
    kinds = {c.name: c.kind for c in COLUMNS}
    for number, raw in enumerate(reader, start=2):
        try:
            values = {k: _typed(kinds[k], v or "") for k, v in raw.items() if k in kinds}
            yield record(values)
        except (ValueError, KeyError, TypeError) as exc:
            raise FormatError(f"{source}:{number}: not an event ({exc})") from exc


# ---------------------------------------------------------------- Parquet


def arrow_schema() -> Any:
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "date": pa.date32(), "bool": pa.bool_()}
    return pa.schema([(c.name, types[c.kind]) for c in COLUMNS])


class ParquetWriter:
    """Buffers rows and writes them in row groups of ``BATCH_ROWS``."""

    def __init__(self, out: IO[bytes]) -> None:
        import pyarrow.parquet as pq

        self.schema = arrow_schema()
        self.writer = pq.ParquetWriter(out, self.schema, compression="zstd")
        self.rows: list[list[object]] = []

    def write(self, record: EventRecord) -> None:
        self.rows.append(row(record))
        if len(self.rows) >= BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        columns = [[row[i] for row in self.rows] for i in range(len(COLUMNS))]
        self.writer.write_table(pa.Table.from_arrays(columns, schema=self.schema))
        self.rows = []

    def close(self) -> None:
        if self.rows:
            self._flush()
        self.writer.close()


def _read_parquet(stream: IO[bytes], source: str) -> Iterator[EventRecord]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(stream)
    except (pa.ArrowException, OSError) as exc:
        raise FormatError(f"{source}: not a Parquet file ({exc})") from exc
    for number, values in enumerate((v for batch in table.iter_batches() for v in batch.to_pylist()), start=1):
        try:
            yield record(values)
        except (ValueError, KeyError, TypeError) as exc:
            raise FormatError(f"{source}: row {number}: not an event ({exc})") from exc


def open_writer(out: IO[Any], options: WriteOptions, name: str) -> CsvWriter | ParquetWriter:
    return ParquetWriter(out) if name == "parquet" else CsvWriter(out)


def read(stream: IO[Any], source: str, name: str) -> Iterator[EventRecord]:
    return _read_parquet(stream, source) if name == "parquet" else _read_csv(stream, source)
