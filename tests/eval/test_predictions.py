"""Prediction files: events written as JSONL and read back by document, a bad line named."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import EvalError
from eventwire.eval.predictions import gold_as_predictions, read_predictions, write_predictions

from .builders import gold_doc, pred


def test_written_predictions_read_back_grouped_by_document(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    assert write_predictions(path, {"d1": [pred(), pred("ASSAULT")], "d2": [pred(doc_id="d2")]}) == 3
    found = read_predictions(path)
    assert sorted(found) == ["d1", "d2"]
    assert [e.type for e in found["d1"]] == ["COERCE", "ASSAULT"]


def test_a_line_that_is_no_event_is_named_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    write_predictions(path, {"d1": [pred()]})
    path.write_text(path.read_text(encoding="utf-8") + '{"type": "COERCE"}\n', encoding="utf-8")
    with pytest.raises(EvalError, match=r"pred\.jsonl:2 is not a valid event"):
        read_predictions(path)


def test_the_gold_as_predictions_is_what_a_perfect_coder_writes() -> None:
    gold = gold_doc([{"type": ["PROTEST", "COERCE"], "evidence": {"trigger": "arrested"}}, {"type": None}])
    events = gold_as_predictions([gold])["d1"]
    assert [e.type for e in events] == ["PROTEST", "ASSAULT"]
    assert events[0].evidence.trigger == "arrested"
