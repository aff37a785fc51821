"""The explorer's read side: a thin adapter over the store's SQLite file, one read-only connection per thread.

Event lists are answered with the stored spec JSON as it is (no parsing and re-encoding), which keeps a page
of events cheap under load. Every aggregate (timeline, dyads, actors, places, stats) takes the same
``EventQuery`` as the list, so the page's charts always show the events its table lists.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventwire.errors import NotFound, StoreError
from eventwire.serve import sql
from eventwire.serve.highlight import spans
from eventwire.serve.query import EventQuery, Page
from eventwire.serve.tone import QUAD_OF_TYPE, tone_sql
from eventwire.settings import SETTINGS

log = logging.getLogger(__name__)

COUNT_CAP = int(SETTINGS["serve_count_cap"].default)
_DOC_META = "d.id, d.title, d.published, d.url, d.source"


class Reader:
    """Answers the API's reads from one store file; safe to share between threads."""

    def __init__(self, path: Path, count_cap: int = COUNT_CAP) -> None:
        self.path = path
        self.count_cap = count_cap
        self._local = threading.local()
        self._db()  # fail now, not on the first request, if the file cannot be read

    def _db(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            try:
                db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
                db.execute("PRAGMA query_only = 1")
                db.execute("PRAGMA mmap_size = 268435456")
                db.execute("SELECT 1 FROM events LIMIT 1")
            except sqlite3.Error as exc:
                raise StoreError(f"cannot read the store {self.path}: {exc}") from exc
            self._local.db = db
        return db

    def _rows(self, query: str, args: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        return self._db().execute(query, args).fetchall()

    # -- events ---------------------------------------------------------------------------------------------

    def events_json(self, q: EventQuery, page: Page) -> str:
        """One page of matching events as a JSON object: the events as stored, the documents they come from,
        and how many match (exactly up to the count cap)."""
        where, args = sql.where(q)
        found = self._rows(
            f"SELECT e.json, e.doc_id FROM events e{where} ORDER BY {sql.order(page)} LIMIT ? OFFSET ?",
            [*args, page.limit, page.offset],
        )
        total = self._count(where, args)
        head = {
            "total": min(total, self.count_cap),
            "total_exact": total <= self.count_cap,
            "limit": page.limit,
            "offset": page.offset,
            "sort": page.sort,
            "documents": self._titles({doc_id for _, doc_id in found}),
        }
        items = ",".join(text for text, _ in found)
        return json.dumps(head, ensure_ascii=False)[:-1] + f',"items":[{items}]}}'

    def _count(self, where: str, args: list[object]) -> int:
        capped = f"SELECT count(*) FROM (SELECT 1 FROM events e{where} LIMIT ?)"
        return int(self._rows(capped, [*args, self.count_cap + 1])[0][0])

    def _titles(self, doc_ids: set[str]) -> dict[str, dict[str, Any]]:
        if not doc_ids:
            return {}
        marks = ", ".join("?" * len(doc_ids))
        rows = self._rows(f"SELECT {_DOC_META} FROM documents d WHERE d.id IN ({marks})", sorted(doc_ids))
        return {row[0]: _doc_meta(row) for row in rows}

    def event(self, event_id: str) -> dict[str, Any]:
        """One event with its document, its mentions (the reports of it) and its highlights."""
        rows = self._rows(
            f"SELECT e.json, d.text, {_DOC_META} FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.id = ?",
            (event_id,),
        )
        if not rows:
            raise NotFound(f"no event with id {event_id!r}")
        event, text, *meta = rows[0]
        obj = json.loads(event)
        mention = {"event_id": obj["id"], "doc_id": obj["doc_id"], "evidence": obj["evidence"]}
        return {
            "event": obj,
            "document": _doc_meta(tuple(meta)),
            "mentions": [mention],
            "spans": [s.to_json() for s in spans(obj, text)],
        }

    # -- documents ------------------------------------------------------------------------------------------

    def documents(self, text: str | None, limit: int, offset: int) -> dict[str, Any]:
        """Stored documents, newest first, with how many events each has."""
        where, args = ("WHERE d.text LIKE ? OR d.title LIKE ?", [f"%{text}%"] * 2) if text else ("", [])
        rows = self._rows(
            f"SELECT {_DOC_META}, d.status, (SELECT count(*) FROM events e WHERE e.doc_id = d.id)"
            f" FROM documents d {where} ORDER BY d.published DESC, d.id LIMIT ? OFFSET ?",
            [*args, limit, offset],
        )
        total = self._rows(f"SELECT count(*) FROM documents d {where}", args)[0][0]
        items = [_doc_meta(row[:5]) | {"status": row[5], "events": row[6]} for row in rows]
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    def document(self, doc_id: str) -> dict[str, Any]:
        """One document with its text and its events, each with its highlights."""
        rows = self._rows(f"SELECT {_DOC_META}, d.text, d.status FROM documents d WHERE d.id = ?", (doc_id,))
        if not rows:
            raise NotFound(f"no document with id {doc_id!r}")
        *meta, text, status = rows[0]
        events = [
            json.loads(row[0])
            for row in self._rows(
                "SELECT json FROM events WHERE doc_id = ? ORDER BY json_extract(json, '$.evidence.start'), id",
                (doc_id,),
            )
        ]
        items = [{"event": e, "spans": [s.to_json() for s in spans(e, text)]} for e in events]
        return _doc_meta(tuple(meta)) | {"status": status, "text": text, "events": items}

    # -- aggregates -----------------------------------------------------------------------------------------

    def timeline(self, q: EventQuery, interval: str) -> list[dict[str, Any]]:
        """Counts of dated events by period (of their start) and type."""
        where, args = sql.where(q)
        period = sql.PERIOD[interval]
        dated = f"{where} AND e.date_start IS NOT NULL" if where else " WHERE e.date_start IS NOT NULL"
        rows = self._rows(f"SELECT {period}, e.type, count(*) FROM events e{dated} GROUP BY 1, 2 ORDER BY 1, 2", args)
        return [{"period": p, "type": t, "count": n} for p, t, n in rows]

    def dyads(self, q: EventQuery, limit: int) -> list[dict[str, Any]]:
        """Who acts on whom: the most frequent source-target pairs with their mean cooperation score."""
        where, args = sql.where(q)
        both = f"{where} AND" if where else " WHERE"
        rows = self._rows(
            f"SELECT {sql.SOURCE_NAME} AS s, e.source_country, {sql.TARGET_NAME} AS t, e.target_country,"
            f" count(*), avg({tone_sql('e.type')})"
            f" FROM events e{both} s IS NOT NULL AND t IS NOT NULL AND s != t"
            " GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1, 3 LIMIT ?",
            [*args, limit],
        )
        return [
            {"source": s, "source_country": sc, "target": t, "target_country": tc, "count": n, "tone": round(v, 3)}
            for s, sc, t, tc, n, v in rows
        ]

    def actors(self, q: EventQuery, limit: int) -> list[dict[str, Any]]:
        """The actors of matching events, most active first, with how often each acts and is acted on."""
        where, args = sql.where(q)
        side = (
            "SELECT {name} AS name, e.{role}_country AS country, json_extract(e.json, '$.{role}.sector') AS sector,"
            " {src} AS src FROM events e{where}"
        )
        source = side.format(name=sql.SOURCE_NAME, role="source", src=1, where=where)
        target = side.format(name=sql.TARGET_NAME, role="target", src=0, where=where)
        rows = self._rows(
            f"SELECT name, country, sector, count(*), sum(src) FROM ({source} UNION ALL {target})"
            " WHERE name IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1 LIMIT ?",
            [*args, *args, limit],
        )
        return [
            {"name": n, "country": c, "sector": s, "events": k, "as_source": src, "as_target": k - src}
            for n, c, s, k, src in rows
        ]

    def places(self, q: EventQuery, limit: int) -> list[dict[str, Any]]:
        """Where matching events happened: each place with coordinates and its number of events."""
        where, args = sql.where(q)
        located = f"{where} AND e.lat IS NOT NULL" if where else " WHERE e.lat IS NOT NULL"
        rows = self._rows(
            "SELECT e.location_name, json_extract(e.json, '$.location.country'), e.lat, e.lon, count(*)"
            f" FROM events e{located} GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1 LIMIT ?",
            [*args, limit],
        )
        return [{"name": n, "country": c, "lat": lat, "lon": lon, "count": k} for n, c, lat, lon, k in rows]

    def stats(self, q: EventQuery) -> dict[str, Any]:
        """Totals of matching events: by type (with its quad class), by status, first and last dates."""
        where, args = sql.where(q)
        by_type = self._rows(f"SELECT e.type, count(*) FROM events e{where} GROUP BY 1 ORDER BY 2 DESC", args)
        by_status = self._rows(f"SELECT e.status, count(*) FROM events e{where} GROUP BY 1 ORDER BY 2 DESC", args)
        first, last, n, docs = self._rows(
            f"SELECT min(e.date_start), max(e.date_end), count(*), count(DISTINCT e.doc_id) FROM events e{where}", args
        )[0]
        return {
            "events": n,
            "documents": docs,
            "first_date": first,
            "last_date": last,
            "by_type": [{"type": t, "quad": QUAD_OF_TYPE[t], "count": k} for t, k in by_type],
            "by_status": [{"status": s, "count": k} for s, k in by_status],
            "store": {"documents": self._total("documents"), "failures": self._total("failures")},
        }

    def _total(self, table: str) -> int:
        return int(self._rows(f"SELECT count(*) FROM {table}")[0][0])


def _doc_meta(row: tuple[Any, ...]) -> dict[str, Any]:
    doc_id, title, published, url, source = row
    return {"id": doc_id, "title": title, "published": published, "url": url, "source": source}
