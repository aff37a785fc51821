"""Strict figures (spec section 4.4): an event counts as right only when every field its gold scores is right."""

from __future__ import annotations

from eventwire.eval import score

from .builders import actor, gold_doc, pred

GOLD_ARREST = {"type": "COERCE", "source": {"country": "KEN", "sector": "COP"}, "status": "asserted"}


def test_fully_right_pair_counts_in_strict_recall() -> None:
    report = score([gold_doc([GOLD_ARREST], exhaustive=True)], {"d1": [pred(source=actor("KEN", "COP"))]})
    assert report.strict.recall == 1.0


def test_one_wrong_field_makes_the_pair_not_fully_right() -> None:
    report = score([gold_doc([GOLD_ARREST], exhaustive=True)], {"d1": [pred(source=actor("KEN", "MIL"))]})
    assert report.strict.right == 0


def test_wrong_field_still_counts_as_an_event_match() -> None:
    report = score([gold_doc([GOLD_ARREST], exhaustive=True)], {"d1": [pred(source=actor("KEN", "MIL"))]})
    assert report.events.tp == 1


def test_strict_precision_divides_by_matches_and_false_positives() -> None:
    preds = [pred(source=actor("KEN", "COP")), pred("ASSAULT", trigger="shot")]
    report = score([gold_doc([GOLD_ARREST], exhaustive=True)], {"d1": preds})
    assert report.strict.precision == 0.5


def test_strict_recall_divides_by_matches_and_misses() -> None:
    gold = [GOLD_ARREST, {"type": "ASSAULT", "evidence": {"trigger": "shot"}}]
    report = score([gold_doc(gold, exhaustive=True)], {"d1": [pred(source=actor("KEN", "COP"))]})
    assert report.strict.recall == 0.5


def test_strict_precision_counts_only_exhaustive_documents() -> None:
    docs = [gold_doc([GOLD_ARREST], doc_id="a", exhaustive=True), gold_doc([GOLD_ARREST], doc_id="b")]
    preds = {"a": [pred(doc_id="a", source=actor("KEN", "MIL"))], "b": [pred(doc_id="b", source=actor("KEN", "COP"))]}
    report = score(docs, preds)
    assert report.strict.precision == 0.0


def test_strict_recall_counts_every_document() -> None:
    docs = [gold_doc([GOLD_ARREST], doc_id="a", exhaustive=True), gold_doc([GOLD_ARREST], doc_id="b")]
    preds = {"a": [pred(doc_id="a", source=actor("KEN", "MIL"))], "b": [pred(doc_id="b", source=actor("KEN", "COP"))]}
    report = score(docs, preds)
    assert report.strict.recall == 0.5


def test_optional_events_are_not_counted_as_right() -> None:
    report = score([gold_doc([{**GOLD_ARREST, "optional": True}], exhaustive=True)], {"d1": [pred()]})
    assert report.strict.right == 0


def test_each_document_has_its_own_figures() -> None:
    docs = [gold_doc([GOLD_ARREST], doc_id="a", exhaustive=True), gold_doc([GOLD_ARREST], doc_id="b", exhaustive=True)]
    report = score(docs, {"a": [pred(doc_id="a", source=actor("KEN", "COP"))]})
    assert [(d.id, d.strict.right, d.events.fn) for d in report.documents] == [("a", 1, 0), ("b", 0, 1)]


def test_json_reports_strict_figures_with_their_count() -> None:
    report = score([gold_doc([GOLD_ARREST], exhaustive=True)], {"d1": [pred(source=actor("KEN", "COP"))]})
    assert report.to_json()["strict"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "n": 1, "right": 1}


def test_json_leaves_documents_out_when_asked() -> None:
    report = score([gold_doc([GOLD_ARREST], exhaustive=True)], {})
    assert "documents" not in report.to_json(documents=False)
