"""The quality gate: it holds on the dev sets, and it fails when predictions get worse or the data change."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from eventwire.cli import main
from eventwire.eval import GoldDocument, Predictions, code_gold, gold_as_predictions, read_gold, write_predictions
from eventwire.eval.figures import END, START
from eventwire.eval.gate import GATE_SETS, LOWER_HINT, Floors, GateSet, check, run_set
from eventwire.eval.paths import default_floors
from eventwire.model import Actor
from tests.paths import SharedFile

from .builders import team_gold_rows, write_jsonl

pytestmark = pytest.mark.gate


@pytest.mark.slow
def test_gate_holds_on_the_dev_sets(shared_file: SharedFile) -> None:
    for gate_set in GATE_SETS:
        shared_file(str(gate_set.path))
    shared = shared_file()
    from eventwire.pipeline import Coder

    coder = Coder()

    def predict(gate_set: GateSet, docs: list[GoldDocument]) -> Predictions:
        return code_gold(docs, coder)

    runs = [run_set(s, shared, predict) for s in GATE_SETS]
    failures = [c.message for c in check(Floors.load(default_floors()), runs) if not c.ok]
    assert not failures, "quality gate failed:\n" + "\n".join([*failures, LOWER_HINT])


# The rest runs the gate CLI on a small team-written gold file standing in for plover_gsr, with
# prediction files instead of the model.


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    write_jsonl(tmp_path / "shared" / "dev" / "plover_gsr.gold.jsonl", team_gold_rows())
    earn = [
        {"id": f"r{i}", "text": f"Company {i} quarterly net profit rose.", "topics": topics}
        for i, topics in enumerate([["earn"], ["earn"], ["earn", "acq"], ["crude"]])
    ]
    write_jsonl(tmp_path / "shared" / "corpus" / "reuters21578" / "reuters21578.jsonl", earn)
    return tmp_path / "shared"


def _predictions(shared: Path, tmp_path: Path, name: str, worse: bool = False) -> Path:
    docs = read_gold(shared / "dev" / "plover_gsr.gold.jsonl")
    predictions = gold_as_predictions(docs)
    if worse:  # drop one event, and give every party the wrong country
        predictions.pop("g4")
        wrong = Actor(text="x", country="ZZZ")
        predictions = {k: [replace(e, source=wrong, target=wrong) for e in v] for k, v in predictions.items()}
    return _write(tmp_path / name, predictions)


def _write(path: Path, predictions: Predictions) -> Path:
    write_predictions(path, predictions)
    return path


def _gate(shared: Path, floors: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["gate", "--shared", str(shared), "--floors", str(floors), *args])


def test_gate_fails_on_a_perturbed_prediction_file(shared: Path, tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    good = _predictions(shared, tmp_path, "good.jsonl")
    pinned = _gate(shared, floors, "--set", "plover_gsr", "--pred", f"plover_gsr={good}", "--update")
    assert pinned.exit_code == 0, pinned.output
    assert json.loads(floors.read_text())["sets"]["plover_gsr"]["floors"]["events.recall"] == 1.0

    worse = _predictions(shared, tmp_path, "worse.jsonl", worse=True)
    result = _gate(shared, floors, "--set", "plover_gsr", "--pred", f"plover_gsr={worse}")
    assert result.exit_code == 1
    assert "plover_gsr: events.recall 0.7500 is below its floor 1.0000" in result.output
    assert "fields.source_country.accuracy 0.0000 is below its floor 1.0000" in result.output
    assert "gate FAILED" in result.output
    assert "--update --allow-lower" in result.output


def test_update_never_lowers_a_floor_without_allow_lower(shared: Path, tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    good = _predictions(shared, tmp_path, "good.jsonl")
    worse = _predictions(shared, tmp_path, "worse.jsonl", worse=True)
    _gate(shared, floors, "--set", "plover_gsr", "--pred", f"plover_gsr={good}", "--update")
    raised = _gate(shared, floors, "--set", "plover_gsr", "--pred", f"plover_gsr={worse}", "--update")
    assert raised.exit_code == 1
    assert json.loads(floors.read_text())["sets"]["plover_gsr"]["floors"]["events.recall"] == 1.0
    lowered = _gate(shared, floors, "--set", "plover_gsr", "--pred", f"plover_gsr={worse}", "--update", "--allow-lower")
    assert lowered.exit_code == 0, lowered.output
    assert json.loads(floors.read_text())["sets"]["plover_gsr"]["floors"]["events.recall"] == 0.75


def test_changed_gold_file_fails_with_a_clear_message(shared: Path, tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    good = _predictions(shared, tmp_path, "good.jsonl")
    _gate(shared, floors, "--set", "plover_gsr", "--pred", f"plover_gsr={good}", "--update")
    write_jsonl(shared / "dev" / "plover_gsr.gold.jsonl", team_gold_rows()[:3])
    result = _gate(shared, floors, "--set", "plover_gsr", "--pred", f"plover_gsr={good}")
    assert result.exit_code == 1
    assert "dev/plover_gsr.gold.jsonl changed (sha256" in result.output
    assert "--update --allow-lower" in result.output
    refused = _gate(shared, floors, "--set", "plover_gsr", "--pred", f"plover_gsr={good}", "--update")
    assert refused.exit_code == 1
    assert "not re-pinned without --allow-lower" in refused.output


def test_set_without_floors_fails(shared: Path, tmp_path: Path) -> None:
    good = _predictions(shared, tmp_path, "good.jsonl")
    result = _gate(shared, tmp_path / "none.json", "--set", "plover_gsr", "--pred", f"plover_gsr={good}")
    assert result.exit_code == 1
    assert "no floors pinned" in result.output


def test_events_on_earnings_articles_are_held_under_a_ceiling(shared: Path, tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    none = _write(tmp_path / "none.jsonl", {})
    pinned = _gate(shared, floors, "--set", "reuters_earn", "--pred", f"reuters_earn={none}", "--update")
    assert pinned.exit_code == 0, pinned.output
    earn = [d for s in GATE_SETS if s.name == "reuters_earn" for d in s.load(shared)]
    assert [d.id for d in earn] == ["r0", "r1"], "only articles whose topics are exactly ['earn']"
    one_each = {d.id: gold_as_predictions([_with_one_event(d)])[d.id] for d in earn}
    result = _gate(
        shared, floors, "--set", "reuters_earn", "--pred", f"reuters_earn={_write(tmp_path / 'p.jsonl', one_each)}"
    )
    assert result.exit_code == 1
    assert "reuters_earn: events_per_doc 1.0000 is above its ceiling 0.0000" in result.output


def _with_one_event(doc: GoldDocument) -> GoldDocument:
    return GoldDocument.from_json({"id": doc.id, "text": doc.document.text, "events": [{"type": "AGREE"}]})


def test_report_rewrites_only_the_figures_section(shared: Path, tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    good = _predictions(shared, tmp_path, "good.jsonl")
    page = tmp_path / "evaluation.md"
    page.write_text(f"# Evaluation\n\nintro\n\n{START}\nold figures\n{END}\n\nafter\n", encoding="utf-8")
    args = ("--set", "plover_gsr", "--pred", f"plover_gsr={good}", "--update", "--report", str(page))
    result = _gate(shared, floors, *args)
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert text.startswith("# Evaluation\n\nintro\n\n")
    assert text.endswith(f"{END}\n\nafter\n")
    assert "old figures" not in text
    assert "| plover_gsr | 4 | 4 | 1.000 | 1.000 | 1.000 |" in text
    assert "at commit `" in text
    assert "| plover_gsr | `events.recall` | 1.0000 | floor 1.0000 |" in text


def test_gate_json_output(shared: Path, tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    good = _predictions(shared, tmp_path, "good.jsonl")
    result = _gate(shared, floors, "--set", "plover_gsr", "--pred", f"plover_gsr={good}", "--update", "--json")
    obj = json.loads(result.stdout)
    assert obj["passed"] is True
    assert obj["sets"]["plover_gsr"]["report"]["events"]["recall"] == 1.0
    assert {c["metric"] for c in obj["checks"]} >= {"events.recall", "fields.location.accuracy", "fields.date.accuracy"}
