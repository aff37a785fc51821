"""The resolver: turns each extracted event (``RawEvent``) into a coded ``Event``.

For one event, in order: its date (``dates.linking``), the actors its source and target phrases name, with what
their words say about their country (``actors.document``), its place (``places.event``), the country of its
context (``home``), the actors' countries settled against it (``home.settle``), the party steps (``parties``), and
each actor's country as it stood on the event's date (``home.as_of``). Each phase hands its result to the next as a
value; nothing one phase records is read by another behind the caller's back.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from eventwire.extract.raw import RawEvent
from eventwire.lexicons import load_all
from eventwire.lexicons.gazetteer.index import shared_gazetteer
from eventwire.model import Actor, Document, Event, Evidence
from eventwire.resolve.actors.document import ActorFacts, ActorResolver, DocumentActors, ResolvedActor
from eventwire.resolve.dates.linking import event_date
from eventwire.resolve.home import Homes, as_of, lead_country, sentence_country, settle
from eventwire.resolve.parties import STEPS, Parties, Scene, complete
from eventwire.resolve.places.event import Gazetteer, document_country, event_place

VISIT_CAMEO = "042"  # make a visit: the visitor travels to the host

__all__ = ["Resolver"]


class Resolver:
    """Turns ``RawEvent`` spans into coded ``Event`` records.

    ``disabled`` names party steps (``eventwire.resolve.STEPS``) to switch off; names of other stages' steps are
    left to them (check names across stages with ``eventwire.steps.checked``). Every data file is read and checked
    when a resolver is made, so a bad row fails here, naming its file and line, and not on each document.
    """

    def __init__(self, disabled: frozenset[str] = frozenset()) -> None:
        load_all()
        self.disabled = STEPS.check(disabled)
        self.actors = _shared_actors()
        self.gazetteer = shared_gazetteer()

    def resolve(self, doc: Doc, raws: list[RawEvent], document: Document) -> list[Event]:
        actors = self.actors.for_document(doc, document.published, document.country)
        report = self._report_country(doc, actors) if raws else None
        lead = self._lead_country(doc, actors) if raws else None
        sentences: dict[int, str | None] = {}  # the country of each event sentence's place names, on first need
        events: list[Event] = []
        for raw in raws:
            events.append(self._event(doc, raw, document, actors, (report, lead, sentences), tuple(events)))
        return events

    def _event(
        self,
        doc: Doc,
        raw: RawEvent,
        document: Document,
        actors: DocumentActors,
        context: tuple[str | None, str | None, dict[int, str | None]],
        earlier: tuple[Event, ...] = (),
    ) -> Event:
        when = event_date(raw, document.published)
        anchor = when.start if when else document.published
        source = actors.identify(raw.source, anchor) if raw.source is not None else None
        target = actors.identify(raw.target, anchor) if raw.target is not None else None
        prefer = [p.actor.country for p in (source, target) if p is not None and p.actor.country]
        speaker = source.actor.name if source is not None else None
        seat = (source.actor.country, source.actor.sector) if source is not None else None
        location = event_place(raw, self.gazetteer, prefer, speaker, seat)
        report, lead, sentences = context
        start = raw.sentence.start
        if start not in sentences:
            sentences[start] = sentence_country(raw.sentence, self.gazetteer)
        place = location.country if location is not None else None
        near = _sentence_home(raw, sentences[start], self.gazetteer)
        homes = Homes(place, near, report, document.country, lead, _wider_home(raw, sentences[start], self.gazetteer))
        facts = (_facts(source), _facts(target))
        scene = Scene(raw, doc, actors, self.gazetteer, anchor, homes, _actor(target), facts, earlier)
        parties = Parties(
            settle(source, _visitor_homes(raw, homes), self.gazetteer), settle(target, homes, self.gazetteer)
        )
        parties = complete(parties, scene, self.disabled)
        return Event(
            doc_id=document.id,
            type=raw.type,
            mode=raw.mode,
            cameo=raw.cameo,
            source=as_of(parties.source, anchor),
            target=as_of(parties.target, anchor),
            date=when,
            location=location,
            status=raw.status,
            attribution=raw.attribution.text if raw.attribution is not None else None,
            evidence=_evidence(raw),
            confidence=raw.confidence,
        )

    def _lead_country(self, doc: Doc, actors: DocumentActors) -> str | None:
        """The country the opening sentence of a longer article sets its story in: the one country its place names
        lie in ("A judge in Zimbabwe adjourned..."); None for a short report (``_report_country`` reads those) or a
        lead whose places disagree or are none."""
        if actors.short_report:
            return None
        first = next(iter(doc.sents), None)
        return lead_country(first, self.gazetteer) if first is not None else None

    def _report_country(self, doc: Doc, actors: DocumentActors) -> str | None:
        """The country a short report of one event is set in: its place names' (``document_country``), else that of
        the national bodies and office holders it names, else the one country its sentences' place names lie in;
        None for a longer text, whose subject is no event's place."""
        if not actors.short_report:
            return None
        found = actors.default_country or document_country(doc, self.gazetteer)
        if found is None:
            countries = {sentence_country(sentence, self.gazetteer) for sentence in doc.sents} - {None}
            found = countries.pop() if len(countries) == 1 else None
        return found


@lru_cache(maxsize=1)
def _shared_actors() -> ActorResolver:
    """One set of actor dictionaries per process: they are read-only once loaded."""
    return ActorResolver()


def _sentence_home(raw: RawEvent, cached: str | None, gazetteer: Gazetteer) -> str | None:
    """The country of the event sentence's place names, without those naming the event's own parties or lying in
    the clause of another verb than the trigger's."""
    parties = tuple(span for span in (raw.source, raw.target) if span is not None)
    return cached if cached is None else sentence_country(raw.sentence, gazetteer, parties, raw.trigger)


def _wider_home(raw: RawEvent, cached: str | None, gazetteer: Gazetteer) -> str | None:
    """The country of all the event sentence's place names but those naming the event's own parties."""
    parties = tuple(span for span in (raw.source, raw.target) if span is not None)
    return cached if cached is None or not parties else sentence_country(raw.sentence, gazetteer, parties)


def _actor(resolved: ResolvedActor | None) -> Actor | None:
    return resolved.actor if resolved is not None else None


def _facts(resolved: ResolvedActor | None) -> ActorFacts:
    return resolved.facts if resolved is not None else ActorFacts()


def _evidence(raw: RawEvent) -> Evidence:
    sent = raw.sentence
    return Evidence(sentence=sent.text, start=sent.start_char, end=sent.end_char, trigger=raw.trigger.text)


def _visitor_homes(raw: RawEvent, homes: Homes) -> Homes:
    """A visitor comes from elsewhere: an unnamed visitor ("the president visited Moscow") takes no country from
    the place visited or the story's setting, only the outlet's home when the input gives one."""
    return Homes(document=homes.document) if raw.cameo == VISIT_CAMEO else homes
