"""``eventwire bench --store`` runs end to end on a small synthetic store (figures are not checked here)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.store.synthetic import corpus


def test_the_synthetic_corpus_is_the_same_for_the_same_seed() -> None:
    first = [(d.id, [e.id for e in events]) for d, events in corpus(5, 500, 60)]
    again = [(d.id, [e.id for e in events]) for d, events in corpus(5, 500, 60)]
    assert first == again
    assert sum(len(events) for _, events in first) >= 500


def test_the_synthetic_corpus_reports_happenings_more_than_once() -> None:
    reports = [e.evidence.sentence for _, events in corpus(5, 500, 60) for e in events]
    assert len(set(reports)) < len(reports)


def test_bench_store_prints_every_figure_and_keeps_its_store(tmp_path: Path) -> None:
    db = tmp_path / "bench.db"
    args = ["bench", "--store", "--events", "3000", "--new", "300", "--db", str(db)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "dyad x month counts" in result.stdout
    assert "new mentions" in result.stdout
    assert db.exists()
    assert not (tmp_path / "bench-new.db").exists()
    again = CliRunner().invoke(main, [*args, "--json"])
    assert '"build_seconds": null' in again.stdout
