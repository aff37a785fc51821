"""Hand-made records for the format tests: events with every field, and with as few as allowed."""

from __future__ import annotations

from datetime import date

from eventwire.formats import ClusterInfo, DocInfo, EventRecord
from eventwire.model import Actor, Event, EventDate, Evidence, Place

KYIV = Place("Kyiv", "UKR", 50.4501, 30.5234, 703448, "city")


def full() -> EventRecord:
    event = Event(
        doc_id="wire-1",
        type="CONSULT",
        mode="visit",
        cameo="042",
        source=Actor("Xi Jinping", "Xi Jinping", "CHN", "GOV", 10, 20),
        target=Actor("Russia's «leaders»", "Russia", "RUS", None, 40, 58),
        date=EventDate(date(2023, 3, 20), date(2023, 3, 22), "day", "from March 20 to 22", False),
        location=Place("Moscow", "RUS", 55.7558, 37.6173, 524901, "city"),
        status="planned",
        attribution="the Kremlin",
        evidence=Evidence("Xi Jinping will visit Russia's «leaders»\tin Moscow.", 0, 60, "will visit"),
        confidence=0.9,
    )
    document = DocInfo("wire-1", date(2023, 3, 17), "https://news.example/xi", "Example Wire", "Xi to visit")
    cluster = ClusterInfo(event.id, 5, 4, 3, date(2023, 3, 17), date(2023, 3, 23))
    return EventRecord(event, document, cluster)


def sparse() -> EventRecord:
    event = Event(
        doc_id="wire-2",
        type="ASSAULT",
        source=Actor("", "unidentified", "UKR", None, None, None),
        evidence=Evidence("Shelling was heard.", 5, 24, "shelling"),
        location=KYIV,
        confidence=0.55,
    )
    return EventRecord(event)


def all_records() -> list[EventRecord]:
    return [full(), sparse()]
