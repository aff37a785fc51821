"""The calibrated confidence of an event: the probability that it is right as a whole (spec section 4.4).

- ``features``: what the calibration reads about a coded event (the rules' score, its type, status, how its
  parties, date and place were found, the other events of its sentence, where the sentence lies).
- ``model``: ``Calibration``, a logistic regression over those features; its weights are the data file
  ``data/confidence/calibration.json`` (loader: ``eventwire.lexicons.calibration``), fitted by
  ``eventwire calibrate`` (``eventwire.eval.calibrate``).
"""

from __future__ import annotations

from eventwire.confidence.features import FEATURES, document_features, event_features
from eventwire.confidence.model import Calibration

__all__ = ["FEATURES", "Calibration", "document_features", "event_features"]
