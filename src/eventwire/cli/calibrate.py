"""``eventwire calibrate``: fit the calibrated confidence on the dev articles and write its data file."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from eventwire.errors import EvalError
from eventwire.eval import GoldDocument, Predictions, read_gold, read_predictions, write_predictions
from eventwire.eval.calibrate import TOLERANCE, CalibrationRun, calibrate
from eventwire.eval.calibration_report import calibration_markdown, rewrite_calibration, sha256
from eventwire.eval.figures import commit_id
from eventwire.eval.paths import find_shared, repo_root
from eventwire.lexicons.calibration import CALIBRATION_FILE
from eventwire.settings import SETTINGS

ARTICLES = Path("dev/articles.gold.jsonl")


@click.command()
@click.option(
    "--gold",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="An exhaustively annotated gold file (default: dev/articles.gold.jsonl of the shared folder).",
)
@click.option(
    "--shared", type=click.Path(file_okay=False, path_type=Path), help="The shared folder (default: ../shared)."
)
@click.option("--folds", type=click.IntRange(min=2), default=5, show_default=True, help="Folds (grouped by document).")
@click.option("--seed", type=int, default=1, show_default=True, help="Seed that deals the documents into folds.")
@click.option(
    "--pred",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Fit on these events (written by --write-pred: calibration off, nothing dropped) instead of coding.",
)
@click.option("--write-pred", type=click.Path(dir_okay=False, path_type=Path), help="Also save the coded events here.")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"Where the fitted model goes (default: the package's data/{CALIBRATION_FILE}).",
)
@click.option("--no-write", is_flag=True, help="Fit and print the figures, but write no model.")
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Rewrite the calibration section of this Markdown file (docs/evaluation.md).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the out-of-fold figures as JSON.")
def calibrate_(
    gold: Path | None,
    shared: Path | None,
    folds: int,
    seed: int,
    pred: Path | None,
    write_pred: Path | None,
    out: Path | None,
    no_write: bool,
    report: Path | None,
    as_json: bool,
) -> None:
    """Fit the calibrated confidence (the probability that an event is right) on the dev articles.

    The gold documents are coded with calibration off and every event the rules keep, each event is labelled
    right when it matches a required gold event with every scored field right (spec section 4.4), and a
    logistic regression over the rules' features is fitted with cross-validation grouped by document. Prints the
    out-of-fold reliability (5 bins) and the threshold with the best out-of-fold strict F1; writes the model
    (with how it was fitted) and, with --report, the table of docs/evaluation.md. Deterministic for a given
    coder, gold file, --folds and --seed.
    """
    gold = gold or _default_gold(shared)
    try:
        docs = read_gold(gold)
        predictions = read_predictions(pred) if pred is not None else _code(docs)
        if write_pred is not None:
            write_predictions(write_pred, predictions)
        command = _command(folds, seed)
        record = {
            "command": command,
            "gold": _name(gold),
            "gold_sha256": sha256(gold),
            "commit": commit_id(repo_root()),
            "min_rule_score": SETTINGS["min_rule_score"].default,
        }
        run = calibrate(docs, predictions, folds, seed, record)
        if not no_write:
            _write_model(out or _package_file(), run)
        if report is not None:
            rewrite_calibration(report, calibration_markdown(run, str(record["commit"]), command))
    except EvalError as exc:
        raise click.ClickException(str(exc)) from exc
    _print(run, as_json)


def _default_gold(shared: Path | None) -> Path:
    shared = shared or find_shared()
    if shared is None or not (shared / ARTICLES).is_file():
        raise click.ClickException(f"no {ARTICLES} found; give the shared folder with --shared or a file with --gold")
    return shared / ARTICLES


def _code(docs: list[GoldDocument]) -> Predictions:
    """The gold documents coded as the calibration sees them: calibration off, nothing dropped after the rules."""
    from eventwire.eval import code_gold
    from eventwire.pipeline import Coder

    return code_gold(docs, Coder(min_confidence=0.0, calibrated=False))


def _command(folds: int, seed: int) -> str:
    return f"eventwire calibrate --folds {folds} --seed {seed} --report docs/evaluation.md"


def _name(gold: Path) -> str:
    """The gold file as the record names it: relative to the shared folder when it lies there."""
    parts = gold.resolve().parts
    return "/".join(parts[parts.index("shared") + 1 :]) if "shared" in parts else gold.name


def _package_file() -> Path:
    return Path(str(resources.files("eventwire.data").joinpath(CALIBRATION_FILE)))


def _write_model(path: Path, run: CalibrationRun) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(run.calibration.to_json(), indent=2) + "\n", encoding="utf-8")
    click.echo(f"eventwire calibrate: wrote {path}", err=True)


def _print(run: CalibrationRun, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(dict(run.fit), indent=2))
        return
    table = Table(title=f"out-of-fold reliability ({run.samples} events, {run.right} right)")
    for name in ("bin", "range", "events", "mean confidence", "fraction right", "gap"):
        table.add_column(name, justify="right")
    for i, b in enumerate(run.bins, start=1):
        row = (f"{b.low:.3f}-{b.high:.3f}", str(b.count), f"{b.mean_confidence:.3f}", f"{b.fraction_right:.3f}")
        table.add_row(str(i), *row, f"{b.gap:.3f}")
    Console().print(table)
    best = run.best
    within = all(b.gap <= TOLERANCE for b in run.bins)
    shipped = all(b.gap <= TOLERANCE for b in run.fitted_bins)
    click.echo(
        f"every out-of-fold bin within {TOLERANCE}: {'yes' if within else 'NO'}"
        f" (the shipped model on the documents it was fitted on: {'yes' if shipped else 'NO'})"
    )
    click.echo(
        f"best out-of-fold strict F1 {best.strict_f1 or 0:.4f} at threshold {best.threshold:g}"
        f" (event recall {best.event_recall or 0:.3f}; with no threshold "
        f"{run.thresholds[0].strict_f1 or 0:.4f}, event recall {run.thresholds[0].event_recall or 0:.3f})"
    )
