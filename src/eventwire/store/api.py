"""The Python API of the store: ``eventwire.open(path)`` and DataFrames (pandas, else polars).

    import eventwire
    with eventwire.open("eventwire.db") as store:
        events = store.events(actor="RUS", types=("ASSAULT",), since="2023-01-01")
        monthly = store.counts(by="dyad")

Queries take the filters of ``EventQuery`` as keywords (``type=`` and ``status=`` also take one value)
and return DataFrames with the typed columns of the CSV/Parquet export. pandas or polars is an optional
extra (``pip install 'eventwire[dataframe]'``); ``records()`` needs neither.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any, Literal

from eventwire.errors import StoreError
from eventwire.formats import flat
from eventwire.formats.records import EventRecord
from eventwire.model import parse_published
from eventwire.store import stats
from eventwire.store.query import EventQuery
from eventwire.store.sqlite import Store

Backend = Literal["pandas", "polars"]


def available_backend() -> Backend | None:
    """The DataFrame library to use: pandas when installed, else polars, else none."""
    for name in ("pandas", "polars"):
        if importlib.util.find_spec(name) is not None:
            return name  # type: ignore[return-value]
    return None


def _query(filters: dict[str, Any]) -> EventQuery:
    """An ``EventQuery`` from keywords; single values and ISO date strings are accepted where convenient."""
    values = dict(filters)
    for single, plural in (("type", "types"), ("mode", "modes"), ("status", "statuses")):
        if single in values:
            values[plural] = (values.pop(single),)
    for key in ("types", "modes", "statuses"):
        if isinstance(values.get(key), str):
            values[key] = (values[key],)
        elif key in values:
            values[key] = tuple(values[key])
    for key in ("since", "until"):
        if isinstance(values.get(key), str):
            values[key] = parse_published(values[key])
    if isinstance(values.get("bbox"), list):
        values["bbox"] = tuple(values["bbox"])
    return EventQuery(**values)


class EventStore:
    """A store opened for analysis. Every query returns a DataFrame of the chosen backend."""

    def __init__(self, path: str | Path, backend: Backend | None = None) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise StoreError(f"no store at {self.path}: code documents into it first (eventwire code ... --db)")
        self.backend = backend or available_backend()
        self.store = Store(self.path)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        events, clusters = self.store.count("events"), self.store.count("clusters")
        return f"EventStore({str(self.path)!r}: {events} mentions, {clusters} events)"

    def records(self, clusters: bool = False, **filters: Any) -> list[EventRecord]:
        """Records (event, document, cluster) without any DataFrame library."""
        query = _query(filters)
        return list(self.store.clusters(query) if clusters else self.store.mentions(query))

    def events(self, **filters: Any) -> Any:
        """Mentions (one row per report) matching the filters, with their cluster's id and counts."""
        return self._frame(self.records(**filters))

    def clusters(self, **filters: Any) -> Any:
        """Events (one row per happening, a cluster of reports) with a mention matching the filters."""
        return self._frame(self.records(clusters=True, **filters))

    def mentions_of(self, cluster_id: str) -> Any:
        """The reports of one event."""
        return self.events(cluster_id=cluster_id, sort="doc")

    def counts(self, by: stats.By = "type", mentions: bool = False, **filters: Any) -> Any:
        """Events per key (type, dyad or country) and month: columns key, month, events."""
        rows = stats.counts(self.store.db, by, _query(filters), "mention" if mentions else "cluster")
        return self._table([r._asdict() for r in rows], ("key", "month", "events"))

    def series(self, actor: str, other: str | None = None, mentions: bool = False, **filters: Any) -> Any:
        """An actor's (or a pair's) monthly cooperation-conflict series."""
        unit: stats.Unit = "mention" if mentions else "cluster"
        points = stats.series(self.store.db, actor, other, _query(filters), unit)
        rows = [
            {
                "month": p.month,
                "events": p.events,
                "goldstein_mean": p.goldstein_mean,
                "goldstein_total": p.goldstein_total,
                "verbal_cooperation": p.quad[0],
                "material_cooperation": p.quad[1],
                "verbal_conflict": p.quad[2],
                "material_conflict": p.quad[3],
            }
            for p in points
        ]
        columns = ("month", "events", "goldstein_mean", "goldstein_total", "verbal_cooperation")
        return self._table(rows, (*columns, "material_cooperation", "verbal_conflict", "material_conflict"))

    def documents(self) -> Any:
        """Every stored document: id, title, published, url, source, status, coded_at."""
        rows = [
            {
                "id": d.document.id,
                "title": d.document.title,
                "published": d.document.published,
                "url": d.document.url,
                "source": d.document.source,
                "status": d.status,
                "coded_at": d.coded_at,
            }
            for d in self.store.documents()
        ]
        return self._table(rows, ("id", "title", "published", "url", "source", "status", "coded_at"))

    def _frame(self, records: list[EventRecord]) -> Any:
        """Records as a typed DataFrame (through an Arrow table, so both backends get the same types)."""
        import pyarrow as pa

        columns = [[row[i] for row in map(flat.row, records)] for i in range(len(flat.COLUMNS))]
        return self._from_arrow(pa.Table.from_arrays(columns, schema=flat.arrow_schema()))

    def _table(self, rows: list[dict[str, Any]], names: tuple[str, ...]) -> Any:
        import pyarrow as pa

        table = pa.Table.from_pylist(rows) if rows else pa.table({n: pa.array([], pa.null()) for n in names})
        return self._from_arrow(table)

    def _from_arrow(self, table: Any) -> Any:
        if self.backend == "pandas":
            return table.to_pandas(date_as_object=False)
        if self.backend == "polars":
            import polars

            return polars.from_arrow(table)
        raise ImportError("DataFrames need pandas or polars: pip install 'eventwire[dataframe]' (or use records())")


def open_store(path: str | Path, backend: Backend | None = None) -> EventStore:
    """Open a store made by ``eventwire code --db`` (or ``ingest``) for analysis in Python."""
    return EventStore(path, backend)


__all__ = ["EventStore", "available_backend", "open_store"]
