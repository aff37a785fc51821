"""The store commands are wired to the CLI by name: ``events``, ``export``, ``import``, ``serve``, ``bench --store``."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.cli.events import events
from eventwire.cli.export import export
from eventwire.cli.importing import BY_SUFFIX, import_
from eventwire.cli.serve import TOKEN_ENV, serve
from eventwire.cli.store_bench import store_bench


@pytest.mark.parametrize(
    ("name", "command"), [("events", events), ("export", export), ("import", import_), ("serve", serve)]
)
def test_the_cli_runs_each_store_command_under_its_name(name: str, command: click.Command) -> None:
    assert main.get_command(click.Context(main), name) is command


def test_import_knows_a_format_by_the_file_suffix() -> None:
    assert BY_SUFFIX[".jsonl"] == "jsonl"
    assert BY_SUFFIX[".parquet"] == "parquet"


def test_serve_takes_its_write_token_from_the_environment() -> None:
    assert TOKEN_ENV == "EVENTWIRE_WRITE_TOKEN"
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--port" in result.output


def test_the_store_benchmark_prints_its_figures_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store_bench(events=2_000, new=100, db=tmp_path / "bench.db", as_json=True)
    figures = json.loads(capsys.readouterr().out)
    assert figures["mentions"] >= 2_000
    assert figures["timings"]
