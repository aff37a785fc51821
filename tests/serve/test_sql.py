"""The explorer's two SQL forms select exactly the events the store's own query selects, for many filters,
and the budget only changes which form answers, never the answer."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from eventwire.model import EVENT_TYPES
from eventwire.serve import sql, synthetic
from eventwire.serve.query import Filter
from eventwire.store import Store
from eventwire.store.query import EventQuery, max_span


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sql") / "synthetic.db"
    synthetic.build(path, 2000, per_doc=4)
    return path


def filters(count: int) -> list[Filter]:
    """Random filters over the synthetic store's values, one to three at a time."""
    rng, w = random.Random(7), synthetic.world()
    codes = [c for c, _ in w.countries[:40]]
    names = {c: n for c, n in w.countries}

    def one() -> Filter:
        country = rng.choice(codes)
        options = {
            "actor": lambda: EventQuery(actor=rng.choice([f"{names[country]} police", country, f"{country}GOV"])),
            "country": lambda: EventQuery(country=country),
            "sector": lambda: EventQuery(sector=rng.choice(["GOV", "MIL", "OPP"])),
            "type": lambda: EventQuery(types=tuple(rng.sample(EVENT_TYPES, rng.choice([1, 2])))),
            "status": lambda: EventQuery(statuses=(rng.choice(["planned", "negated"]),)),
            "dates": lambda: EventQuery(
                since=date(2018, 1, 1) + timedelta(days=rng.randrange(2000)), until=date(2024, 1, 1)
            ),
            "place": lambda: EventQuery(place=rng.choice(w.cities[country]).name.upper()),
            "bbox": lambda: EventQuery(bbox=(-20.0, -10.0, 60.0, 60.0)),
            "confidence": lambda: EventQuery(min_confidence=0.8),
        }
        chosen = rng.sample(sorted(options), rng.choice([1, 2, 3]))
        fields: dict[str, Any] = {}
        for name in chosen:
            fields |= {k: v for k, v in vars_of(options[name]()).items() if v not in (None, ())}
        source = rng.choice([None, None, f"{names[country]} government", country])
        return Filter(EventQuery(**fields), source=source)

    return [one() for _ in range(count)]


def vars_of(q: EventQuery) -> dict[str, object]:
    return {name: getattr(q, name) for name in q.__dataclass_fields__}


def ids(db: sqlite3.Connection, condition: str, args: list[object]) -> set[str]:
    return {row[0] for row in db.execute(f"SELECT e.id FROM events e WHERE {condition}", args)}


def test_row_form_and_index_form_match_the_store_s_query(store: Path) -> None:
    db = sqlite3.connect(store)
    span = max_span(db)
    assert span is not None
    nonempty = 0
    with Store(store) as opened:
        for f in filters(120):
            expected = {r.event.id for r in opened.mentions(f.query)}
            if f.source:
                expected &= ids(db, *sql.index_form(Filter(source=f.source)))
            for form_span in (None, span):
                assert ids(db, *sql.row_form(f, form_span)) == expected, f
                assert ids(db, *sql.index_form(f, form_span)) == expected, f
            nonempty += bool(expected)
    assert nonempty > 40  # the filters are not all empty


def test_the_budget_changes_the_form_not_the_answer(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = sqlite3.connect(store)
    page = lambda cond: f"SELECT e.id FROM events e WHERE {cond} ORDER BY e.date_start DESC, e.rowid DESC LIMIT 20"  # noqa: E731
    for f in filters(30):
        generous = sql.run(db, f, page, [], walk=True, row_budget=10**6)
        starved = sql.run(db, f, page, [], walk=True, row_budget=1)  # the row form gives up at once
        assert generous == starved, f


def test_a_query_over_budget_is_stopped_and_says_so(store: Path) -> None:
    db = sqlite3.connect(store)
    with pytest.raises(sql.OverBudget), sql.budget(db, 1):
        db.execute("SELECT count(*) FROM events a, events b").fetchall()
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 2000  # the connection still works
