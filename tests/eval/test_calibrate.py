"""Fitting the calibrated confidence: labels (spec 4.4), grouped folds, the regression, reliability, the sweep."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from eventwire.errors import EvalError
from eventwire.eval import GoldDocument, Predictions
from eventwire.eval.calibrate import (
    Sample,
    by_source,
    calibrate,
    fit_logistic,
    folds,
    labelled,
    out_of_fold,
    reliability,
)
from eventwire.eval.calibration_report import END, START, calibration_markdown, rewrite_calibration
from eventwire.model import Actor

from .builders import actor, gold_doc, pred

POLICE = {"type": "COERCE", "source": {"country": "KEN", "sector": "COP"}}


def test_a_prediction_is_right_only_when_matched_with_every_scored_field_right() -> None:
    doc = gold_doc([POLICE, {"type": "PROTEST"}, {"type": "AGREE", "optional": True}], exhaustive=True)
    preds = [
        pred("COERCE", source=actor("KEN", "COP")),
        pred("PROTEST", trigger="protested"),
        pred("AGREE", trigger="agreed"),
        pred("ASSAULT", trigger="shot"),
    ]
    samples = labelled([doc], {"d1": preds})
    assert [s.right for s in samples] == [True, True, None, False]


def test_a_wrong_field_makes_a_matched_prediction_wrong() -> None:
    doc = gold_doc([POLICE], exhaustive=True)
    assert [s.right for s in labelled([doc], {"d1": [pred("COERCE", source=actor("UGA", "COP"))]})] == [False]


def test_an_unmatched_prediction_of_a_sentence_set_is_not_scored() -> None:
    doc = gold_doc([POLICE], exhaustive=False)
    assert [s.right for s in labelled([doc], {"d1": [pred("ASSAULT", trigger="shot")]})] == [None]


def test_folds_keep_a_document_whole_and_are_the_same_for_a_seed() -> None:
    ids = [f"doc{i}" for i in range(23) for _ in range(3)]
    first, again, other = folds(ids, 5, 1), folds(ids, 5, 1), folds(ids, 5, 2)
    assert first == again
    assert first != other
    assert set(first) == set(ids)
    assert sorted(set(first.values())) == [0, 1, 2, 3, 4]


def test_the_regression_finds_the_feature_that_predicts_and_the_penalty_shrinks_it() -> None:
    rng = np.random.default_rng(0)
    x = rng.integers(0, 2, size=(400, 2)).astype(float)
    y = (rng.random(400) < np.where(x[:, 0] == 1, 0.8, 0.1)).astype(float)
    _, weights = fit_logistic(x, y, penalty=0.1)
    _, shrunk = fit_logistic(x, y, penalty=1000.0)
    assert weights[0] > 2.0
    assert abs(weights[1]) < 0.5
    assert 0 < shrunk[0] < weights[0] / 5


def test_reliability_bins_have_equal_counts_in_order_of_confidence() -> None:
    probs = np.linspace(0.0, 0.99, 100)
    bins = reliability(probs, (probs > 0.5).astype(float))
    assert [b.count for b in bins] == [20] * 5
    assert (bins[0].fraction_right, bins[-1].fraction_right) == (0.0, 1.0)
    assert all(a.high <= b.low for a, b in itertools.pairwise(bins))


def synthetic(n_docs: int = 40) -> tuple[list[GoldDocument], Predictions]:
    """Documents where a prediction is right exactly when its source carries the gold's country and sector, and
    wrong (no source found, or an extra event) otherwise."""
    docs, predictions = [], {}
    for i in range(n_docs):
        doc_id = f"d{i}"
        docs.append(gold_doc([POLICE] * 3, doc_id=doc_id, exhaustive=True))
        found = [
            pred("COERCE", doc_id, source=Actor("police", country="KEN", sector="COP", start=0)) for _ in range(i % 3)
        ]
        missed = [pred("COERCE", doc_id) for _ in range(3 - i % 3)]
        extra = [pred("ASSAULT", doc_id, trigger="shot")] if i % 2 else []
        predictions[doc_id] = found + missed + extra
    return docs, predictions


def test_a_fit_is_calibrated_out_of_fold_and_finds_the_threshold() -> None:
    docs, predictions = synthetic()
    run = calibrate(docs, predictions, k=5, seed=1, record={"command": "test"})
    assert run.samples == sum(len(v) for v in predictions.values())
    assert all(b.gap < 0.1 for b in run.bins)
    assert run.calibration.weights["source_sector"] > 0
    best, none = run.best, run.thresholds[0]
    assert none.threshold == 0.0
    assert (best.strict_f1 or 0) > (none.strict_f1 or 0)
    assert run.fit["out_of_fold"]["best_threshold"] == best.threshold


def test_a_fit_is_deterministic() -> None:
    docs, predictions = synthetic(20)
    first, again = calibrate(docs, predictions), calibrate(docs, predictions)
    assert first.calibration.to_json() == again.calibration.to_json()


def test_out_of_fold_probabilities_come_from_models_without_the_document() -> None:
    docs, predictions = synthetic(20)
    samples = labelled(docs, predictions)
    probs = out_of_fold(samples, 5, 1, 1.0)
    assert probs.shape == (len(samples),)
    assert ((probs > 0) & (probs < 1)).all()


def test_nothing_right_cannot_be_calibrated() -> None:
    doc = gold_doc([POLICE], exhaustive=True)
    with pytest.raises(EvalError, match="both right and wrong"):
        calibrate([doc], {"d1": [pred("ASSAULT", trigger="shot")]})


def test_the_report_section_is_rewritten_between_its_markers(tmp_path: Path) -> None:
    docs, predictions = synthetic(20)
    body = calibration_markdown(calibrate(docs, predictions, record={}), "abc1234", "eventwire calibrate")
    assert body.count("\n| ") >= 5 + 2
    page = tmp_path / "evaluation.md"
    page.write_text(f"# Evaluation\n\n{START}\nstale table\n{END}\n\n## After\n", encoding="utf-8")
    rewrite_calibration(page, body)
    text = page.read_text(encoding="utf-8")
    assert "stale table" not in text
    assert text.endswith("## After\n")
    assert "`abc1234`" in text


def test_a_page_without_markers_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "evaluation.md"
    page.write_text("# Evaluation\n", encoding="utf-8")
    with pytest.raises(EvalError, match="calibration:start"):
        rewrite_calibration(page, "table")


def test_figures_are_given_per_source_of_the_documents() -> None:
    samples = [
        Sample("guardian-1", 0, {}, True),
        Sample("guardian-2", 0, {}, False),
        Sample("voa-1", 0, {}, False),
        Sample("voa-1", 1, {}, None),
    ]
    groups = by_source(samples, np.array([0.6, 0.2, 0.1, 0.9]))
    assert [(g.source, g.count, g.right) for g in groups] == [("guardian", 2, 1), ("voa", 1, 0)]
    assert groups[0].mean_confidence == pytest.approx(0.4)
    assert groups[1].fraction_right == 0.0
