"""``eventwire gate``: the evaluation quality gate (scores on fixed dev sets against pinned floors)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from eventwire.errors import EvalError
from eventwire.eval import GoldDocument, Predictions, code_gold, read_predictions
from eventwire.eval.figures import commit_id, figures_markdown, rewrite_section
from eventwire.eval.gate import GATE_SETS, LOWER_HINT, Check, Floors, GateSet, SetRun, check, run_set, update_pins
from eventwire.eval.paths import default_floors, find_shared, repo_root
from eventwire.pipeline import Coder

SET_NAMES = [s.name for s in GATE_SETS]


class Predict:
    """Predictions for a gate set: from a file given with --pred, else coded (the model loads on first use)."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files
        self.coder: Coder | None = None

    def __call__(self, gate_set: GateSet, docs: list[GoldDocument]) -> Predictions:
        if gate_set.name in self.files:
            return read_predictions(self.files[gate_set.name])
        if self.coder is None:
            self.coder = Coder()
        return code_gold(docs, self.coder)


def _pred_files(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, Path]:
    files: dict[str, Path] = {}
    for value in values:
        name, sep, path = value.partition("=")
        if not sep or name not in SET_NAMES:
            raise click.BadParameter(f"{value!r}: give SET=FILE with SET one of {', '.join(SET_NAMES)}")
        files[name] = Path(path)
    return files


@click.command()
@click.option("--set", "set_names", multiple=True, type=click.Choice(SET_NAMES), help="Run only this set (repeatable).")
@click.option(
    "--pred",
    "pred_files",
    multiple=True,
    metavar="SET=FILE",
    callback=_pred_files,
    help="Score this event JSONL for SET instead of coding its documents (repeatable).",
)
@click.option(
    "--shared", type=click.Path(file_okay=False, path_type=Path), help="The shared folder (default: ../shared)."
)
@click.option(
    "--floors", "floors_path", type=click.Path(dir_okay=False, path_type=Path), help="Default: eval/floors.json."
)
@click.option("--update", is_flag=True, help="Raise floors (and lower ceilings) to the current figures; never lowers.")
@click.option(
    "--allow-lower", is_flag=True, help="With --update: pin the current figures even where lower; re-pin changed data."
)
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Rewrite the figures section of this Markdown file (docs/evaluation.md).",
)
@click.option("--json", "as_json", is_flag=True, help="Print every figure and check as JSON.")
def gate(
    set_names: tuple[str, ...],
    pred_files: dict[str, Path],
    shared: Path | None,
    floors_path: Path | None,
    update: bool,
    allow_lower: bool,
    report: Path | None,
    as_json: bool,
) -> None:
    """Score the dev sets and fail when a figure drops below its pinned floor.

    The sets (PLOVER GSR, samples of ACLED Kenya (coded from the text alone, and again with the
    documents' home country given) and event_location, Reuters 'earn' articles, and the exhaustively
    annotated whole articles) are read from the shared folder. Floors live in
    eval/floors.json beside the sha256 of each set's file; a changed file fails until re-pinned. Whole
    articles are also gated on precision and the strict figures (every field of an event right). Exits 1
    when any check fails.
    """
    if allow_lower and not update:
        raise click.UsageError("--allow-lower only makes sense with --update")
    shared = shared or find_shared()
    if shared is None:
        raise click.ClickException("no shared folder found beside the checkout; give it with --shared DIR")
    floors_path = floors_path or default_floors()
    try:
        floors = Floors.load(floors_path)
        runs = _run(set_names, shared, Predict(pred_files))
        if update:
            for change in update_pins(floors, runs, allow_lower) or ["nothing to change"]:
                click.echo(f"eventwire gate: {change}", err=True)
            floors.save(floors_path)
        checks = check(floors, runs)
        if report is not None:
            rewrite_section(report, figures_markdown(runs, checks, commit_id(repo_root())))
    except EvalError as exc:
        raise click.ClickException(str(exc)) from exc
    _print(runs, checks, as_json)
    failures = [c for c in checks if not c.ok]
    for failure in failures:
        click.echo(f"eventwire gate: FAIL {failure.message}", err=True)
    if failures:
        click.echo(f"eventwire gate: {LOWER_HINT}", err=True)
        sys.exit(1)


def _run(set_names: tuple[str, ...], shared: Path, predict: Predict) -> list[SetRun]:
    runs = []
    for gate_set in GATE_SETS:
        if set_names and gate_set.name not in set_names:
            continue
        run = run_set(gate_set, shared, predict)
        click.echo(f"eventwire gate: {gate_set.name}: {len(run.docs)} documents in {run.seconds:.1f} s", err=True)
        runs.append(run)
    return runs


def _print(runs: list[SetRun], checks: list[Check], as_json: bool) -> None:
    if as_json:
        obj = {
            "passed": all(c.ok for c in checks),
            "sets": {
                r.set.name: {"seconds": round(r.seconds, 2), "report": r.report.to_json(documents=False)} for r in runs
            },
            "checks": [
                {"set": c.set, "metric": c.metric, "kind": c.kind, "ok": c.ok, "value": c.value, "bound": c.bound}
                for c in checks
            ],
        }
        click.echo(json.dumps(obj, indent=2))
        return
    table = Table(title="quality gate", title_justify="left")
    for column in ("set", "figure", "now", "bound", ""):
        table.add_column(column, justify="right" if column in ("now", "bound") else "left")
    for c in checks:
        if c.kind in ("floor", "ceiling"):
            table.add_row(c.set, c.metric, f"{c.value:.4f}", f"{c.kind} {c.bound:.4f}", "ok" if c.ok else "FAIL")
    Console().print(table)
    verdict = "passed" if all(c.ok for c in checks) else "FAILED"
    click.echo(f"gate {verdict}: {sum(c.ok for c in checks)} of {len(checks)} checks hold")
