"""``eventwire events``, ``export`` and ``import`` on a store of hand-made events (no model)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result

from eventwire.cli import main
from eventwire.store import Store

from .builders import KYIV, MOSCOW, actor, event, put


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.db"
    with Store(path) as store:
        russia, ukraine = actor("Russian forces", "RUS", "MIL"), actor("Ukraine", "UKR")
        for n in range(3):
            put(store, f"strike{n}", [event(f"strike{n}", source=russia, target=ukraine, place=KYIV)], source=f"s{n}")
        xi, kremlin = actor("Xi Jinping", "CHN", "GOV"), actor("Kremlin", "RUS", "GOV")
        put(store, "visit", [event("visit", "CONSULT", xi, kremlin, date(2023, 3, 21), MOSCOW, cameo="042")])
    return path


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def test_events_prints_a_table_of_matching_mentions(db: Path) -> None:
    result = run("events", "--db", db, "--actor", "xi jinping")
    assert result.exit_code == 0, result.output
    assert "CONSULT visit" in result.stdout or "CONSULT" in result.stdout
    assert result.stdout.splitlines()[-1] == "1 event"
    assert "1 of 1 matching events (mentions)" in result.stderr


def test_events_clusters_shows_one_row_for_three_reports(db: Path) -> None:
    result = run("events", "--db", db, "--clusters", "--type", "assault", "--format", "csv")
    assert result.exit_code == 0, result.output
    [header, row] = result.stdout.splitlines()
    assert dict(zip(header.split(","), row.split(","), strict=True))["cluster_mentions"] == "3"


def test_events_limit_and_jsonl(db: Path) -> None:
    result = run("events", "--db", db, "--limit", "2", "--format", "jsonl")
    assert len(result.stdout.splitlines()) == 2
    assert "2 of 4 matching" in result.stderr


def test_events_on_a_missing_store_says_how_to_make_one(tmp_path: Path) -> None:
    result = run("events", "--db", tmp_path / "none.db")
    assert result.exit_code == 1
    assert "eventwire code FILES --db" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_events_with_an_unknown_type_is_a_usage_error(db: Path) -> None:
    result = run("events", "--db", db, "--type", "attack")
    assert result.exit_code == 2
    assert "unknown type ATTACK" in result.stderr


def test_jsonl_export_import_export_is_byte_identical(db: Path, tmp_path: Path) -> None:
    first, second, copy = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "copy.db"
    assert run("export", "--db", db, "-o", first).exit_code == 0
    imported = run("import", first, "--db", copy)
    assert imported.exit_code == 0, imported.output
    assert "imported 4 events of 4 documents" in imported.stdout
    assert run("export", "--db", copy, "-o", second).exit_code == 0
    assert second.read_bytes() == first.read_bytes()


def test_importing_twice_changes_nothing(db: Path, tmp_path: Path) -> None:
    exported, copy = tmp_path / "a.csv", tmp_path / "copy.db"
    run("export", "--db", db, "--format", "csv", "-o", exported)
    run("import", exported, "--db", copy)
    with Store(copy) as store:
        before = store.db.execute("SELECT * FROM events ORDER BY id").fetchall()
    run("import", exported, "--db", copy)
    with Store(copy) as store:
        assert store.db.execute("SELECT * FROM events ORDER BY id").fetchall() == before
        assert store.count("clusters") == 2


def test_gdelt_export_has_61_columns_and_one_row_per_event(db: Path) -> None:
    result = run("export", "--db", db, "--format", "gdelt")
    rows = result.stdout.splitlines()
    assert [len(r.split("\t")) for r in rows] == [61, 61]
    assert sorted(r.split("\t")[31] for r in rows) == ["1", "3"]  # NumMentions


def test_parquet_export_reads_back_typed(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert run("export", "--db", db, "--format", "parquet", "-o", path).exit_code == 0
    table = pq.read_table(io.BytesIO(path.read_bytes()))
    assert table.num_rows == 4
    assert str(table.schema.field("date_start").type) == "date32[day]"


def test_import_of_a_malformed_file_names_the_line_and_stores_nothing(tmp_path: Path) -> None:
    bad, copy = tmp_path / "bad.jsonl", tmp_path / "copy.db"
    bad.write_text('{"doc_id": "a", "type": "ASSAULT"}\nnot json\n', encoding="utf-8")
    result = run("import", bad, "--db", copy)
    assert result.exit_code == 1
    assert "bad.jsonl:2" in result.stderr
    assert not copy.exists()


def test_import_needs_a_format_it_can_tell(tmp_path: Path) -> None:
    odd = tmp_path / "events.txt"
    odd.write_text("", encoding="utf-8")
    result = run("import", odd)
    assert result.exit_code == 2
    assert "--format" in result.stderr
