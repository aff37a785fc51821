"""Reading gold files: typed gold events, clear errors, seeded samples, and gold scored against itself."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import EvalError
from eventwire.eval import FIELDS, GoldDocument, gold_as_predictions, parse_gold, read_gold, sample, score
from eventwire.eval.gold import needed_precision
from tests.paths import SharedFile

from .builders import team_gold_rows


def test_gold_event_types_may_be_a_string_a_list_or_null() -> None:
    docs = parse_gold(json.dumps(r) for r in team_gold_rows())
    assert [e.types for d in docs for e in d.events] == [
        ("AGREE",),
        ("PROTEST", "COERCE"),
        None,
        ("CONSULT",),
        ("SUPPORT",),
    ]


def test_gold_keeps_partial_actors_places_and_flags() -> None:
    g1, g2, g3, g4, g5 = parse_gold(json.dumps(r) for r in team_gold_rows())
    assert g1.events[0].symmetric
    assert g1.exhaustive
    assert g2.events[0].target is None
    assert g2.events[0].source is not None
    assert g2.events[0].source.sector == "COP"
    assert g2.events[0].location is not None
    assert g2.events[0].location.has_coordinates
    assert g3.events[0].trigger == "killed"
    assert g3.events[0].location_absent
    assert g4.events[1].optional
    assert g4.events[0].status == "planned"
    assert g5.skip
    assert g2.events[0].scored_fields() == {"source_country", "source_sector", "date", "location"}


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [
        ("2024-03-04", "2024-03-04", "day"),
        ("2024-03-01", "2024-03-07", "day"),
        ("2024-02-01", "2024-02-29", "month"),
        ("2024-02-01", "2024-04-30", "month"),
        ("2024-01-01", "2024-12-31", "year"),
    ],
)
def test_gold_range_needs_the_precision_that_pins_it_down(start: str, end: str, precision: str) -> None:
    assert needed_precision(date.fromisoformat(start), date.fromisoformat(end)) == precision


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('{"id": "x", "text": "t", "events": [{"type": "FIGHT"}]}', "unknown event type 'FIGHT'"),
        ('{"id": "x", "text": "t", "events": [{"type": []}]}', "non-empty list"),
        ('{"id": "x", "text": "t", "events": [{"date": {"start": "2024-13-01"}}]}', "month"),
        ('{"id": "x", "text": "t", "events": [{"status": "rumoured"}]}', "unknown status"),
        ('{"id": "x", "text": "t", "events": [{"evidence": "killed"}]}', "'evidence' must be an object"),
        ('{"id": "x", "text": "t", "events": [{"location": "Nairobi"}]}', "a location must be an object"),
        ('{"text": "t", "events": []}', "no string 'id'"),
        ("not json", "Expecting value"),
    ],
)
def test_a_bad_gold_line_raises_an_error_naming_it(line: str, words: str) -> None:
    with pytest.raises(EvalError, match="gold:2") as caught:
        parse_gold(['{"id": "ok", "text": "fine", "events": []}', line])
    assert words in str(caught.value)
    assert caught.value.code == "E600"


def test_duplicate_document_ids_are_refused() -> None:
    line = '{"id": "same", "text": "t", "events": []}'
    with pytest.raises(EvalError, match="occurs twice"):
        parse_gold([line, line])


def test_unreadable_gold_file_is_an_eval_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="cannot read gold file"):
        read_gold(tmp_path / "missing.jsonl")


def test_sample_is_seeded_and_keeps_file_order() -> None:
    docs = [GoldDocument.from_json({"id": f"d{i}", "text": "t"}) for i in range(50)]
    first, again, other = sample(docs, 10, seed=3), sample(docs, 10, seed=3), sample(docs, 10, seed=4)
    assert [d.id for d in first] == [d.id for d in again] != [d.id for d in other]
    assert [d.id for d in first] == sorted((d.id for d in first), key=lambda i: int(i[1:]))
    assert sample(docs, None, 1) == docs
    assert sample(docs, 500, 1) == docs


def _assert_perfect(docs: list[GoldDocument]) -> None:
    report = score(docs, gold_as_predictions(docs))
    assert report.events.recall == 1.0
    assert report.events.f1 == 1.0
    assert report.events.precision == 1.0
    assert report.events.fp == 0
    for name in FIELDS:
        assert report.fields[name].accuracy in (1.0, None), name
    for t, counts in report.per_type.items():
        assert counts.recall in (1.0, None), t
        assert counts.precision in (1.0, None), t


def test_team_gold_file_scored_against_itself_is_perfect(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in team_gold_rows()), encoding="utf-8")
    _assert_perfect(read_gold(path))


@pytest.mark.slow  # scores whole dev sets
@pytest.mark.parametrize("name", ["plover_gsr", "acled_kenya", "event_location"])
def test_shared_gold_file_scored_against_itself_is_perfect(shared_file: SharedFile, name: str) -> None:
    path = shared_file("dev", f"{name}.gold.jsonl")
    _assert_perfect(read_gold(path))
