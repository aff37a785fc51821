"""``eventwire bench`` refuses a corpus it cannot time, before loading the model."""

from __future__ import annotations

from pathlib import Path

import click
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.cli.bench import bench


def test_a_corpus_of_no_readable_document_is_refused(tmp_path: Path) -> None:
    corpus = tmp_path / "empty.jsonl"
    corpus.write_text('{"id": "a", "text": "   "}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["bench", str(corpus)])
    assert result.exit_code == 1
    assert "holds no readable documents" in result.output


def test_a_bad_corpus_line_is_named(tmp_path: Path) -> None:
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text('{"text": "no id"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["bench", str(corpus)])
    assert result.exit_code == 1
    assert "bad.jsonl:1" in result.output


def test_the_cli_runs_this_command_as_bench() -> None:
    assert main.get_command(click.Context(main), "bench") is bench
