"""The scorer on tiny hand-made gold/prediction pairs: one test per rule of spec section 4."""

from __future__ import annotations

import json

import pytest

from eventwire.eval import FIELDS, gold_as_predictions, parse_gold, score
from eventwire.eval.rules import haversine_km
from eventwire.model import EVENT_TYPES, Place, Precision

from .builders import actor, gold_doc, pred, team_gold_rows

NAIROBI = Place(name="Nairobi", country="KEN", lat=-1.2864, lon=36.8172)


def test_perfect_prediction_scores_one_everywhere() -> None:
    docs = parse_gold(json.dumps(r) for r in team_gold_rows())
    report = score(docs, gold_as_predictions(docs)).to_json()
    events = report["events"]
    assert (events["precision"], events["recall"], events["f1"]) == (1.0, 1.0, 1.0)
    assert (events["tp"], events["fp"], events["fn"], events["predicted"]) == (4, 0, 0, 5)
    scored = {name: f for name, f in report["fields"].items() if f["n"]}
    assert set(scored) == set(FIELDS)
    assert all(f["accuracy"] == 1.0 for f in scored.values())
    typed = {t: c for t, c in report["per_type"].items() if c["n"] or c["tp"] or c["fp"]}
    assert set(typed) == {"AGREE", "PROTEST", "CONSULT", "ASSAULT"}
    assert all(c["precision"] == c["recall"] == c["f1"] == 1.0 for c in typed.values())
    assert report["docs"] == 4
    assert report["skipped_docs"] == 1


def test_no_predictions_gives_zero_recall_and_undefined_precision() -> None:
    report = score([gold_doc([{"type": "COERCE"}], exhaustive=True)], {})
    assert (report.events.tp, report.events.fp, report.events.fn) == (0, 0, 1)
    assert report.events.recall == 0.0
    assert report.events.f1 == 0.0
    assert report.events.precision is None
    assert all(f.n == 0 and f.accuracy is None for f in report.fields.values())


def test_no_gold_events_in_exhaustive_document_makes_every_prediction_false() -> None:
    report = score([gold_doc([], exhaustive=True)], {"d1": [pred(), pred("ASSAULT")]})
    assert (report.events.tp, report.events.fp, report.events.fn) == (0, 2, 0)
    assert report.events.precision == 0.0
    assert report.events.recall is None
    assert report.per_type["ASSAULT"].fp == 1
    assert report.events_per_doc == 2.0


def test_unmatched_predictions_count_only_in_exhaustive_documents() -> None:
    preds = {"d1": [pred(), pred("ASSAULT")]}
    loose = score([gold_doc([{"type": "COERCE"}], exhaustive=False)], preds)
    strict = score([gold_doc([{"type": "COERCE"}], exhaustive=True)], preds)
    assert (loose.events.tp, loose.events.fp) == (1, 0)
    assert (strict.events.tp, strict.events.fp) == (1, 1)
    assert strict.events.precision == 0.5


def test_optional_event_neither_helps_nor_hurts() -> None:
    gold = gold_doc([{"type": "COERCE"}, {"type": "ACCUSE", "optional": True}], exhaustive=True)
    without = score([gold], {"d1": [pred()]})
    with_optional = score([gold], {"d1": [pred(), pred("ACCUSE", trigger="accused")]})
    for report in (without, with_optional):
        assert (report.events.tp, report.events.fp, report.events.fn) == (1, 0, 0)
    assert with_optional.per_type["ACCUSE"].tp == 0
    assert with_optional.per_type["ACCUSE"].fp == 0


def test_required_event_is_matched_before_an_optional_one() -> None:
    gold = gold_doc([{"type": "COERCE", "optional": True}, {"type": "COERCE"}], exhaustive=True)
    report = score([gold], {"d1": [pred()]})
    assert (report.events.tp, report.events.fp, report.events.fn) == (1, 0, 0)


