"""The bundled event JSON Schema: it matches the model, accepts what the coder writes, rejects the malformed."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from eventwire.model import EVENT_TYPES, SECTORS, STATUSES, Actor, Document, Event, EventDate, Evidence, Place
from eventwire.schema import event_errors, event_schema

SENTENCE = "Turkish President Tayyip Erdogan said on Friday that Ankara could suspend relations with the UAE."


def event(**changes: Any) -> Event:
    base = Event(
        doc_id="ex-israel-uae-2020",
        type="THREATEN",
        mode=None,
        cameo="13",
        source=Actor(text="Tayyip Erdogan", name="Recep Tayyip Erdogan", country="TUR", sector="GOV", start=18, end=32),
        target=Actor(text="the UAE", name="United Arab Emirates", country="ARE", sector=None, start=88, end=95),
        date=EventDate(date(2020, 8, 14), date(2020, 8, 14), "day", text="on Friday"),
        location=None,
        status="hypothetical",
        evidence=Evidence(sentence=SENTENCE, start=0, end=len(SENTENCE), trigger="suspend"),
        confidence=0.6,
    )
    return base.with_changes(**changes) if changes else base


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = event_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_schema_vocabularies_match_the_model() -> None:
    schema = event_schema()
    actor = schema["$defs"]["actorOrNull"]["oneOf"][1]
    assert schema["properties"]["type"]["enum"] == list(EVENT_TYPES)
    assert schema["properties"]["status"]["enum"] == list(STATUSES)
    assert actor["properties"]["sector"]["enum"] == [None, *SECTORS]


def test_schema_requires_exactly_the_keys_the_model_writes() -> None:
    schema = event_schema()
    written = set(event().to_json())
    assert set(schema["required"]) == written
    assert set(schema["properties"]) == written


def test_event_schema_returns_a_fresh_copy() -> None:
    event_schema()["properties"].clear()
    assert "type" in event_schema()["properties"]


@pytest.mark.parametrize(
    "built",
    [
        event(),
        event(source=None, target=None, date=None, cameo=None, status="asserted"),
        event(
            location=Place(name="Ankara", country="TUR", lat=39.9199, lon=32.8543, geonameid=323786, precision="city"),
            attribution="state media",
            mode="diplomatic",
        ),
        event(location=Place(name="Somewhere"), source=Actor(text="they")),
        event(date=EventDate(date(2020, 8, 1), date(2020, 8, 31), "month", text="in August", inherited=True)),
        event(source=Actor(text="the United Nations", country="IGO", sector="IGO")),
        event(target=Actor(text="Amnesty International", country="NGO", sector="NGO")),
        event(source=Actor(text="al-Qaeda", country="IMG", sector="IMG")),
        event(type="CONSULT", confidence=1.0),
        event(type="ASSAULT", confidence=0.0),
    ],
)
def test_hand_built_events_are_valid(built: Event) -> None:
    assert event_errors(built.to_json()) == []


def _broken(path: str, value: Any) -> dict[str, Any]:
    """The valid event's JSON with one value replaced (``a/b`` paths; ``<del>`` removes the key)."""
    obj = copy.deepcopy(event().to_json())
    *parents, last = path.split("/")
    node = obj
    for key in parents:
        node = node[key]
    if value == "<del>":
        del node[last]
    else:
        node[last] = value
    return obj


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("type", "MEET"),
        ("type", "consult"),
        ("status", "rumoured"),
        ("id", ""),
        ("doc_id", 7),
        ("cameo", "13a"),
        ("cameo", "1"),
        ("cameo", 13),
        ("confidence", 1.5),
        ("confidence", -0.1),
        ("confidence", "high"),
        ("source/country", "TR"),
        ("source/country", "tur"),
        ("source/sector", "ARMY"),
        ("source/start", -1),
        ("source/start", 1.5),
        ("source/text", "<del>"),
        ("source/extra", 1),
        ("target", "UAE"),
        ("date/start", "14 August 2020"),
        ("date/end", "2020-02-30"),
        ("date/precision", "week"),
        ("date/inherited", "no"),
        ("date/inherited", "<del>"),
        ("attribution", {"name": "state media"}),
        ("attribution", "state media"),
        ("evidence/trigger", "<del>"),
        ("evidence/start", "0"),
        ("evidence", None),
        ("location", {"name": "Ankara"}),
        ("status", "<del>"),
        ("extra", True),
    ],
)
def test_malformed_events_are_rejected(path: str, value: Any) -> None:
    errors = event_errors(_broken(path, value))
    assert errors, f"{path}={value!r} was accepted"


def test_location_coordinates_must_be_on_the_globe() -> None:
    obj = event(location=Place(name="Ankara", lat=39.9, lon=32.9)).to_json()
    obj["location"]["lat"] = 123.0
    assert any(e.startswith("location") for e in event_errors(obj))


def test_errors_name_the_path_of_the_bad_value() -> None:
    errors = event_errors(_broken("date/precision", "week"))
    assert len(errors) == 1
    assert errors[0].startswith("date: ")


# Sentences written for this test, in the style of the examples.
OWN_TEXT = (
    "Somalia cut diplomatic relations with Kenya on Tuesday, accusing Nairobi of interfering in its affairs. "
    "Police in Nairobi arrested more than 200 protesters last week. "
    "Israel and the United Arab Emirates agreed on Thursday to establish full diplomatic ties. "
    "Japan will host talks with South Korea in Tokyo next month."
)


@pytest.mark.slow
def test_coder_output_is_valid() -> None:
    from eventwire import code_text

    events = code_text(OWN_TEXT, published="2020-12-16", doc_id="schema-own-text")
    assert isinstance(events, list)
    for coded in events:
        assert event_errors(coded.to_json()) == [], coded.to_json()


@pytest.mark.slow
def test_resolver_output_for_hand_marked_spans_is_valid() -> None:
    """Independent of the extractor: mark trigger and parties by hand and resolve them for real."""
    from eventwire.extract.raw import RawEvent
    from eventwire.nlp import load_model
    from eventwire.resolve import Resolver

    doc = load_model()(OWN_TEXT)
    document = Document(id="schema-own-text", text=OWN_TEXT, published=date(2020, 12, 16))
    first, second = list(doc.sents)[:2]
    raws = [
        RawEvent(type="SANCTION", trigger=first[1:2], sentence=first, source=first[0:1], target=first[5:6]),
        RawEvent(type="COERCE", trigger=second[3:4], sentence=second, mode="arrest", source=second[0:1]),
    ]
    assert [raw.trigger.text for raw in raws] == ["cut", "arrested"]
    resolved = Resolver().resolve(doc, raws, document)
    assert len(resolved) == 2
    for coded in resolved:
        assert event_errors(coded.to_json()) == [], coded.to_json()
