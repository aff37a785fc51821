"""Fitting the calibrated confidence: a logistic regression from what the rules found about an event to the
probability that the event is right as a whole (spec section 4.4), with out-of-fold figures.

``eventwire calibrate`` codes the exhaustively annotated dev articles with calibration off and every event kept,
labels each prediction (right: matched to a required gold event with every field that event scores right; wrong:
unmatched, or matched with a wrong field; a prediction matched to an optional gold event is not scored), fits the
model with k-fold cross-validation grouped by document (folds drawn with a fixed seed), and reports the
out-of-fold reliability and the confidence threshold that maximises out-of-fold strict F1.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import numpy.typing as npt

from eventwire.confidence.features import FEATURES, document_features
from eventwire.confidence.model import DECIMALS, Calibration
from eventwire.errors import EvalError
from eventwire.eval.gold import GoldDocument
from eventwire.eval.predictions import Predictions
from eventwire.eval.score import match, score
from eventwire.model import Event

Matrix = npt.NDArray[np.float64]

#: The L2 penalties tried: the one with the lowest out-of-fold log loss among those whose out-of-fold bins all lie
#: within ``TOLERANCE`` is kept; with none, the lowest log loss. Only held-out figures choose: the bins of the model
#: fitted on every document, read on those same documents, are recorded but measure its fit, not its calibration.
PENALTIES: tuple[float, ...] = (0.3, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0, 30.0)
#: Thresholds tried for the strict-F1 sweep: 0 to 0.5 by 0.01.
THRESHOLDS: tuple[float, ...] = tuple(round(i / 100, 2) for i in range(51))
NEWTON_STEPS = 50
#: Every bin's mean confidence should lie this close to its fraction right (issue 18).
TOLERANCE = 0.05


@dataclass(frozen=True, slots=True)
class Sample:
    """One prediction: its document, its features and whether it is right (None: not scored)."""

    doc_id: str
    index: int
    features: Mapping[str, float]
    right: bool | None

    @property
    def scored(self) -> bool:
        return self.right is not None


@dataclass(frozen=True, slots=True)
class Bin:
    """One bin of the reliability table."""

    count: int
    mean_confidence: float
    fraction_right: float
    low: float
    high: float

    @property
    def gap(self) -> float:
        return abs(self.mean_confidence - self.fraction_right)


@dataclass(frozen=True, slots=True)
class Group:
    """The out-of-fold figures of the documents of one source (the part of their ids before the first "-")."""

    source: str
    count: int
    right: int
    mean_confidence: float
    fraction_right: float


@dataclass(frozen=True, slots=True)
class ThresholdRow:
    """The figures when events below ``threshold`` (out-of-fold confidence) are dropped."""

    threshold: float
    kept: int
    strict_precision: float | None
    strict_recall: float | None
    strict_f1: float | None
    event_precision: float | None
    event_recall: float | None


@dataclass(frozen=True, slots=True)
class CalibrationRun:
    """A fit: the final model (on every document), the penalty chosen, and the out-of-fold figures."""

    calibration: Calibration
    penalty: float
    samples: int
    right: int
    log_loss: float
    bins: tuple[Bin, ...]
    thresholds: tuple[ThresholdRow, ...]
    fit: Mapping[str, Any] = field(default_factory=dict)
    groups: tuple[Group, ...] = ()
    fitted_bins: tuple[Bin, ...] = ()

    @property
    def best(self) -> ThresholdRow:
        """The lowest threshold with the highest out-of-fold strict F1."""
        return max(self.thresholds, key=lambda r: (r.strict_f1 or 0.0, -r.threshold))


def labelled(docs: Sequence[GoldDocument], predictions: Mapping[str, Sequence[Event]]) -> list[Sample]:
    """Every prediction of ``docs`` with its features and label (spec 4.4). One matched to an optional gold event,
    or unmatched in a document that is not exhaustive (not known to be wrong), is not scored (label None)."""
    samples: list[Sample] = []
    for doc in docs:
        if doc.skip:
            continue
        preds = predictions.get(doc.id, [])
        rows = document_features(preds, len(doc.document.text))
        verdict: dict[int, bool | None] = {}
        for pair in match(doc.events, preds):
            verdict[pair.pred_index] = None if pair.gold.optional else all(pair.fields.values())
        for j, row in enumerate(rows):
            samples.append(Sample(doc.id, j, row, verdict.get(j, False if doc.exhaustive else None)))
    return samples


def design(samples: Sequence[Sample]) -> tuple[Matrix, Matrix]:
    """The feature matrix (one column per name of ``FEATURES``) and the 0/1 labels (0 for an unscored one)."""
    column = {name: i for i, name in enumerate(FEATURES)}
    x = np.zeros((len(samples), len(FEATURES)))
    for i, sample in enumerate(samples):
        for name, value in sample.features.items():
            x[i, column[name]] = value
    y = np.array([float(bool(s.right)) for s in samples])
    return x, y


def fit_logistic(x: Matrix, y: Matrix, penalty: float) -> tuple[float, Matrix]:
    """Intercept and weights of an L2-penalised logistic regression (the intercept unpenalised), by Newton's
    method; deterministic."""
    n, d = x.shape
    xb = np.hstack([np.ones((n, 1)), x])
    beta = np.zeros(d + 1)
    beta[0] = _logit(float(np.clip(y.mean(), 1e-3, 1 - 1e-3))) if n else 0.0
    ridge = np.full(d + 1, penalty)
    ridge[0] = 0.0
    for _ in range(NEWTON_STEPS):
        p = _sigmoid(xb @ beta)
        gradient = xb.T @ (p - y) + ridge * beta
        hessian = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(ridge) + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return float(beta[0]), beta[1:]


def folds(doc_ids: Sequence[str], k: int, seed: int) -> dict[str, int]:
    """Each document's fold: the sorted ids shuffled with ``seed`` and dealt round the ``k`` folds."""
    unique = sorted(set(doc_ids))
    order = np.random.default_rng(seed).permutation(len(unique))
    return {unique[int(j)]: i % k for i, j in enumerate(order)}


