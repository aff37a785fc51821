"""Small hand-made gold documents and predictions for the scorer tests."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.eval import GoldDocument
from eventwire.model import Actor, Event, EventDate, Evidence, Place, Precision, Status

TEXT = "Kenyan police arrested ten protesters in Nairobi on Monday, officials said."


def gold_doc(events: list[dict[str, Any]], doc_id: str = "d1", exhaustive: bool = False, **extra: Any) -> GoldDocument:
    """A gold document from the JSON of its events, as a gold file line would give it."""
    obj = {"id": doc_id, "text": TEXT, "published": "2024-03-04", "events": events, "exhaustive": exhaustive, **extra}
    return GoldDocument.from_json(obj)


def actor(country: str | None = None, sector: str | None = None) -> Actor:
    return Actor(text=country or "someone", country=country, sector=sector)


def pred(
    event_type: str = "COERCE",
    doc_id: str = "d1",
    *,
    source: Actor | None = None,
    target: Actor | None = None,
    day: tuple[str, str, Precision] | None = None,
    place: Place | None = None,
    status: Status = "asserted",
    trigger: str = "arrested",
) -> Event:
    """A predicted event; ``day`` is (start, end, precision)."""
    when = EventDate(date.fromisoformat(day[0]), date.fromisoformat(day[1]), day[2]) if day else None
    return Event(
        doc_id=doc_id,
        type=event_type,
        source=source,
        target=target,
        date=when,
        location=place,
        status=status,
        evidence=Evidence(sentence=TEXT, start=0, end=len(TEXT), trigger=trigger),
    )


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def team_gold_rows() -> list[dict[str, Any]]:
    """A small gold file written for these tests, using every gold feature."""
    return [
        {
            "id": "g1",
            "text": "Kenya and Ethiopia agreed on Tuesday to reopen their border.",
            "published": "2024-05-07",
            "exhaustive": True,
            "events": [
                {
                    "type": "AGREE",
                    "symmetric": True,
                    "source": {"country": "KEN", "sector": "GOV"},
                    "target": {"country": "ETH", "sector": "GOV"},
                    "date": {"start": "2024-05-07", "end": "2024-05-07"},
                    "status": "asserted",
                }
            ],
        },
        {
            "id": "g2",
            "text": "Police fired tear gas at protesters in Kisumu in March 2023.",
            "published": "2023-04-02",
            "exhaustive": False,
            "events": [
                {
                    "type": ["PROTEST", "COERCE"],
                    "source": {"country": "KEN", "sector": "COP"},
                    "date": {"start": "2023-03-01", "end": "2023-03-31"},
                    "location": {"name": "Kisumu", "country": "KEN", "lat": -0.1022, "lon": 34.7617},
                }
            ],
        },
        {
            "id": "g3",
            "text": "Gunmen killed two villagers, a witness said.",
            "published": None,
            "exhaustive": False,
            "events": [{"type": None, "evidence": {"trigger": "killed"}, "location": None, "location_absent": True}],
        },
        {
            "id": "g4",
            "text": "The minister may visit Paris next week, and said he welcomed the talks in Rome.",
            "published": "2024-01-10",
            "exhaustive": True,
            "events": [
                {"type": "CONSULT", "source": {"country": "FRA"}, "location": {"name": "Paris"}, "status": "planned"},
                {"type": "SUPPORT", "optional": True},
            ],
        },
        {"id": "g5", "text": "Garbled text that cannot be scored.", "scoring": "skip", "events": []},
    ]
