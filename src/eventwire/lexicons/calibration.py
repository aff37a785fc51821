"""The loader of ``data/confidence/calibration.json``: the fitted calibration of event confidence (written by
``eventwire calibrate``; see docs/evaluation.md, "Calibrated confidence")."""

from __future__ import annotations

import json
import math
from typing import Any

from eventwire.confidence.features import FEATURES
from eventwire.confidence.model import Calibration
from eventwire.lexicons.files import fail, loader, read_text

CALIBRATION_FILE = "confidence/calibration.json"


@loader
def load_calibration() -> Calibration:
    """The fitted calibration; a file that is not the model's JSON, or names an unknown feature, fails (E303)."""
    try:
        obj = json.loads(read_text(CALIBRATION_FILE))
    except json.JSONDecodeError as exc:
        raise fail(CALIBRATION_FILE, exc.lineno, f"not JSON: {exc.msg}") from exc
    return parse_calibration(obj)


def parse_calibration(obj: Any) -> Calibration:
    """The calibration of a data file's JSON object, checked: every weight a finite number of a known feature."""
    if not isinstance(obj, dict) or obj.get("model") != "logistic":
        raise fail(CALIBRATION_FILE, None, 'expected an object with "model": "logistic"')
    weights = obj.get("weights")
    if not isinstance(weights, dict):
        raise fail(CALIBRATION_FILE, None, '"weights" must map feature names to numbers')
    unknown = sorted(set(weights) - set(FEATURES))
    if unknown:
        raise fail(CALIBRATION_FILE, None, f"unknown feature(s) {', '.join(unknown)}; refit with `eventwire calibrate`")
    intercept: Any = obj.get("intercept")
    numbers = [intercept, *weights.values()]
    if not all(_finite(v) for v in numbers):
        raise fail(CALIBRATION_FILE, None, "the intercept and every weight must be finite numbers")
    fit = obj.get("fit")
    return Calibration(
        float(intercept), {k: float(v) for k, v in weights.items()}, fit if isinstance(fit, dict) else {}
    )


def _finite(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
