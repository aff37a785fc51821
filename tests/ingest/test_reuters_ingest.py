"""1,000 Reuters-21578 articles ingested twice: the second run stores nothing new."""

from __future__ import annotations

import time
from itertools import islice
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.store import Store
from tests.paths import SharedFile


@pytest.mark.slow
def test_reingesting_1000_reuters_articles_adds_nothing(tmp_path: Path, shared_file: SharedFile) -> None:
    reuters = shared_file("corpus", "reuters21578", "reuters21578.jsonl")
    sample = tmp_path / "reuters1000.jsonl"
    with reuters.open(encoding="utf-8") as src:
        sample.write_text("".join(islice(src, 1000)), encoding="utf-8")
    db = str(tmp_path / "store.db")
    runner = CliRunner()

    started = time.perf_counter()
    first = runner.invoke(main, ["ingest", str(sample), "--db", db], catch_exceptions=False)
    second = runner.invoke(main, ["ingest", str(sample), "--db", db], catch_exceptions=False)
    elapsed = time.perf_counter() - started

    assert first.exit_code == 0
    assert second.exit_code == 0
    assert "ingested 0 new, 0 duplicate, 0 not English, 1000 already stored" in second.stderr
    with Store(db) as store:
        assert store.count("documents") == 1000
        statuses = {s: sum(1 for _ in store.documents(s)) for s in ("ok", "duplicate", "not_english")}
    assert statuses["duplicate"] > 0  # the wire repeats itself: some stories are stored twice
    assert statuses["ok"] > 900
    assert elapsed < 60
