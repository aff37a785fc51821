"""``eventwire calibrate``: fits on saved codings, writes the model and the report section, prints the figures."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli import COMMANDS, main
from eventwire.cli.calibrate import calibrate_
from eventwire.eval.calibration_report import END, START
from eventwire.lexicons.calibration import parse_calibration
from eventwire.model import Actor, Event, Evidence

TEXT = "Police detained three protesters in the capital on Monday, a spokesman said."


def _event(doc_id: str, found: bool, trigger: str = "detained", event_type: str = "COERCE") -> Event:
    police = Actor("Police", name="police", country="KEN", sector="COP", start=0, end=6) if found else None
    evidence = Evidence(sentence=TEXT, start=0, end=len(TEXT), trigger=trigger)
    return Event(doc_id=doc_id, type=event_type, evidence=evidence, source=police, confidence=0.8)


def _files(tmp_path: Path) -> tuple[Path, Path]:
    gold_rows, events = [], []
    for i in range(30):
        doc_id = f"a{i}"
        gold_event = {"type": "COERCE", "source": {"country": "KEN", "sector": "COP"}}
        gold_rows.append({"id": doc_id, "text": TEXT, "exhaustive": True, "events": [gold_event]})
        events.append(_event(doc_id, found=i % 2 == 0))
        if i % 3 == 0:
            events.append(_event(doc_id, found=False, trigger="said", event_type="ACCUSE"))
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in gold_rows), encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(e.to_json()) + "\n" for e in events), encoding="utf-8")
    return gold, pred


def test_calibrate_writes_the_model_and_the_report(tmp_path: Path) -> None:
    gold, pred = _files(tmp_path)
    page = tmp_path / "evaluation.md"
    page.write_text(f"# Evaluation\n{START}\n{END}\n", encoding="utf-8")
    out = tmp_path / "calibration.json"
    args = ["calibrate", "--gold", str(gold), "--pred", str(pred), "--out", str(out), "--report", str(page)]
    result = CliRunner().invoke(main, [*args, "--folds", "3", "--seed", "7"])
    assert result.exit_code == 0, result.output
    model = parse_calibration(json.loads(out.read_text(encoding="utf-8")))
    assert (model.fit["folds"], model.fit["seed"], model.fit["samples"], model.fit["right"]) == (3, 7, 40, 15)
    assert model.fit["command"] == "eventwire calibrate --folds 3 --seed 7 --report docs/evaluation.md"
    assert model.weights["source_sector"] > 0
    assert "| 5 |" in page.read_text(encoding="utf-8")
    assert "every out-of-fold bin within 0.05" in result.output
    assert "best out-of-fold strict F1" in result.output


def test_no_write_leaves_the_model_alone_and_json_gives_the_figures(tmp_path: Path) -> None:
    gold, pred = _files(tmp_path)
    out = tmp_path / "calibration.json"
    args = ["calibrate", "--gold", str(gold), "--pred", str(pred), "--out", str(out), "--no-write", "--json"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert not out.exists()
    figures = json.loads(result.output)
    assert len(figures["out_of_fold"]["bins"]) == 5
    assert sum(b["count"] for b in figures["out_of_fold"]["bins"]) == 40


def test_a_gold_file_with_no_right_event_is_refused(tmp_path: Path) -> None:
    gold, _ = _files(tmp_path)
    pred = tmp_path / "none.jsonl"
    pred.write_text(json.dumps(_event("a0", found=False, trigger="said", event_type="ACCUSE").to_json()) + "\n")
    result = CliRunner().invoke(main, ["calibrate", "--gold", str(gold), "--pred", str(pred), "--no-write"])
    assert result.exit_code == 1
    assert "both right and wrong" in result.output


def test_the_command_is_registered_with_its_help_summary() -> None:
    module, attribute, summary = COMMANDS["calibrate"]
    assert (module, attribute) == ("eventwire.cli.calibrate", "calibrate_")
    assert (calibrate_.help or "").startswith(summary)