def test_symmetric_event_accepts_swapped_parties() -> None:
    event = {"type": "AGREE", "source": {"country": "KEN"}, "target": {"country": "ETH", "sector": "GOV"}}
    swapped = {"d1": [pred("AGREE", source=actor("ETH", "GOV"), target=actor("KEN"))]}
    directed = score([gold_doc([event])], swapped)
    symmetric = score([gold_doc([event | {"symmetric": True}])], swapped)
    assert directed.fields["source_country"].accuracy == 0.0
    assert directed.fields["target_country"].accuracy == 0.0
    assert symmetric.fields["source_country"].accuracy == 1.0
    assert symmetric.fields["target_country"].accuracy == 1.0
    assert symmetric.fields["target_sector"].accuracy == 1.0


def test_list_type_accepts_any_listed_type_and_counts_under_the_predicted_one() -> None:
    gold = [gold_doc([{"type": ["PROTEST", "ASSAULT"]}])]
    matched = score(gold, {"d1": [pred("ASSAULT")]})
    assert matched.events.tp == 1
    assert matched.per_type["ASSAULT"].tp == 1
    assert matched.per_type["PROTEST"].n == 0
    missed = score(gold, {"d1": [pred("COERCE")]})
    assert missed.events.fn == 1
    assert missed.per_type["PROTEST"].fn == 1, "a miss counts against the first listed type"


def test_wrong_type_does_not_match_and_null_type_matches_any() -> None:
    assert score([gold_doc([{"type": "ASSAULT"}])], {"d1": [pred("PROTEST")]}).events.tp == 0
    assert score([gold_doc([{"type": None}])], {"d1": [pred("PROTEST")]}).events.tp == 1


@pytest.mark.parametrize(
    ("gold_trigger", "pred_trigger", "matches"),
    [
        ("kill", "killed", True),
        ("Killed", "KILLING", True),
        ("set fire to", "fire", True),
        ("attacked", "attack", True),
        ("killed", "shot", False),
        ("shot", "shooting", False),
    ],
)
def test_trigger_rule_compares_words_on_their_first_four_letters(
    gold_trigger: str, pred_trigger: str, matches: bool
) -> None:
    gold = gold_doc([{"type": None, "evidence": {"trigger": gold_trigger}}])
    report = score([gold], {"d1": [pred("ASSAULT", trigger=pred_trigger)]})
    assert report.events.tp == int(matches)


def test_location_absent_is_right_only_for_a_null_location() -> None:
    gold = [gold_doc([{"type": None, "location": None, "location_absent": True}])]
    assert score(gold, {"d1": [pred(place=None)]}).fields["location"].accuracy == 1.0
    assert score(gold, {"d1": [pred(place=NAIROBI)]}).fields["location"].accuracy == 0.0


@pytest.mark.parametrize(
    ("gold_range", "predicted", "right"),
    [
        (("2024-03-04", "2024-03-04"), ("2024-03-04", "2024-03-04", "day"), True),
        (("2024-03-04", "2024-03-04"), ("2024-03-05", "2024-03-05", "day"), False),
        (("2024-03-04", "2024-03-04"), ("2024-03-04", "2024-03-04", "month"), False),
        (("2024-03-04", "2024-03-04"), ("2024-03-01", "2024-03-31", "month"), False),
        (("2024-03-01", "2024-03-31"), ("2024-03-12", "2024-03-12", "day"), True),
        (("2024-03-01", "2024-03-31"), ("2024-03-01", "2024-03-31", "month"), True),
        (("2024-03-01", "2024-03-31"), ("2024-01-01", "2024-12-31", "year"), False),
        (("2024-03-01", "2024-03-31"), ("2024-03-01", "2024-03-31", "year"), False),
        (("2024-01-01", "2024-12-31"), ("2024-01-01", "2024-12-31", "year"), True),
        (("2024-03-01", "2024-03-07"), ("2024-03-03", "2024-03-03", "day"), True),
        (("2024-03-01", "2024-03-07"), ("2024-03-06", "2024-03-08", "day"), False),
    ],
)
def test_date_must_lie_inside_the_gold_range_at_the_needed_precision(
    gold_range: tuple[str, str], predicted: tuple[str, str, Precision], right: bool
) -> None:
    gold = gold_doc([{"type": "COERCE", "date": {"start": gold_range[0], "end": gold_range[1]}}])
    assert score([gold], {"d1": [pred(day=predicted)]}).fields["date"].accuracy == float(right)
    assert score([gold], {"d1": [pred()]}).fields["date"].accuracy == 0.0, "a missing date is wrong"


