"""``eventwire gate`` options: the sets it names and prediction files read instead of coding."""

from __future__ import annotations

from pathlib import Path

import click
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.cli.gate import SET_NAMES, Predict, gate
from eventwire.eval import write_predictions
from eventwire.eval.gate import GATE_SETS
from tests.eval.builders import pred


def test_the_help_names_every_gate_set() -> None:
    result = CliRunner().invoke(main, ["gate", "--help"])
    assert result.exit_code == 0
    for name in SET_NAMES:
        assert name in result.output


def test_a_prediction_file_given_for_a_set_is_read_not_coded(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    write_predictions(path, {"d1": [pred()]})
    predict = Predict({GATE_SETS[0].name: path})
    found = predict(GATE_SETS[0], [])
    assert [e.type for e in found["d1"]] == ["COERCE"]
    assert predict.coder is None


def test_a_prediction_file_for_an_unknown_set_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["gate", "--pred", f"nosuchset={tmp_path / 'p.jsonl'}"])
    assert result.exit_code == 2
    assert "give SET=FILE" in result.output


def test_the_cli_runs_this_command_as_gate() -> None:
    assert main.get_command(click.Context(main), "gate") is gate
