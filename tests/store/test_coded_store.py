"""The bundled examples coded by the real coder: the store round-trips through JSONL byte for byte,
coding twice changes nothing, and the table fits 80 columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from eventwire.cli import main
from eventwire.store import Store

pytestmark = pytest.mark.slow  # runs the spaCy model

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TABLES = ("documents", "events", "event_actors", "places", "clusters")


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def coded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    db = tmp_path_factory.mktemp("coded") / "examples.db"
    return db, run("code", EXAMPLES, "--db", db, "--format", "table")


def _dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with Store(db) as store:
        return {t: store.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def test_the_table_of_coded_examples_fits_80_columns(coded: tuple[Path, Result]) -> None:
    _, result = coded
    assert result.exit_code == 0, result.stderr
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_coding_the_examples_again_changes_no_row(coded: tuple[Path, Result]) -> None:
    db, _ = coded
    before = _dump(db)
    assert run("code", EXAMPLES, "--db", db).exit_code == 0
    assert _dump(db) == before


def test_jsonl_export_import_export_of_coded_events_is_byte_identical(
    coded: tuple[Path, Result], tmp_path: Path
) -> None:
    db, _ = coded
    first, second, copy = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "copy.db"
    assert run("export", "--db", db, "-o", first).exit_code == 0
    assert run("import", first, "--db", copy).exit_code == 0
    assert run("export", "--db", copy, "-o", second).exit_code == 0
    assert first.stat().st_size > 10_000
    assert second.read_bytes() == first.read_bytes()
