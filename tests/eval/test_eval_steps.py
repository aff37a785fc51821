"""``eventwire eval --disable STEP`` and ``--ablate``: steps switched off by name, unknown names refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.pipeline import step_registries

from .builders import team_gold_rows, write_jsonl


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "gold.jsonl", team_gold_rows())


def test_an_unknown_step_is_refused_with_the_known_ones(gold: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(gold), "--disable", "veto.nonsense"])
    assert result.exit_code == 2
    assert "unknown step(s) veto.nonsense; known steps:" in result.output
    assert "veto.background" in result.output


def test_disable_does_not_go_with_prediction_files(gold: Path, tmp_path: Path) -> None:
    pred = write_jsonl(tmp_path / "pred.jsonl", [])
    result = CliRunner().invoke(main, ["eval", str(gold), "--pred", str(pred), "--disable", "veto.background"])
    assert result.exit_code == 2
    assert "do not go with --pred" in result.output


@pytest.mark.slow
def test_a_disabled_step_is_scored_without_it(gold: Path) -> None:
    on = CliRunner().invoke(main, ["eval", str(gold), "--json"])
    off = CliRunner().invoke(main, ["eval", str(gold), "--json", "--disable", "parties.dependency"])
    assert (on.exit_code, off.exit_code) == (0, 0), off.output
    right = [sum(f["correct"] for f in json.loads(r.stdout)["fields"].values()) for r in (on, off)]
    assert right[1] < right[0], "without the party finder, fewer fields are right"


@pytest.mark.slow
def test_ablation_gives_one_row_per_step_after_the_baseline(gold: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(gold), "--ablate", "--json", "--disable", "dedup.backup_triggers"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows[0]["step"] is None
    names = [name for registry in step_registries() for name in registry.steps if name != "dedup.backup_triggers"]
    assert [r["step"] for r in rows[1:]] == names
    assert all(r["report"]["docs"] == rows[0]["report"]["docs"] for r in rows)
