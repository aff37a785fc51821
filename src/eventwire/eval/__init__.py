"""Evaluation: read gold files, score predictions (spec section 4), gate the scores, time the coder.

>>> from eventwire.eval import read_gold, code_gold, score
>>> docs = read_gold(Path("../shared/dev/plover_gsr.gold.jsonl"))
>>> report = score(docs, code_gold(docs))
>>> report.events.recall, report.fields["source_country"].accuracy
"""

from __future__ import annotations

from eventwire.eval.ablation import Ablation, ablate
from eventwire.eval.gold import GoldActor, GoldDate, GoldDocument, GoldEvent, GoldPlace, parse_gold, read_gold, sample
from eventwire.eval.predictions import (
    Predictions,
    code_gold,
    gold_as_predictions,
    read_predictions,
    write_predictions,
)
from eventwire.eval.rules import FIELDS
from eventwire.eval.score import Counts, FieldScore, Report, match, score

__all__ = [
    "FIELDS",
    "Ablation",
    "Counts",
    "FieldScore",
    "GoldActor",
    "GoldDate",
    "GoldDocument",
    "GoldEvent",
    "GoldPlace",
    "Predictions",
    "Report",
    "ablate",
    "code_gold",
    "gold_as_predictions",
    "match",
    "parse_gold",
    "read_gold",
    "read_predictions",
    "sample",
    "score",
    "write_predictions",
]