def test_location_with_coordinates_is_right_within_25_km() -> None:
    gold = [gold_doc([{"type": "COERCE", "location": {"name": "Nairobi", "lat": -1.2864, "lon": 36.8172}}])]
    near = Place(name="Westlands", lat=-1.2676, lon=36.8108)  # about 2 km away
    edge = Place(name="Thika", lat=-1.0388, lon=37.0834)  # about 40 km away
    assert haversine_km(-1.2864, 36.8172, -1.0388, 37.0834) > 25
    assert score(gold, {"d1": [pred(place=near)]}).fields["location"].accuracy == 1.0
    assert score(gold, {"d1": [pred(place=edge)]}).fields["location"].accuracy == 0.0
    no_coordinates = Place(name="Nairobi")
    assert score(gold, {"d1": [pred(place=no_coordinates)]}).fields["location"].accuracy == 0.0


def test_location_without_coordinates_compares_name_then_country() -> None:
    by_name = [gold_doc([{"type": "COERCE", "location": {"name": "nairobi"}}])]
    assert score(by_name, {"d1": [pred(place=NAIROBI)]}).fields["location"].accuracy == 1.0
    assert score(by_name, {"d1": [pred(place=Place(name="Mombasa", country="KEN"))]}).fields["location"].n == 1
    assert score(by_name, {"d1": [pred(place=Place(name="Mombasa", country="KEN"))]}).fields["location"].correct == 0
    by_country = [gold_doc([{"type": "COERCE", "location": {"country": "KEN"}}])]
    assert score(by_country, {"d1": [pred(place=NAIROBI)]}).fields["location"].accuracy == 1.0


def test_status_is_scored_when_present() -> None:
    gold = [gold_doc([{"type": "COERCE", "status": "planned"}])]
    assert score(gold, {"d1": [pred(status="planned")]}).fields["status"].accuracy == 1.0
    assert score(gold, {"d1": [pred(status="asserted")]}).fields["status"].accuracy == 0.0
    assert score([gold_doc([{"type": "COERCE"}])], {"d1": [pred()]}).fields["status"].n == 0


def test_matching_prefers_the_pairing_that_agrees_on_more_fields() -> None:
    gold = gold_doc(
        [{"type": "COERCE", "source": {"country": "KEN"}}, {"type": "COERCE", "source": {"country": "UGA"}}]
    )
    preds = {"d1": [pred(source=actor("UGA")), pred(source=actor("KEN"))]}
    assert score([gold], preds).fields["source_country"].accuracy == 1.0


def test_skipped_documents_are_left_out() -> None:
    skipped = gold_doc([{"type": "COERCE"}], exhaustive=True, scoring="skip")
    report = score([skipped], {"d1": [pred(), pred()]})
    assert (report.docs, report.skipped_docs, report.predicted) == (0, 1, 0)
    assert (report.events.tp, report.events.fp, report.events.fn) == (0, 0, 0)


def test_predictions_for_unknown_documents_are_ignored() -> None:
    report = score([gold_doc([{"type": "COERCE"}], exhaustive=True)], {"other": [pred(doc_id="other")]})
    assert (report.events.fp, report.predicted) == (0, 0)


def test_json_has_the_stable_keys() -> None:
    obj = score([gold_doc([{"type": "COERCE"}])], {"d1": [pred()]}).to_json()
    assert set(obj) == {"docs", "skipped_docs", "events_per_doc", "events", "strict", "fields", "per_type", "documents"}
    assert {"precision", "recall", "f1", "tp", "fp", "fn", "n", "predicted"} <= set(obj["events"])
    assert list(obj["fields"]) == list(FIELDS)
    assert all(set(f) == {"accuracy", "n", "correct"} for f in obj["fields"].values())
    assert list(obj["per_type"]) == list(EVENT_TYPES)
    assert {"precision", "recall", "f1", "n"} <= set(obj["per_type"]["COERCE"])
