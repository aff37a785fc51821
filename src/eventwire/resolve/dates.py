"""Event dates against the publication date. Placeholder until the resolver lands."""

from __future__ import annotations

from datetime import date

from eventwire.extract.raw import RawEvent
from eventwire.model import EventDate


def event_date(raw: RawEvent, published: date | None) -> EventDate | None:
    """The date of ``raw``: its own date phrase, else its context's, else the publication date."""
    if published is None:
        return None
    return EventDate(start=published, end=published, precision="day", text=None, inherited=True)
