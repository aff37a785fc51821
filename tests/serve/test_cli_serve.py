"""`eventwire serve` refuses a missing store with one clear line, and its help says how writes are turned on."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from eventwire.cli import main


def test_a_missing_store_is_one_line_naming_it_and_how_to_make_it(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    result = CliRunner().invoke(main, ["serve", "--db", str(missing)])
    assert result.exit_code != 0
    assert str(missing) in result.output
    assert "eventwire code" in result.output
    assert "E400" in result.output
    assert not missing.exists()


def test_help_names_the_write_token_variable() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "EVENTWIRE_WRITE_TOKEN" in result.output
    assert "--port" in result.output
