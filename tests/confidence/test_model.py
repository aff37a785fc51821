"""The calibration model: a logistic regression read from its data file, applied to a document's events."""

from __future__ import annotations

import json
import math

import pytest

from eventwire.confidence.features import FEATURES
from eventwire.confidence.model import Calibration
from eventwire.errors import DataFileError
from eventwire.lexicons.calibration import CALIBRATION_FILE, load_calibration
from eventwire.lexicons.files import substituted
from eventwire.model import Actor, Event, Evidence


def event(source: Actor | None = None, confidence: float = 0.9) -> Event:
    return Event(
        doc_id="d",
        type="ACCUSE",
        evidence=Evidence(sentence="Freedonia accused Ruritania of cheating.", start=0, end=40, trigger="accused"),
        source=source,
        confidence=confidence,
    )


def test_the_probability_is_the_logistic_of_the_weighted_features() -> None:
    model = Calibration(intercept=-1.0, weights={"rule": 2.0, "source_country": 1.0})
    assert model.probability({}) == pytest.approx(1 / (1 + math.exp(1.0)))
    assert model.probability({"rule": 0.5, "source_country": 1.0}) == pytest.approx(1 / (1 + math.exp(-1.0)))


def test_applying_replaces_only_the_confidence() -> None:
    model = Calibration(intercept=-2.0, weights={"source_country": 3.0})
    found = Actor(text="Freedonia", name="Freedonia", country="FRE", start=0, end=9)
    plain, sourced = model.apply([event(), event(source=found)], text_chars=200)
    assert plain.confidence == round(1 / (1 + math.exp(2.0)), 3)
    assert sourced.confidence > plain.confidence
    assert sourced.with_changes(confidence=0.9) == event(source=found)


def test_the_bundled_model_loads_and_records_how_it_was_fitted() -> None:
    model = load_calibration()
    assert set(model.weights) == set(FEATURES)
    assert str(model.fit["command"]).startswith("eventwire calibrate")
    assert model.fit["folds"] >= 2
    assert isinstance(model.fit["seed"], int)
    assert 0.0 < model.probability({"rule": 0.9}) < 1.0


def test_the_data_file_round_trips() -> None:
    model = load_calibration()
    text = json.dumps(model.to_json())
    with substituted(CALIBRATION_FILE, text):
        again = load_calibration()
    assert again.intercept == pytest.approx(model.intercept)
    assert dict(again.weights) == pytest.approx(dict(model.weights))


@pytest.mark.parametrize(
    ("obj", "problem"),
    [
        ({"model": "logistic", "intercept": 0.0, "weights": {"no_such_feature": 1.0}}, "unknown feature"),
        ({"model": "logistic", "intercept": "high", "weights": {"rule": 1.0}}, "finite numbers"),
        ({"model": "tree", "intercept": 0.0, "weights": {}}, '"model": "logistic"'),
    ],
)
def test_a_bad_model_file_fails_naming_it(obj: dict[str, object], problem: str) -> None:
    with substituted(CALIBRATION_FILE, json.dumps(obj)), pytest.raises(DataFileError) as caught:
        load_calibration()
    assert caught.value.code == "E303"
    assert CALIBRATION_FILE in str(caught.value)
    assert problem in str(caught.value)


def test_a_model_file_that_is_not_json_fails_with_its_line() -> None:
    with substituted(CALIBRATION_FILE, '{\n"model": logistic\n}'), pytest.raises(DataFileError) as caught:
        load_calibration()
    assert "line 2" in str(caught.value)
