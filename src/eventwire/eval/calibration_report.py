"""The calibration section of ``docs/evaluation.md`` and the record kept in the model's data file, both written by
``eventwire calibrate`` (never by hand)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from eventwire.eval.calibrate import CalibrationRun, ThresholdRow
from eventwire.eval.figures import rewrite_between

START = "<!-- calibration:start -->"
END = "<!-- calibration:end -->"
#: Thresholds shown in the table besides the best one.
SHOWN = (0.0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5)


def sha256(path: Path) -> str:
    """The sha256 of a file, recorded beside the data set a model was fitted on."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def calibration_markdown(run: CalibrationRun, commit: str, command: str) -> str:
    """The section: how the model was fitted, the out-of-fold reliability (5 bins), the strict-F1 sweep."""
    best = run.best
    lines = [
        f"Fitted at commit `{commit}` by `{command}`: {run.samples} predicted events of the dev articles "
        f"({run.right} right), {run.fit.get('folds')}-fold cross-validation grouped by document (seed "
        f"{run.fit.get('seed')}), L2 penalty {run.penalty:g} (out-of-fold log loss {run.log_loss:.4f}). The "
        "figures are out-of-fold (each event's confidence from the model fitted without its document), and they "
        "chose the penalty; the last two columns of the reliability table are the model as shipped, fitted on every "
        "document and read on those same documents (how closely it fits them, not how well it is calibrated).",
        "",
        "| bin | confidence range | events | mean confidence | fraction right | gap | shipped: mean confidence "
        "| shipped: fraction right |",
        "|--:|---|--:|--:|--:|--:|--:|--:|",
    ]
    fitted = run.fitted_bins or run.bins
    lines += [
        f"| {i} | {b.low:.3f}–{b.high:.3f} | {b.count} | {b.mean_confidence:.3f} | {b.fraction_right:.3f} "
        f"| {b.gap:.3f} | {f.mean_confidence:.3f} | {f.fraction_right:.3f} |"
        for i, (b, f) in enumerate(zip(run.bins, fitted, strict=True), start=1)
    ]
    lines += ["", "By source (the part of the document ids before the first `-`):", ""]
    lines += ["| source | events | right | mean confidence | fraction right |", "|---|--:|--:|--:|--:|"]
    lines += [
        f"| {g.source} | {g.count} | {g.right} | {g.mean_confidence:.3f} | {g.fraction_right:.3f} |" for g in run.groups
    ]
    lines += [
        "",
        f"Dropping the events below a threshold (out-of-fold confidence); the best strict F1 is at {best.threshold:g}.",
        "",
        "| threshold | events kept | strict P | strict R | strict F1 | event P | event R |",
        "|--:|--:|--:|--:|--:|--:|--:|",
    ]
    shown = sorted({t for t in SHOWN} | {best.threshold})
    lines += [_row(r) for r in run.thresholds if r.threshold in shown]
    return "\n".join(lines)


def _row(r: ThresholdRow) -> str:
    cells = [f"{r.threshold:g}", str(r.kept)]
    cells += [_num(v) for v in (r.strict_precision, r.strict_recall, r.strict_f1, r.event_precision, r.event_recall)]
    return "| " + " | ".join(cells) + " |"


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def rewrite_calibration(path: Path, body: str) -> None:
    """Replace what lies between the calibration markers of ``path`` with ``body``."""
    rewrite_between(path, body, (START, END), "the table goes")
