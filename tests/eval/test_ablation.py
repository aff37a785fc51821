"""``eval.ablation``: the figures of a configuration, and the ablation over every step (the last test codes the gold
documents with the spaCy model, so it is slow)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from eventwire.eval import GoldDocument, gold_as_predictions, parse_gold, score
from eventwire.eval.ablation import Ablation, ablate
from eventwire.eval.predictions import Predictions
from eventwire.pipeline import step_registries

from .builders import team_gold_rows


def _docs() -> list[GoldDocument]:
    return parse_gold(json.dumps(r) for r in team_gold_rows())


def _without_sources(predictions: Predictions) -> Predictions:
    return {doc: [replace(e, source=None) for e in events] for doc, events in predictions.items()}


def test_a_perfect_prediction_gets_every_scored_field_right() -> None:
    report = score(_docs(), gold_as_predictions(_docs()))
    assert Ablation(None, "", report).fields_right == sum(f.n for f in report.fields.values())


def test_predictions_without_their_doers_get_fewer_fields_right() -> None:
    docs = _docs()
    baseline = Ablation(None, "", score(docs, gold_as_predictions(docs)))
    ablated = Ablation("parties.dependency", "parties", score(docs, _without_sources(gold_as_predictions(docs))))
    assert ablated.fields_right < baseline.fields_right


def test_no_predictions_get_no_field_right() -> None:
    assert Ablation("parties.dependency", "parties", score(_docs(), {})).fields_right == 0


@pytest.mark.slow
def test_the_ablation_is_the_baseline_then_each_step_off_in_turn() -> None:
    told: list[tuple[int, int, str]] = []
    skipped = "dedup.backup_triggers"
    found = ablate(_docs(), disable=[skipped], on_step=lambda i, n, name: told.append((i, n, name)))
    names = [name for registry in step_registries() for name in registry.steps if name != skipped]
    assert [a.step for a in found] == [None, *names]
    assert [name for _, _, name in told] == names
    assert told[-1][:2] == (len(names), len(names))
    dependency = next(a for a in found if a.step == "parties.dependency")
    assert dependency.fields_right < found[0].fields_right