def out_of_fold(samples: Sequence[Sample], k: int, seed: int, penalty: float) -> Matrix:
    """Each sample's probability from the model fitted on the scored samples of the other folds (grouped by
    document)."""
    x, y = design(samples)
    scored = np.array([s.scored for s in samples], dtype=bool)
    fold_of = folds([s.doc_id for s in samples], k, seed)
    fold = np.array([fold_of[s.doc_id] for s in samples])
    probs = np.zeros(len(samples))
    for f in range(k):
        test = fold == f
        if not test.any():
            continue
        train = ~test & scored
        intercept, weights = fit_logistic(x[train], y[train], penalty)
        probs[test] = np.round(_sigmoid(intercept + x[test] @ weights), DECIMALS)
    return probs


def log_loss(probs: Matrix, y: Matrix) -> float:
    """The mean negative log-likelihood of the labels."""
    p = np.clip(probs, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def reliability(probs: Matrix, y: Matrix, bins: int = 5) -> tuple[Bin, ...]:
    """Equal-count bins of the events sorted by confidence: count, mean confidence, fraction right."""
    order = np.argsort(probs, kind="stable")
    out = []
    for part in np.array_split(order, bins):
        if len(part) == 0:
            continue
        p = probs[part]
        out.append(Bin(len(part), float(p.mean()), float(y[part].mean()), float(p.min()), float(p.max())))
    return tuple(out)


def by_source(samples: Sequence[Sample], probs: Matrix) -> tuple[Group, ...]:
    """Mean confidence and fraction right of the scored events of each source (document id before the first "-")."""
    out = []
    for source in sorted({s.doc_id.split("-")[0] for s in samples}):
        chosen = [
            (p, bool(s.right))
            for s, p in zip(samples, probs.tolist(), strict=True)
            if s.scored and s.doc_id.split("-")[0] == source
        ]
        if chosen:
            right = sum(r for _, r in chosen)
            mean = sum(p for p, _ in chosen) / len(chosen)
            out.append(Group(source, len(chosen), right, mean, right / len(chosen)))
    return tuple(out)


def sweep(
    docs: Sequence[GoldDocument], predictions: Mapping[str, Sequence[Event]], thresholds: Sequence[float] = THRESHOLDS
) -> tuple[ThresholdRow, ...]:
    """The event and strict figures when the events below each threshold are dropped (rescored each time)."""
    rows = []
    for t in thresholds:
        kept = {doc_id: [e for e in events if e.confidence >= t] for doc_id, events in predictions.items()}
        report = score(docs, kept)
        rows.append(
            ThresholdRow(
                t,
                sum(len(v) for v in kept.values()),
                report.strict.precision,
                report.strict.recall,
                report.strict.f1,
                report.events.precision,
                report.events.recall,
            )
        )
    return tuple(rows)


def calibrate(
    docs: Sequence[GoldDocument], predictions: Predictions, k: int = 5, seed: int = 1, record: Mapping[str, Any] = {}
) -> CalibrationRun:
    """Fit the calibration on ``predictions`` (coded with calibration off, nothing dropped) of ``docs``: choose the
    penalty (``PENALTIES``), report out-of-fold reliability and the strict-F1 sweep, refit on everything."""
    samples = labelled(docs, predictions)
    labels = {s.right for s in samples if s.scored}
    if labels != {True, False}:
        raise EvalError("cannot calibrate: the coded events need both right and wrong ones")
    trials = [_trial(samples, k, seed, p) for p in PENALTIES]
    trial = min(trials, key=lambda t: (not t.within, t.log_loss, t.penalty))
    scored = np.array([s.scored for s in samples], dtype=bool)
    right = int(sum(bool(s.right) for s in samples))
    run_record = {
        **record,
        "folds": k,
        "seed": seed,
        "penalty": trial.penalty,
        "samples": int(scored.sum()),
        "right": right,
    }
    run = CalibrationRun(
        trial.model,
        trial.penalty,
        int(scored.sum()),
        right,
        trial.log_loss,
        trial.bins,
        sweep(docs, _with_confidence(predictions, samples, trial.probs)),
        run_record,
        by_source(samples, trial.probs),
        trial.fitted_bins,
    )
    return _recorded(run)


@dataclass(frozen=True, slots=True)
class Trial:
    """One penalty tried: its out-of-fold probabilities and bins, and the model fitted on every document with the
    bins it gives on them."""

    penalty: float
    probs: Matrix
    log_loss: float
    bins: tuple[Bin, ...]
    model: Calibration
    fitted_bins: tuple[Bin, ...]

    @property
    def within(self) -> bool:
        """Every out-of-fold bin within ``TOLERANCE``."""
        return all(b.gap <= TOLERANCE for b in self.bins)


def _trial(samples: Sequence[Sample], k: int, seed: int, penalty: float) -> Trial:
    x, y = design(samples)
    scored = np.array([s.scored for s in samples], dtype=bool)
    probs = out_of_fold(samples, k, seed, penalty)
    intercept, weights = fit_logistic(x[scored], y[scored], penalty)
    fitted = np.round(_sigmoid(intercept + x[scored] @ weights), DECIMALS)
    model = Calibration(intercept, dict(zip(FEATURES, weights.tolist(), strict=True)), {})
    bins = reliability(probs[scored], y[scored])
    loss = log_loss(probs[scored], y[scored])
    return Trial(penalty, probs, loss, bins, model, reliability(fitted, y[scored]))


def _recorded(run: CalibrationRun) -> CalibrationRun:
    """The run with its out-of-fold figures (and the bins of the model as fitted) written into its record."""
    best = run.best
    fit = {
        **run.fit,
        "out_of_fold": {
            "log_loss": round(run.log_loss, 4),
            "bins": _bins_json(run.bins),
            "best_threshold": best.threshold,
            "best_strict_f1": _r(best.strict_f1),
        },
        "fitted_bins": _bins_json(run.fitted_bins),
    }
    calibration = Calibration(run.calibration.intercept, run.calibration.weights, fit)
    return replace(run, calibration=calibration, fit=fit)


def _bins_json(bins: Sequence[Bin]) -> list[dict[str, float]]:
    return [
        {"count": b.count, "mean_confidence": round(b.mean_confidence, 4), "fraction_right": round(b.fraction_right, 4)}
        for b in bins
    ]


def _with_confidence(predictions: Predictions, samples: Sequence[Sample], probs: Matrix) -> Predictions:
    """The predictions with each one's confidence set to its out-of-fold probability."""
    conf = {(s.doc_id, s.index): float(p) for s, p in zip(samples, probs.tolist(), strict=True)}
    return {
        doc_id: [e.with_changes(confidence=conf.get((doc_id, j), e.confidence)) for j, e in enumerate(events)]
        for doc_id, events in predictions.items()
    }


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def _sigmoid(z: Matrix) -> Matrix:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))), dtype=np.float64)
