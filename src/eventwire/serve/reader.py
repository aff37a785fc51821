"""The explorer's read side: a thin adapter over the store, one read-only SQLite connection per thread.

Filters are the store's ``EventQuery`` (``sql.py`` turns them into SQL, the store's own condition among the
forms). Event lists are answered with the stored spec JSON as it is (no parsing and re-encoding), which keeps
a page of events cheap under load. Every aggregate takes the same filter as the list, so the page's charts
always show the events its table lists.
"""

from __future__ import annotations

import functools
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from eventwire.errors import BadQuery, NotFound, StoreError
from eventwire.serve import sql, walk
from eventwire.serve.cache import CACHE_ENTRIES, AnswerCache
from eventwire.serve.highlight import spans
from eventwire.serve.query import Filter, Page
from eventwire.serve.tone import QUAD_OF_TYPE, tone_sql
from eventwire.settings import SETTINGS
from eventwire.store.query import QueryError, max_span

log = logging.getLogger(__name__)

COUNT_CAP = int(SETTINGS["serve_count_cap"].default)
COUNT_BUDGET = 10  # x sql.STEP_GRAIN steps each form may spend counting before the count is given up
_DOC_META = "d.id, d.title, d.published, d.url, d.source"
T = TypeVar("T")
_CLUSTER = "c.id, c.n_mentions, c.n_documents, c.n_sources, c.first_report, c.last_report"


def _cached(method: Callable[..., T]) -> Callable[..., T]:
    """A read whose answer is kept in the reader's cache until the store changes (``cache.py``)."""

    @functools.wraps(method)
    def read(self: Reader, *args: Hashable) -> T:
        return self.cache.answer((method.__name__, *args), lambda: method(self, *args))

    return read


