"""Stage 4: resolve extracted events to codes: actors, dates, places."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Doc, Token

from eventwire.extract.parties.counts import is_count
from eventwire.extract.raw import RawEvent
from eventwire.lexicons.actors import country_name, country_on
from eventwire.lexicons.gazetteer.index import demonyms, fold
from eventwire.lexicons.triggers import load_classes
from eventwire.model import Actor, Document, Event, Evidence, Place
from eventwire.resolve.actors.document import ActorResolver, DocumentActors
from eventwire.resolve.actors.phrase import core_text
from eventwire.resolve.dates.linking import event_date
from eventwire.resolve.places.event import Gazetteer, document_country, event_place

__all__ = ["UNIDENTIFIED", "Resolver", "implicit_source", "implicit_target"]


# Sectors of actors that act where they are: with no country of their own, they take the country of the
# event's place, else the country the document is about.
# Rebels and transnational groups (REB, IMG) do not: "Al Shabaab" in Kenya is not a Kenyan actor.
# An actor whose sector is unknown too (a person not in the dictionaries) is taken as local, as are clergy (REL),
# unidentified gunmen (UAF), criminals (CRM), pro-government militias (PRM), refugees and the displaced (REF), farmers
# (AGR), former officials (ELI) and civil society (SOC).
DOMESTIC_SECTORS = frozenset(
    {None, "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "CVL", "BUS", "MED", "EDU", "LAB", "REL", "UNK"}
    | {"UAF", "CRM", "PRM", "REF", "AGR", "ELI", "SOC"}
)


# People who are where they act: a country their own words do not name ("Kibwezi residents", picked up from
# "a Chinese company" elsewhere in the sentence) gives way to the country of the event's place.
LOCAL_SECTORS = frozenset({"CVL", "EDU", "LAB", "AGR", "REF"})

# Violent, coercive and protest events always have someone doing them. With no source in the text
# ("two people were killed in X", "an IED went off"), the source is an unidentified actor where the event is;
# an arrest with no named arrester is taken to be by the police. Other types get no invented source.
IMPLICIT_SOURCE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
ARREST_CAMEO = "173"
ARREST_VERBS = frozenset({"arrest", "detain", "apprehend", "nab"})
UNIDENTIFIED = "unidentified"
# Protests, mobilizations and coercion are aimed at someone even when the text names no one ("thousands
# demonstrated in Belgrade", "troops were mobilized on the border"): the state and people where they happen.
IMPLICIT_TARGET_TYPES = frozenset({"PROTEST", "MOBILIZE", "COERCE"})
# A protest that names no one it is aimed at ("students marched through Jakarta demanding reforms") is aimed at
# the authorities there: its implicit target is the government (GOV). Mobilization and coercion keep no sector:
# a curfew or a crackdown falls on the people of the place as much as on its state.
GOVERNED_TYPES = frozenset({"PROTEST"})
# An implicit source acting on a whole state or territory (an annexation, an invasion) is not taken to be from
# there: such events are not domestic in kind, so its country stays unknown.
STATE_PRECISIONS = frozenset({"country", "region"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
NOT_STATES = frozenset({"IGO", "NGO", "IMG"})
# An agentless violent or coercive event whose own words still name the doer in a by-phrase or a blame
# ("killed in an attack by X", "a bomb planted by suspected X", "an attack blamed on X") has that doer as its
# source, when the phrase names an armed or security actor (people, objects and dates in by-phrases do not).
AGENT_TYPES = frozenset({"ASSAULT", "COERCE"})
AGENT_SECTORS = frozenset({"COP", "MIL", "REB", "PRM", "UAF", "CRM", "UNK"})
BLAME_LEMMAS = frozenset({"blame", "attribute"})
# Victims known only by their number ("2 killed by raiders", "Five killed in ethnic violence", "kills 2") are people of
# the place where they were harmed: civilians (CVL) with the country any domestic actor takes (the event place's, else
# the document's, else, with neither known, that of a party of the event).
VICTIM_TYPES = frozenset({"ASSAULT", "COERCE"})
# A clash has two sides in its own words: the armed group a report blames for the attack is not one of them.
MUTUAL_LEMMAS = frozenset({"clash", "fight", "fighting", "battle", "skirmish"})


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
            home = location.country if location is not None and location.country else None
            if home is None:
                frame = frame or [self._place_country(doc) or actors.default_country]
                home = frame[0] or _party_country(actors, source, target)
            place_home = home if location is not None and location.country else frame[0] if frame else None
            victims = _counted_victims(raw, target)
            source, target = (self._settle(actors, a, home) for a in (source, target))
            if victims and target is not None:
                target = replace(target, sector="CVL")
            if source is None and raw.source is None:
                source = self._settle(actors, named_agent(raw, actors, anchor), home)
            if source is None and raw.source is None:
                source = self._settle(actors, blamed_group(raw, actors), home)
            if source is None and raw.source is None:
                source = implicit_source(raw, None if self._state_target(doc, target) else home)
            if target is None and raw.target is None:
                target = implicit_target(raw, place_home)
            source, target = (_as_of(actor, anchor) for actor in (source, target))
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

    def _settle(self, actors: DocumentActors, actor: Actor | None, home: str | None) -> Actor | None:
        """The actor with the country its context gives: ``home`` for a bare role noun ("police", "militia")
        and for domestic actors with none of their own; local people keep no stray country."""
        if actor is None or actors.countryless(actor):
            return actor
        territory = self._territory(actor)
        if territory is not None:
            return replace(actor, country=territory)
        if actors.unqualified(actor) and home is not None:
            return replace(actor, country=home)
        if actors.minority(actor) or actors.from_origin(actor):
            return actor if actor.country or home is None else replace(actor, country=home)
        return _domestic(_local(actor, home, self.gazetteer), home)

    def _territory(self, actor: Actor) -> str | None:
        """The country of an actor that is itself a territory the actor dictionaries do not know ("Crimea",
        "Darfur"): the polity there, never the context's country."""
        if actor.country or actor.sector is not None or not actor.text:
            return None
        place = self._as_territory(actor.text)
        return place.country if place is not None else None

    def _as_territory(self, text: str) -> Place | None:
        """The gazetteer's country or region named by ``text``, if it names one."""
        place = self.gazetteer.lookup(core_text(text))
        return place if place is not None and place.precision in STATE_PRECISIONS else None

    def _state_target(self, doc: Doc, target: Actor | None) -> bool:
        """The target is a state or a territory ("annexed Crimea", "invaded Ukraine"), not people, groups or
        property in a place: whoever acts on it need not be from there. A place name that only modifies another
        noun ("a Kenya Police Reservist") names no target of its own."""
        if target is None or target.sector is not None or target.start is None or target.end is None:
            return False
        span = doc.char_span(target.start, target.end, alignment_mode="expand")
        if span is None or span.root.dep_ in MODIFIER_DEPS:
            return False
        return self._as_territory(target.text) is not None

    def _place_country(self, doc: Doc) -> str | None:
        """The country the document's named places lie in, if one clearly leads."""
        return document_country(doc, self.gazetteer)


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


