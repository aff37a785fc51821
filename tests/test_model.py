"""The record model: JSON round trips, stable ids, and refusing invalid records."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date
from typing import Any

import pytest

from eventwire.model import (
    EVENT_TYPES,
    Actor,
    Document,
    Event,
    EventDate,
    Evidence,
    Place,
    parse_published,
)

SENTENCE = "Somalia cut diplomatic relations with Kenya on Tuesday, accusing its neighbour of interference."


def full_event(**changes: Any) -> Event:
    event = Event(
        doc_id="ex-somalia-kenya-2020",
        type="SANCTION",
        mode="diplomatic",
        cameo="164",
        source=Actor(text="Somalia", name="Somalia", country="SOM", sector="GOV", start=0, end=7),
        target=Actor(text="Kenya", name="Kenya", country="KEN", sector="GOV", start=38, end=43),
        date=EventDate(date(2020, 12, 15), date(2020, 12, 15), "day", text="on Tuesday"),
        location=Place(name="Mogadishu", country="SOM", lat=2.0371, lon=45.3438, geonameid=53654, precision="city"),
        status="asserted",
        attribution="Information Minister Osman Dubbe",
        evidence=Evidence(sentence=SENTENCE, start=0, end=len(SENTENCE), trigger="cut"),
        confidence=0.75,
    )
    return event.with_changes(**changes) if changes else event


def bare_event(**overrides: Any) -> Event:
    args: dict[str, Any] = {
        "doc_id": "d1",
        "type": "CONSULT",
        "evidence": Evidence(sentence="They met.", start=0, end=9, trigger="met"),
    }
    args.update(overrides)
    return Event(**args)


def test_event_survives_a_json_round_trip() -> None:
    event = full_event()
    text = json.dumps(event.to_json())
    assert Event.from_json(json.loads(text)) == event


def test_event_json_has_every_spec_key_in_order() -> None:
    keys = list(full_event().to_json())
    assert keys == [
        "id",
        "doc_id",
        "type",
        "mode",
        "cameo",
        "source",
        "target",
        "date",
        "location",
        "status",
        "attribution",
        "evidence",
        "confidence",
    ]


def test_missing_parts_are_written_as_null() -> None:
    obj = bare_event().to_json()
    for key in ("mode", "cameo", "source", "target", "date", "location", "attribution"):
        assert obj[key] is None, key
    assert obj["status"] == "asserted"
    assert Event.from_json(obj) == bare_event()


def test_attribution_is_written_as_an_object_and_read_from_either_form() -> None:
    obj = full_event().to_json()
    assert obj["attribution"] == {"text": "Information Minister Osman Dubbe"}
    obj["attribution"] = "Politico"
    assert Event.from_json(obj).attribution == "Politico"


def test_confidence_is_rounded_to_three_decimals() -> None:
    assert full_event(confidence=0.123456).to_json()["confidence"] == 0.123


def test_date_inherited_flag_round_trips() -> None:
    when = EventDate(date(2023, 2, 1), date(2023, 2, 28), "month", text="in February", inherited=True)
    obj = full_event(date=when).to_json()
    assert obj["date"] == {
        "start": "2023-02-01",
        "end": "2023-02-28",
        "precision": "month",
        "text": "in February",
        "inherited": True,
    }
    assert EventDate.from_json(obj["date"]) == when


def test_id_is_stable_across_instances_and_round_trips() -> None:
    first, second = full_event(), full_event()
    assert first.id == second.id
    assert len(first.id) == 16
    int(first.id, 16)  # hexadecimal
    assert Event.from_json(first.to_json()).id == first.id


def test_id_ignores_fields_resolved_after_extraction() -> None:
    other = Event(**{**_fields(full_event()), "id": "", "confidence": 0.9, "date": None, "location": None})
    assert other.id == full_event().id


@pytest.mark.parametrize(
    "change",
    [
        {"doc_id": "another-doc"},
        {"type": "ACCUSE"},
        {"evidence": Evidence(sentence=SENTENCE, start=0, end=len(SENTENCE), trigger="accusing")},
        {"evidence": Evidence(sentence=SENTENCE, start=5, end=len(SENTENCE) + 5, trigger="cut")},
        {"target": Actor(text="its neighbour", country="KEN", start=67, end=80)},
    ],
)
def test_id_changes_with_what_identifies_the_event(change: dict[str, Any]) -> None:
    changed = Event(**{**_fields(full_event()), "id": "", **change})
    assert changed.id != full_event().id


def test_given_id_is_kept() -> None:
    assert bare_event(id="my-id").id == "my-id"
    assert Event.from_json(bare_event(id="my-id").to_json()).id == "my-id"


def test_unknown_event_type_is_refused_with_the_valid_list() -> None:
    with pytest.raises(ValueError, match=r"unknown event type 'MEET'.*CONSULT"):
        bare_event(type="MEET")


def test_unknown_status_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown status 'rumoured'"):
        bare_event(status="rumoured")


def test_date_range_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        EventDate(date(2023, 3, 22), date(2023, 3, 20), "day")


def test_every_event_type_is_accepted() -> None:
    assert {bare_event(type=t).type for t in EVENT_TYPES} == set(EVENT_TYPES)
    assert len(EVENT_TYPES) == 16


def test_document_round_trip_keeps_unknown_keys_as_meta() -> None:
    obj = {
        "id": "a1",
        "text": "Text.",
        "title": "T",
        "published": "2023-03-17T08:30:00Z",
        "url": None,
        "source": "wire",
        "exhaustive": True,
    }
    doc = Document.from_json(obj)
    assert doc.published == date(2023, 3, 17)
    assert doc.meta == {"exhaustive": True}
    assert doc.to_json() == {**{k: v for k, v in obj.items() if k != "exhaustive"}, "published": "2023-03-17"}
    assert Document.from_json(doc.to_json()) == doc


@pytest.mark.parametrize(
    ("obj", "message"),
    [
        ({"text": "no id"}, "no string 'id'"),
        ({"id": "", "text": "empty id"}, "no string 'id'"),
        ({"id": "x"}, "'x' has no string 'text'"),
        ({"id": "x", "text": 3}, "'x' has no string 'text'"),
    ],
)
def test_document_without_id_or_text_is_refused(obj: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Document.from_json(obj)


def test_bad_published_date_is_refused_with_the_expected_format() -> None:
    with pytest.raises(ValueError, match="not YYYY-MM-DD"):
        parse_published("17 March 2023")
    assert parse_published("") is None
    assert parse_published(None) is None


def _fields(event: Event) -> dict[str, Any]:
    return {f.name: getattr(event, f.name) for f in fields(event)}
