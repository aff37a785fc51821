"""The walk form (pages read off the store's dated indexes) gives exactly the page, in exactly the order, that
the row form gives, and counts the same, for many filters, sorts and offsets; its plan uses the dated
indexes without sorting whole sets."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from eventwire.serve import sql, synthetic, walk
from eventwire.serve.query import Filter, Page
from eventwire.store.query import EventQuery, max_span

from .test_sql import filters


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("walk") / "synthetic.db"
    synthetic.build(path, 2000, per_doc=4)
    return path


def _page(db: sqlite3.Connection, f: Filter, page: Page) -> list[str]:
    condition, args = sql.row_form(f, max_span(db))
    query = f"SELECT e.id FROM events e WHERE {condition} ORDER BY {sql.order(page)} LIMIT ? OFFSET ?"
    return [row[0] for row in db.execute(query, [*args, page.limit, page.offset])]


def _walked(db: sqlite3.Connection, plan: walk.Walk, page: Page) -> list[str]:
    span = max_span(db)
    condition, args = sql.row_form(plan.rest, span)
    query, values = plan.page_sql(condition, args, page, span)
    return [row[0] for row in db.execute(query.replace("SELECT e.json, e.doc_id", "SELECT e.id", 1), values)]


def test_walked_pages_equal_the_row_form_s_pages(store: Path) -> None:
    db = sqlite3.connect(store)
    walked = 0
    for i, f in enumerate(filters(240)):
        page = Page(limit=[5, 20, 50][i % 3], offset=[0, 7, 40, 0][i % 4], sort=["-date", "date"][i % 2])
        plan = walk.plan(db, f, page)
        if plan is None:
            assert not (f.query.actor or f.query.country or f.query.place or f.source), f
            continue
        expected = _page(db, f, page)
        assert _walked(db, plan, page) == expected, (f, page)
        walked += bool(expected)
    assert walked > 40


def test_walked_counts_are_exact_up_to_the_cap(store: Path) -> None:
    db = sqlite3.connect(store)
    span = max_span(db)
    for f in filters(60):
        plan = walk.plan(db, f)
        if plan is None:
            continue
        condition, args = sql.row_form(f, span)
        total = db.execute(f"SELECT count(*) FROM events e WHERE {condition}", args).fetchone()[0]
        rest, rest_args = sql.row_form(plan.rest, span)
        for cap in (3, 30, 10_000):
            counted = db.execute(*plan.count_sql(rest, rest_args, cap, span)).fetchone()[0]
            assert counted == (total if total <= cap else cap + 1), (f, cap)


def test_the_driving_filter_is_the_one_with_fewer_entries(store: Path) -> None:
    db = sqlite3.connect(store)
    code, _ = synthetic.world().countries[0]
    rare = db.execute("SELECT name_key FROM event_actors GROUP BY 1 ORDER BY count(*) LIMIT 1").fetchone()[0]
    plan = walk.plan(db, Filter(EventQuery(actor=rare, country=code)))
    assert plan is not None and plan.rest.query.country == code and plan.rest.query.actor is None


def test_a_sort_by_confidence_is_not_walked(store: Path) -> None:
    db = sqlite3.connect(store)
    f = Filter(EventQuery(country=synthetic.world().countries[0][0]))
    assert walk.plan(db, f, Page(limit=10, offset=0, sort="-confidence")) is None
    assert walk.plan(db, f, Page(limit=10, offset=0, sort="-date")) is not None


def test_a_walk_reads_the_dated_index_without_sorting_the_actor_s_events(store: Path) -> None:
    db = sqlite3.connect(store)
    name = db.execute("SELECT name_key FROM event_actors GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    plan = walk.plan(db, Filter(EventQuery(actor=name)), Page(limit=50, offset=0, sort="-date"))
    assert plan is not None
    query, args = plan.page_sql("1", [], Page(limit=50, offset=0, sort="-date"), max_span(db))
    steps = " | ".join(row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {query}", args))
    assert "event_actors_name_date" in steps and "event_actors_text_date" in steps, steps
