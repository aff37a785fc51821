"""`eventwire bench --serve` machinery on a small synthetic store: the generator, the load process, the figures.

These check that the benchmark measures what it says; the speed target itself is checked by running
`eventwire bench --serve` on a million events (docs/serve.md), not here."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.model import EVENT_TYPES
from eventwire.serve import synthetic
from eventwire.serve.bench import ensure_store
from eventwire.serve.load import percentile, queries, values
from eventwire.settings import SETTINGS
from eventwire.store import Store


def test_synthetic_documents_are_deterministic_and_their_offsets_point_at_their_words() -> None:
    first = list(synthetic.documents(30, per_doc=4, seed=5))
    assert first == list(synthetic.documents(30, per_doc=4, seed=5))
    assert first != list(synthetic.documents(30, per_doc=4, seed=6))
    for document, events in first:
        assert len(events) == 4
        for e in events:
            assert e.source
            assert e.target
            assert e.source.start is not None
            assert e.target.start is not None
            assert document.text[e.source.start : e.source.end] == e.source.text
            assert document.text[e.target.start : e.target.end] == e.target.text
            assert document.text[e.evidence.start : e.evidence.end] == e.evidence.sentence
            assert e.date
            assert e.date.text is not None
            assert e.date.text in e.evidence.sentence
            assert e.location
            assert e.location.name in e.evidence.sentence


def test_every_event_type_has_a_sentence() -> None:
    assert set(synthetic.VERBS) == set(EVENT_TYPES)


def test_build_writes_exactly_the_events_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "syn.db"
    assert synthetic.build(path, 23, per_doc=5) == 23
    with Store(path) as store:
        assert (store.count("events"), store.count("documents")) == (23, 5)
    with pytest.raises(FileExistsError):
        synthetic.build(path, 10)


def test_queries_are_filtered_event_requests_with_values_from_the_store(tmp_path: Path) -> None:
    path = tmp_path / "values.db"
    synthetic.build(path, 200, per_doc=5)
    found = values(path)
    with Store(path) as store:
        assert set(found.types) == {e.type for e in store.events()}
        assert {c for c, _ in found.countries} <= {a.country for e in store.events() for a in (e.source, e.target) if a}
    requests = queries(random.Random(1), found, 200)
    assert all(q.startswith("/api/events?") and "=" in q for q in requests)
    assert len({q.split("?")[1].split("=")[0] for q in requests}) >= 5  # a mix of filters


def test_percentile_is_the_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert (percentile(values, 0.5), percentile(values, 0.99), percentile(values, 1.0)) == (50.0, 99.0, 100.0)
    assert percentile([], 0.99) == 0.0


@pytest.mark.slow
def test_bench_serve_measures_a_real_server_under_concurrent_load(tmp_path: Path) -> None:
    db = tmp_path / "bench.db"
    args = ["bench", "--serve", "--events", "3000", "--db", str(db), "--clients", "8", "--requests", "5", "--json"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert (figures["events"], figures["clients"], figures["requests"], figures["errors"]) == (3000, 8, 40, 0)
    assert 0 < figures["p50_ms"] <= figures["p90_ms"] <= figures["p99_ms"] <= figures["max_ms"]
    assert figures["requests_per_s"] > 0
    assert figures["build_seconds"] > 0
    with sqlite3.connect(db) as store:
        assert store.execute("SELECT count(*) FROM events").fetchone()[0] == 3000
    assert ensure_store(db, 3000) == (3000, None)  # the store is kept and reused, not built again
    assert figures["cache_entries"] == SETTINGS["serve_cache_entries"].default
    assert 0 <= figures["cache_hits"] <= figures["requests"]


@pytest.mark.slow
def test_bench_serve_with_cache_0_answers_nothing_from_a_cache(tmp_path: Path) -> None:
    db = tmp_path / "bench.db"
    args = ["bench", "--serve", "--events", "2000", "--db", str(db), "--clients", "4", "--requests", "10"]
    result = CliRunner().invoke(main, [*args, "--cache", "0", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert (figures["cache_entries"], figures["cache_hits"], figures["errors"]) == (0, 0, 0)
    text = CliRunner().invoke(main, [*args, "--cache", "0"])
    assert "no answer cache (--cache 0)" in text.stdout
