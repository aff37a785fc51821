"""What the calibration reads about a coded event: how its parties, date and place were found, its sentence."""

from __future__ import annotations

from datetime import date

from eventwire.confidence import FEATURES, document_features, event_features
from eventwire.confidence.features import party_kind
from eventwire.model import Actor, Event, EventDate, Evidence, Place

SENTENCE = "Ruritanian troops shelled a village near the border and detained two farmers."


def event(**changes: object) -> Event:
    base = Event(
        doc_id="d",
        type="ASSAULT",
        evidence=Evidence(sentence=SENTENCE, start=100, end=100 + len(SENTENCE), trigger="shelled"),
        confidence=0.8,
    )
    return base.with_changes(**changes)


def test_a_party_is_implied_a_pronoun_named_or_unnamed() -> None:
    assert party_kind(Actor(text="", name="unidentified", country="RUR")) == "implicit"
    assert party_kind(Actor(text="They", start=0, end=4)) == "pronoun"
    assert party_kind(Actor(text="Ruritanian troops", name="Ruritania military", country="RUR", start=0)) == "named"
    assert party_kind(Actor(text="gunmen", start=0, end=6)) == "unnamed"


def test_every_feature_an_event_gets_is_one_the_model_knows() -> None:
    full = event(
        mode="shelling",
        status="hypothetical",
        attribution="officials",
        source=Actor(text="troops", name="Ruritania military", country="RUR", sector="MIL", start=0, end=6),
        target=Actor(text="farmers", country="RUR", sector="CVL", start=10, end=17),
        date=EventDate(date(2024, 3, 4), date(2024, 3, 4), "day", text="on Monday"),
        location=Place("Borderville", "RUR", 1.0, 2.0, 7, "city"),
    )
    features = event_features(full, siblings=1, text_chars=1000)
    assert set(features) <= set(FEATURES)
    assert features["rule"] == 0.8
    assert features["status=hypothetical"] == 1.0
    assert features["source=named"] == features["target=unnamed"] == 1.0
    assert features["same_country"] == 1.0
    assert features["date=own"] == features["date_day"] == 1.0
    assert features["place=point"] == 1.0
    assert 0.0 < features["position"] <= 1.0


def test_a_bare_event_has_no_party_date_or_place_features() -> None:
    features = event_features(event(), siblings=0, text_chars=1000)
    found = {name.split("=")[0].split("_")[0] for name in features}
    assert not found & {"source", "target", "date", "place", "same", "siblings", "status"}


def test_a_date_from_the_context_and_a_country_only_place_are_told_apart() -> None:
    inherited = EventDate(date(2024, 3, 4), date(2024, 3, 4), "day", text=None, inherited=True)
    features = event_features(event(date=inherited, location=Place("Ruritania", "RUR")), 0, 1000)
    assert features["date=inherited"] == 1.0
    assert "date=own" not in features
    assert features["place=country"] == 1.0


def test_events_of_one_sentence_count_each_other() -> None:
    other = event(type="COERCE", evidence=Evidence(SENTENCE, 100, 100 + len(SENTENCE), "detained"))
    alone = event(evidence=Evidence("Talks ended.", 10, 22, "Talks"), type="CONSULT")
    rows = document_features([event(), other, alone], text_chars=1000)
    assert rows[0]["siblings"] == rows[1]["siblings"] > 0
    assert "siblings" not in rows[2]
    assert rows[2]["position"] < rows[0]["position"]
