"""Stage 4: resolve extracted events to codes: actors, dates, places."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from eventwire.extract.raw import RawEvent
from eventwire.model import Actor, Document, Event, Evidence
from eventwire.resolve.actors import ActorResolver
from eventwire.resolve.dates import event_date
from eventwire.resolve.places import Gazetteer, document_country, event_place

__all__ = ["Resolver"]


# Sectors of actors that act where they are: with no country of their own, they take the country of the
# event's place, else the country the document is about.
# Rebels and transnational groups (REB, IMG) do not: "Al Shabaab" in Kenya is not a Kenyan actor.
# An actor whose sector is unknown too (a person not in the dictionaries) is taken as local.
DOMESTIC_SECTORS = frozenset(
    {None, "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "CVL", "BUS", "MED", "EDU", "LAB", "UNK"}
)


class Resolver:
    """Turns ``RawEvent`` spans into coded ``Event`` records."""

    def __init__(self) -> None:
        self.actors = _shared_actors()
        self.gazetteer = _shared_gazetteer()

    def resolve(self, doc: Doc, raws: list[RawEvent], document: Document) -> list[Event]:
        actors = self.actors.for_document(doc, document.published)
        frame: list[str | None] = []  # the document's country from its places, computed on first need
        events = []
        for raw in raws:
            when = event_date(raw, document.published)
            anchor = when.start if when else document.published
            source = actors.resolve(raw.source, anchor) if raw.source is not None else None
            target = actors.resolve(raw.target, anchor) if raw.target is not None else None
            prefer = [a.country for a in (source, target) if a is not None and a.country]
            location = event_place(raw, self.gazetteer, prefer)
            home = location.country if location is not None and location.country else actors.default_country
            if home is None and _needs_home(source, target):
                frame = frame or [self._place_country(doc)]
                home = frame[0]
            source, target = (_domestic(a, home) for a in (source, target))
            events.append(
                Event(
                    doc_id=document.id,
                    type=raw.type,
                    mode=raw.mode,
                    cameo=raw.cameo,
                    source=source,
                    target=target,
                    date=when,
                    location=location,
                    status=raw.status,
                    attribution=raw.attribution.text if raw.attribution is not None else None,
                    evidence=_evidence(raw),
                    confidence=raw.confidence,
                )
            )
        return events

    def _place_country(self, doc: Doc) -> str | None:
        """The country the document's named places lie in, if one clearly leads."""
        return document_country(doc, self.gazetteer)


def _needs_home(*actors: Actor | None) -> bool:
    return any(a is not None and not a.country and a.sector in DOMESTIC_SECTORS for a in actors)


@lru_cache(maxsize=1)
def _shared_actors() -> ActorResolver:
    """One set of actor dictionaries per process: they are read-only once loaded."""
    return ActorResolver()


@lru_cache(maxsize=1)
def _shared_gazetteer() -> Gazetteer:
    """One gazetteer per process: it is read-only once loaded."""
    return Gazetteer()


def _evidence(raw: RawEvent) -> Evidence:
    sent = raw.sentence
    return Evidence(sentence=sent.text, start=sent.start_char, end=sent.end_char, trigger=raw.trigger.text)


def _domestic(actor: Actor | None, home: str | None) -> Actor | None:
    """Give a domestic actor with no country of its own ``home``: the event place's or the document's country."""
    if actor is None or actor.country or home is None or actor.sector not in DOMESTIC_SECTORS:
        return actor
    return Actor(actor.text, actor.name, home, actor.sector, actor.start, actor.end)