def named_agent(raw: RawEvent, actors: DocumentActors, when: date | None) -> Actor | None:
    """The armed or security actor an agentless violent or coercive event's own clause names as its doer in a
    by-phrase or a blame ("an attack by X", "a bomb planted by X", "blamed on X"); None when it names none."""
    if raw.type not in AGENT_TYPES:
        return None
    scope = {t.i for t in raw.trigger.root.subtree} | {raw.trigger.root.head.i}
    for token in raw.sentence:
        if token.i not in scope or not _agent_marker(token):
            continue
        for obj in (c for c in token.children if c.dep_ == "pobj"):
            actor = actors.resolve(obj.doc[obj.left_edge.i : obj.i + 1], when)
            if actor.sector in AGENT_SECTORS or actor.country == "IMG":
                return actor
    return None


def blamed_group(raw: RawEvent, actors: DocumentActors) -> Actor | None:
    """The named armed group a short document blames for an agentless attack ("Authorities suspect X", "X claimed
    responsibility"), unless it is the event's own target; arrests and clashes are not pinned on armed groups."""
    if raw.type not in AGENT_TYPES or _arrest(raw) or raw.trigger.root.lemma_.lower() in MUTUAL_LEMMAS:
        return None
    return actors.blamed(raw.target)


def _counted_victims(raw: RawEvent, target: Actor | None) -> bool:
    """True when the target is only a count of people harmed ("2 killed by raiders", "kills 2", "several injured")
    and nothing in it says who they are: no country, no sector, no noun counted."""
    if target is None or raw.target is None or raw.type not in VICTIM_TYPES or target.country or target.sector:
        return False
    return is_count(raw.target.root, _headcounts())


