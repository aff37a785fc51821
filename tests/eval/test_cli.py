"""``eventwire eval``: JSON and table output, prediction files, errors on one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.eval import gold_as_predictions, read_gold, read_predictions, write_predictions

from .builders import team_gold_rows, write_jsonl


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "gold.jsonl", team_gold_rows())


@pytest.fixture
def perfect(gold: Path, tmp_path: Path) -> Path:
    path = tmp_path / "pred.jsonl"
    write_predictions(path, gold_as_predictions(read_gold(gold)))
    return path


def test_json_output_has_the_documented_keys(gold: Path, perfect: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(gold), "--pred", str(perfect), "--json"])
    assert result.exit_code == 0, result.output
    obj = json.loads(result.output)
    assert obj["events"]["precision"] == obj["events"]["recall"] == obj["events"]["f1"] == 1.0
    assert (obj["events"]["tp"], obj["events"]["fp"], obj["events"]["fn"]) == (4, 0, 0)
    assert obj["fields"]["location"] == {"accuracy": 1.0, "n": 3, "correct": 3}
    assert obj["per_type"]["AGREE"]["n"] == 1
    assert obj["docs"] == 4
    assert obj["events_per_doc"] == 1.25


def test_table_output_is_readable(gold: Path, perfect: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(gold), "--pred", str(perfect)])
    assert result.exit_code == 0, result.output
    for words in ("gold.jsonl: 4 documents (1 skipped)", "source_country", "per event type", "CONSULT"):
        assert words in result.output


def test_sample_scores_fewer_documents(gold: Path, perfect: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(gold), "--pred", str(perfect), "--json", "--sample", "2"])
    assert json.loads(result.output)["docs"] <= 2


def test_bad_prediction_line_is_one_error_line(gold: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "g1", "type": "FIGHT"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold), "--pred", str(bad)])
    assert result.exit_code == 1
    assert "bad.jsonl:1 is not a valid event" in result.output
    assert "Traceback" not in result.output


def test_prediction_file_round_trips(gold: Path, perfect: Path) -> None:
    assert read_predictions(perfect) == gold_as_predictions(read_gold(gold))


@pytest.mark.slow
def test_eval_codes_the_gold_and_writes_the_predictions(gold: Path, tmp_path: Path) -> None:
    written = tmp_path / "coded.jsonl"
    result = CliRunner().invoke(main, ["eval", str(gold), "--json", "--write-pred", str(written)])
    assert result.exit_code == 0, result.output
    obj = json.loads(result.output)
    assert obj["docs"] == 4
    assert obj["events"]["tp"] + obj["events"]["fn"] == 4
    again = CliRunner().invoke(main, ["eval", str(gold), "--json", "--pred", str(written)])
    assert json.loads(again.output) == obj, "scoring the written predictions gives the same figures"
