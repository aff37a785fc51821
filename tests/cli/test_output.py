"""What the CLI prints: the event table and the progress of a batch."""

from __future__ import annotations

import io
from datetime import date

from eventwire.cli.output import EventTable, progress
from eventwire.model import Actor, Document, Event, EventDate, Evidence

TEXT = "Kenyan police arrested ten protesters in Nairobi on Monday."


def _arrest() -> Event:
    return Event(
        doc_id="kisumu",
        type="COERCE",
        source=Actor(text="Kenyan police", country="KEN", sector="COP"),
        target=Actor(text="ten protesters"),
        date=EventDate(date(2023, 3, 6), date(2023, 3, 6), "day"),
        evidence=Evidence(sentence=TEXT, start=0, end=len(TEXT), trigger="arrested"),
    )


def test_the_table_shows_each_event_with_its_codes_and_counts_them() -> None:
    table = EventTable()
    table.add(Document(id="kisumu", text=TEXT), [_arrest(), _arrest()])
    out = io.StringIO()
    table.print(out)
    text = out.getvalue()
    assert "Kenyan police [KEN/COP]" in text
    assert "2023-03-06" in text
    assert text.rstrip().endswith("2 events")


def test_progress_yields_every_item_when_no_terminal_watches() -> None:
    assert list(progress(iter([1, 2, 3]), 3, "coding")) == [1, 2, 3]