class Reader:
    """Answers the API's reads from one store file; safe to share between threads."""

    def __init__(self, path: Path, count_cap: int = COUNT_CAP, cache_entries: int = CACHE_ENTRIES) -> None:
        self.path = path
        self.count_cap = count_cap
        self._local = threading.local()
        self._db()  # fail now, not on the first request, if the file cannot be read
        self.cache = AnswerCache(path, cache_entries)

    def close(self) -> None:
        self.cache.close()

    def _db(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            try:
                db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
                db.execute("PRAGMA query_only = 1")
                db.execute("PRAGMA mmap_size = 1073741824")
                db.execute("SELECT 1 FROM events, clusters LIMIT 1")
            except sqlite3.Error as exc:
                raise StoreError(f"cannot read the store {self.path}: {exc}") from exc
            self._local.db = db
        return db

    def _rows(self, query: str, args: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        return self._db().execute(query, args).fetchall()

    def _filtered(
        self, f: Filter, build: Callable[[str], str], args: Sequence[object] = (), **kw: Any
    ) -> list[tuple[Any, ...]]:
        """Rows of a query over the events matching ``f`` (``sql.run``); a bad full-text query is error E801."""
        try:
            return sql.run(self._db(), f, build, list(args), **kw)
        except (sqlite3.OperationalError, QueryError) as exc:
            if f.query.text:  # the only words of a request that reach SQL as syntax: the full-text query
                raise BadQuery(
                    f"parameter 'text': {f.query.text!r} is not a valid full-text query; quote phrases"
                ) from exc
            raise

    # -- events ---------------------------------------------------------------------------------------------

    @_cached
    def events_json(self, f: Filter, page: Page) -> str:
        """One page of matching events as a JSON object: the events as stored, the documents they come from,
        and how many match (exactly up to the count cap, else at least that many).

        An actor, country or place filter is walked on the store's dated indexes (``walk.py``); other filters
        walk the rows or use the store's indexes (``sql.py``)."""
        plan = walk.plan(self._db(), f, page)
        found = self._walked_page(plan, f, page) if plan is not None else None
        broad = plan is None and not sql.narrow(self._db(), f)
        if found is None:
            found = self._filtered(
                f,
                lambda cond: (
                    f"SELECT e.json, e.doc_id FROM events e WHERE {cond} ORDER BY {sql.order(page)} LIMIT ? OFFSET ?"
                ),
                [page.limit, page.offset],
                walk=broad,
            )
        total, exact = self._count(f, page, len(found), broad, plan)
        head = {
            "total": total,
            "total_exact": exact,
            "limit": page.limit,
            "offset": page.offset,
            "sort": page.sort,
            "documents": self._titles({doc_id for _, doc_id in found}),
        }
        items = ",".join(text for text, _ in found)
        return json.dumps(head, ensure_ascii=False)[:-1] + f',"items":[{items}]}}'

    def _walked_page(self, plan: walk.Walk, f: Filter, page: Page) -> list[tuple[Any, ...]] | None:
        """A page read by walking the dated indexes, or None when that takes more than the row budget."""
        span = max_span(self._db())
        condition, values = sql.row_form(plan.rest, span)
        query, args = plan.page_sql(condition, values, page, span)
        try:
            with sql.budget(self._db(), sql.ROW_BUDGET):
                return self._checked(f, query, args)
        except sql.OverBudget:
            return None

    def _checked(self, f: Filter, query: str, args: list[Any]) -> list[tuple[Any, ...]]:
        try:
            return self._db().execute(query, args).fetchall()
        except sqlite3.OperationalError as exc:
            if f.query.text and "interrupted" not in str(exc):  # not the budget's interruption: the text's syntax
                message = f"parameter 'text': {f.query.text!r} is not a valid full-text query; quote phrases"
                raise BadQuery(message) from exc
            raise

    def _count(self, f: Filter, page: Page, found: int, broad: bool, plan: walk.Walk | None = None) -> tuple[int, bool]:
        """How many events match: exact up to the cap when counting is cheap; else a lower bound (not exact).

        A walked filter is counted by walking its branches; a narrow one on its indexes; a broad one row by
        row; each within a small budget."""
        if found < page.limit and (found or not page.offset):
            return page.offset + found, True  # the last page: nothing more to count
        count = f"SELECT count(*) FROM (SELECT 1 FROM events e WHERE {{}} LIMIT {self.count_cap + 1})"
        span = max_span(self._db())
        try:
            with sql.budget(self._db(), COUNT_BUDGET):
                if plan is not None:
                    condition, values = sql.row_form(plan.rest, span)
                    rows = self._checked(f, *plan.count_sql(condition, values, self.count_cap, span))
                else:
                    condition, values = (sql.row_form if broad else sql.index_form)(f, span)
                    rows = self._db().execute(count.format(condition), values).fetchall()
        except sql.OverBudget:
            return page.offset + found + 1, False
        n = int(rows[0][0])
        return (min(n, self.count_cap), n <= self.count_cap)

    def _titles(self, doc_ids: set[str]) -> dict[str, dict[str, Any]]:
        if not doc_ids:
            return {}
        marks = ", ".join("?" * len(doc_ids))
        rows = self._rows(f"SELECT {_DOC_META} FROM documents d WHERE d.id IN ({marks})", sorted(doc_ids))
        return {row[0]: _doc_meta(row) for row in rows}

    def event(self, event_id: str) -> dict[str, Any]:
        """One event with its document, the reports of the same happening (its cluster) and its highlights."""
        rows = self._rows(
            f"SELECT e.json, e.cluster_id, d.text, {_DOC_META} FROM events e JOIN documents d ON d.id = e.doc_id"
            " WHERE e.id = ?",
            (event_id,),
        )
        if not rows:
            raise NotFound(f"no event with id {event_id!r}")
        event, cluster_id, text, *meta = rows[0]
        obj = json.loads(event)
        return {
            "event": obj,
            "document": _doc_meta(tuple(meta)),
            "cluster": self._cluster(cluster_id),
            "mentions": self._mentions(cluster_id) if cluster_id else [_mention(obj, tuple(meta))],
            "spans": [s.to_json() for s in spans(obj, text)],
        }

    def _cluster(self, cluster_id: str | None) -> dict[str, Any] | None:
        rows = self._rows(f"SELECT {_CLUSTER} FROM clusters c WHERE c.id = ?", (cluster_id,)) if cluster_id else []
        return _cluster(rows[0]) if rows else None

    def _mentions(self, cluster_id: str) -> list[dict[str, Any]]:
        rows = self._rows(
            f"SELECT e.json, {_DOC_META} FROM events e JOIN documents d ON d.id = e.doc_id"
            " WHERE e.cluster_id = ? ORDER BY d.published, e.doc_id, e.ev_start",
            (cluster_id,),
        )
        return [_mention(json.loads(row[0]), row[1:]) for row in rows]

    @_cached
    def clusters(self, f: Filter, page: Page) -> dict[str, Any]:
        """Events as happenings: clusters with a matching report, each as its first report with its counts."""
        order = sql.order(page).replace("e.rowid", "c.rowid").replace("e.", "c.")
        rows = self._filtered(
            f,
            lambda cond: (
                f"SELECT s.json, {_CLUSTER} FROM clusters c JOIN events s ON s.id = c.id"
                f" WHERE {_matching(cond)} ORDER BY {order} LIMIT ? OFFSET ?"
            ),
            [page.limit, page.offset],
        )
        items = [{"event": json.loads(row[0]), "cluster": _cluster(row[1:])} for row in rows]
        docs = self._titles({i["event"]["doc_id"] for i in items})
        return {"limit": page.limit, "offset": page.offset, "sort": page.sort, "documents": docs, "items": items}

    # -- documents ------------------------------------------------------------------------------------------

    def documents(self, text: str | None, limit: int, offset: int) -> dict[str, Any]:
        """Stored documents, newest first, with how many events each has (``text``: a full-text query)."""
        where, args = ("WHERE d.id IN (SELECT doc_id FROM documents_fts WHERE documents_fts MATCH ?)", [text])
        where, args = (where, args) if text else ("", [])
        try:
            rows = self._rows(
                f"SELECT {_DOC_META}, d.status, (SELECT count(*) FROM events e WHERE e.doc_id = d.id)"
                f" FROM documents d {where} ORDER BY d.published DESC, d.id LIMIT ? OFFSET ?",
                [*args, limit, offset],
            )
            total = self._rows(f"SELECT count(*) FROM documents d {where}", args)[0][0]
        except sqlite3.OperationalError as exc:
            raise BadQuery(f"parameter 'text': {text!r} is not a valid full-text query; quote phrases") from exc
        items = [_doc_meta(row[:5]) | {"status": row[5], "events": row[6]} for row in rows]
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    def document(self, doc_id: str) -> dict[str, Any]:
        """One document with its text and its events, each with its highlights."""
        rows = self._rows(f"SELECT {_DOC_META}, d.text, d.status FROM documents d WHERE d.id = ?", (doc_id,))
        if not rows:
            raise NotFound(f"no document with id {doc_id!r}")
        *meta, text, status = rows[0]
        stored = self._rows("SELECT json FROM events WHERE doc_id = ? ORDER BY ev_start, id", (doc_id,))
        events = [json.loads(row[0]) for row in stored]
        items = [{"event": e, "spans": [s.to_json() for s in spans(e, text)]} for e in events]
        return _doc_meta(tuple(meta)) | {"status": status, "text": text, "events": items}

    # -- aggregates -----------------------------------------------------------------------------------------

    @_cached
    def timeline(self, f: Filter, interval: str) -> list[dict[str, Any]]:
        """Counts of dated events by period (of their start) and type."""
        period = sql.PERIOD[interval]
        rows = self._filtered(
            f,
            lambda cond: (
                f"SELECT {period}, e.type, count(*) FROM events e"
                f" WHERE {cond} AND e.date_start IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"
            ),
        )
        return [{"period": p, "type": t, "count": n} for p, t, n in rows]

    @_cached
    def dyads(self, f: Filter, limit: int) -> list[dict[str, Any]]:
        """Who acts on whom: the most frequent source-target pairs, their cooperation score and mean Goldstein."""
        rows = self._filtered(
            f,
            lambda cond: (
                f"SELECT e.source_name, e.source_country, e.target_name, e.target_country, count(*),"
                f" avg({tone_sql('e.type')}), avg(e.goldstein) FROM events e WHERE {cond}"
                " AND e.source_name IS NOT NULL AND e.target_name IS NOT NULL AND e.source_name != e.target_name"
                " GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1, 3 LIMIT ?"
            ),
            [limit],
        )
        return [
            {
                "source": s,
                "source_country": sc,
                "target": t,
                "target_country": tc,
                "count": n,
                "tone": round(v, 3),
                "goldstein": None if g is None else round(g, 2),
            }
            for s, sc, t, tc, n, v, g in rows
        ]

    @_cached
    def actors(self, f: Filter, limit: int) -> list[dict[str, Any]]:
        """The actors of matching events, most active first, with how often each acts and is acted on."""
        rows = self._filtered(
            f,
            lambda cond: (
                "SELECT coalesce(a.name, a.text), a.country, a.sector, count(*), sum(a.role = 'source')"
                f" FROM event_actors a JOIN events e ON e.id = a.event_id WHERE {cond}"
                " GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1 LIMIT ?"
            ),
            [limit],
        )
        return [
            {"name": n, "country": c, "sector": s, "events": k, "as_source": src, "as_target": k - src}
            for n, c, s, k, src in rows
        ]

    @_cached
    def places(self, f: Filter, limit: int) -> list[dict[str, Any]]:
        """Where matching events happened: each place with coordinates and its number of events."""
        rows = self._filtered(
            f,
            lambda cond: (
                "SELECT p.name, p.country, p.lat, p.lon, count(*) FROM events e"
                f" JOIN places p ON p.id = e.place_id WHERE {cond} AND p.lat IS NOT NULL"
                " GROUP BY p.id ORDER BY 5 DESC, 1 LIMIT ?"
            ),
            [limit],
        )
        return [{"name": n, "country": c, "lat": lat, "lon": lon, "count": k} for n, c, lat, lon, k in rows]

    @_cached
    def stats(self, f: Filter) -> dict[str, Any]:
        """Totals of matching events: by type (with its quad class), by status, first and last dates."""
        by_type = self._filtered(
            f, lambda c: f"SELECT e.type, count(*) FROM events e WHERE {c} GROUP BY 1 ORDER BY 2 DESC"
        )
        by_status = self._filtered(
            f,
            lambda c: (
                "SELECT e.status, count(*), min(e.date_start), max(e.date_end) FROM events e"
                f" WHERE {c} GROUP BY 1 ORDER BY 2 DESC"
            ),
        )
        firsts = [row[2] for row in by_status if row[2]]
        lasts = [row[3] for row in by_status if row[3]]
        docs, clusters = self._distinct(f)
        return {
            "events": sum(row[1] for row in by_status),
            "clusters": clusters,
            "documents": docs,
            "first_date": min(firsts, default=None),
            "last_date": max(lasts, default=None),
            "by_type": [{"type": t, "quad": QUAD_OF_TYPE[t], "count": k} for t, k in by_type],
            "by_status": [{"status": s, "count": k} for s, k, _, _ in by_status],
            "store": {"documents": self._total("documents"), "failures": self._total("failures")},
        }

    def _distinct(self, f: Filter) -> tuple[int, int]:
        """Documents and clusters with a matching report; without a filter, read off their indexes and tables."""
        if f == Filter():
            docs = self._rows("SELECT count(*) FROM (SELECT DISTINCT doc_id FROM events)")[0][0]
            return int(docs), self._total("clusters")
        docs, clusters = self._filtered(
            f, lambda c: f"SELECT count(DISTINCT e.doc_id), count(DISTINCT e.cluster_id) FROM events e WHERE {c}"
        )[0]
        return int(docs), int(clusters)

    def _total(self, table: str) -> int:
        return int(self._rows(f"SELECT count(*) FROM {table}")[0][0])


def _matching(condition: str) -> str:
    """Clusters with a report meeting the condition on reports (every cluster when there is none)."""
    return "1" if condition == "1" else f"c.id IN (SELECT e.cluster_id FROM events e WHERE {condition})"


def _doc_meta(row: tuple[Any, ...]) -> dict[str, Any]:
    doc_id, title, published, url, source = row
    return {"id": doc_id, "title": title, "published": published, "url": url, "source": source}


def _mention(event: dict[str, Any], meta: tuple[Any, ...]) -> dict[str, Any]:
    return {"event_id": event["id"], "document": _doc_meta(meta), "evidence": event["evidence"]}


def _cluster(row: tuple[Any, ...]) -> dict[str, Any]:
    cid, n, docs, sources, first, last = row
    return {"id": cid, "mentions": n, "documents": docs, "sources": sources, "first_report": first, "last_report": last}
