"""One ingest run: every document stored once, known ones skipped, each outcome counted."""

from __future__ import annotations

from pathlib import Path

from eventwire.ingest.fetch import Fetcher, FetchOptions
from eventwire.ingest.run import Ingester, IngestStats
from eventwire.ingest.sources import SourceReader
from eventwire.store import Store

TEXT = (
    "Dock workers in Mombasa returned to work on Monday after a week-long strike over unpaid wages. The union said "
    "the port authority had agreed to pay the arrears by the end of the month."
)


def _ingest(db: Path, folder: Path) -> list[str]:
    with Store(db) as store, Fetcher(FetchOptions()) as fetcher:
        ingester = Ingester(store, SourceReader(fetcher, recursive=True))
        return [outcome for _, outcome in ingester.run([str(folder)])]


def test_new_documents_are_stored_and_known_ones_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "strike.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "store.db"
    assert _ingest(db, folder) == ["new"]
    assert _ingest(db, folder) == ["known"]


def test_an_empty_file_fails_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a-empty.txt").write_text("  ", encoding="utf-8")
    (folder / "b-strike.txt").write_text(TEXT, encoding="utf-8")
    assert _ingest(tmp_path / "store.db", folder) == ["failed", "new"]


def test_the_counts_say_what_became_of_every_item() -> None:
    stats = IngestStats()
    for outcome in ("new", "new", "duplicate", "failed"):
        stats.add(outcome)
    assert (
        stats.summary() == "2 new, 1 duplicate, 0 not English, 0 already stored, 0 before --since, 0 skipped, 1 refused"
    )