@lru_cache(maxsize=1)
def _headcounts() -> frozenset[str]:
    """The extractor's words that count people ("several", "dozens", "others")."""
    return load_classes().get("headcount", frozenset())


def _arrest(raw: RawEvent) -> bool:
    return (raw.cameo or "").startswith(ARREST_CAMEO) or raw.trigger.root.lemma_.lower() in ARREST_VERBS


def _agent_marker(token: Token) -> bool:
    """``by`` (a passive agent or an attack's doer) or the ``on`` of a blame ("blamed on X")."""
    word = token.lower_
    return word == "by" or (word == "on" and token.head.lemma_.lower() in BLAME_LEMMAS)


def implicit_source(raw: RawEvent, home: str | None) -> Actor | None:
    """The unnamed actor behind an agentless violent, coercive or protest event, located in ``home`` (the
    event's or the document's country, when known and the event is domestic in kind); None for other types."""
    if raw.type not in IMPLICIT_SOURCE_TYPES:
        return None
    return Actor(text="", name=UNIDENTIFIED, country=home, sector="COP" if _arrest(raw) else None)


def implicit_target(raw: RawEvent, home: str | None) -> Actor | None:
    """The unnamed party a protest, mobilization or coercive act with no target in the text is aimed at: the
    state and people where it happens (``home``: the event place's or the document's country); None otherwise."""
    if raw.type not in IMPLICIT_TARGET_TYPES or home is None:
        return None
    return Actor(text="", name=country_name(home), country=home, sector="GOV" if raw.type in GOVERNED_TYPES else None)


def _local(actor: Actor | None, home: str | None, gazetteer: Gazetteer) -> Actor | None:
    """Local people whose country is not in their own words take ``home`` instead."""
    if actor is None or home is None or actor.country in (None, home) or actor.sector not in LOCAL_SECTORS:
        return actor
    if actor.country and _names_country(actor.text, actor.country, gazetteer):
        return actor
    return Actor(actor.text, actor.name, home, actor.sector, actor.start, actor.end)


def _names_country(text: str, country: str, gazetteer: Gazetteer) -> bool:
    """``text`` names ``country`` or one of its people or places ("Ugandan students", "Kampala traders")."""
    nationalities = demonyms()
    words = [word.strip(".,;:'\"()") for word in text.split()]
    names = [w for w in words if w[:1].isupper()]
    names += [f"{a} {b}" for a, b in pairwise(words) if a[:1].isupper() and b[:1].isupper()]
    return any(nationalities.get(fold(name)) == country or country in gazetteer.countries_of(name) for name in names)


def _party_country(actors: DocumentActors, *parties: Actor | None) -> str | None:
    """With no place to go by, the country of a party of the event ("Pokot raiders" for the "civilians" they
    attacked): the first one naming a state, not a bloc nor an international or transnational body, nor a visitor's
    own nationality ("an Italian missionary")."""
    for party in parties:
        if party is None or not party.country or party.country in NOT_STATES:
            continue
        if not actors.countryless(party) and not actors.visitor(party):
            return party.country
    return None


def _as_of(actor: Actor | None, when: date | None) -> Actor | None:
    """``actor`` with the country its country was part of on ``when`` (South Sudanese before 2011 are Sudanese)."""
    if actor is None:
        return None
    country = country_on(actor.country, when)
    return actor if country == actor.country else replace(actor, country=country)


def _domestic(actor: Actor | None, home: str | None) -> Actor | None:
    """Give a domestic actor with no country of its own ``home``: the event place's or the document's country."""
    if actor is None or actor.country or home is None or actor.sector not in DOMESTIC_SECTORS:
        return actor
    return Actor(actor.text, actor.name, home, actor.sector, actor.start, actor.end)
