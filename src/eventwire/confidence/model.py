"""The calibration model: a logistic regression over the features of ``features``, read from the data file
``data/confidence/calibration.json`` (written by ``eventwire calibrate``), that turns the rules' score of an event
into the probability that the event is right as a whole (spec section 4.4: matched, every scored field right)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventwire.confidence.features import FEATURES, document_features
from eventwire.model import Event

#: The confidence written on an event is rounded to this many decimals (as ``Event.to_json`` writes it).
DECIMALS = 3


@dataclass(frozen=True, slots=True)
class Calibration:
    """Weights of a logistic regression over named features, with how they were fitted (``fit``: the command,
    data sets, folds, seed and the out-of-fold figures, kept for the record)."""

    intercept: float
    weights: Mapping[str, float]
    fit: Mapping[str, Any] = field(default_factory=dict)

    def probability(self, features: Mapping[str, float]) -> float:
        """P(right) for one event's features (features the model has no weight for count for nothing)."""
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return _sigmoid(z)

    def apply(self, events: Sequence[Event], text_chars: int) -> list[Event]:
        """One document's events (read from a text of ``text_chars`` characters) with their confidence replaced by
        the calibrated probability; the rules' score is one of the features."""
        rows = document_features(events, text_chars)
        return [
            e.with_changes(confidence=round(self.probability(f), DECIMALS)) for e, f in zip(events, rows, strict=True)
        ]

    def to_json(self) -> dict[str, Any]:
        """The data file's object: every feature's weight (in the order of ``FEATURES``) and the fit's record."""
        return {
            "model": "logistic",
            "intercept": round(self.intercept, 6),
            "weights": {name: round(self.weights.get(name, 0.0), 6) for name in FEATURES},
            "fit": dict(self.fit),
        }


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    ez = math.exp(z)
    return ez / (1.0 + ez)
