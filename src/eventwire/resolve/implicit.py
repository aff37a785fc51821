"""The parties an event's text leaves out: an unidentified source, the state and people a protest is aimed at,
victims known only by their count.

Violent, coercive and protest events always have someone doing them: with no source in the text ("two people
were killed in X", "an IED went off"), the source is an unidentified actor where the event is, and an arrest with
no named arrester is taken to be by the police. Protests, mobilizations and coercion are aimed at someone even
when the text names no one: the state and people where they happen.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from eventwire.extract.parties.counts import is_count
from eventwire.extract.raw import RawEvent
from eventwire.lexicons.actors import country_name
from eventwire.lexicons.actors.words import load_actor_words
from eventwire.lexicons.triggers import load_classes
from eventwire.model import Actor
from eventwire.resolve.actors.document import NOUN_MODIFIER_OR_POSSESSIVE_DEPS
from eventwire.resolve.home import as_territory
from eventwire.resolve.places.event import Gazetteer

__all__ = [
    "UNIDENTIFIED",
    "counted_victims",
    "implicit_source",
    "implicit_target",
    "is_arrest",
    "is_headcount",
    "state_target",
]

IMPLICIT_SOURCE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
ARREST_CAMEO = "173"
UNIDENTIFIED = "unidentified"
IMPLICIT_TARGET_TYPES = frozenset({"PROTEST", "MOBILIZE", "COERCE"})
# A protest that names no one it is aimed at ("students marched through Jakarta demanding reforms") is aimed at
# the authorities there: its implicit target is the government (GOV). A coercive act that names no one it falls on
# (arrests, a curfew, martial law) falls on the people of the place: civilians (CVL). A mobilization keeps no sector.
GOVERNED_TYPES = frozenset({"PROTEST"})
PEOPLE_TYPES = frozenset({"COERCE"})
# Victims known only by their number ("2 killed by raiders", "Five killed in ethnic violence", "kills 2") are people of
# the place where they were harmed: civilians (CVL) with the country any domestic actor takes (the event place's, else
# the document's, else, with neither known, that of a party of the event).
VICTIM_TYPES = frozenset({"ASSAULT", "COERCE"})


def is_arrest(raw: RawEvent) -> bool:
    """The event is an arrest: CAMEO 173, or a trigger of ``arrest_verbs`` (``data/actors/words.yaml``)."""
    lemma = raw.trigger.root.lemma_.lower()
    return (raw.cameo or "").startswith(ARREST_CAMEO) or lemma in load_actor_words().arrest_verbs


def implicit_source(raw: RawEvent, home: str | None) -> Actor | None:
    """The unnamed actor behind an agentless violent, coercive or protest event, located in ``home`` (the
    event's or the document's country, when known and the event is domestic in kind); None for other types."""
    if raw.type not in IMPLICIT_SOURCE_TYPES:
        return None
    return Actor(text="", name=UNIDENTIFIED, country=home, sector="COP" if is_arrest(raw) else None)


def implicit_target(raw: RawEvent, home: str | None) -> Actor | None:
    """The unnamed party a protest, mobilization or coercive act with no target in the text is aimed at: the
    state and people where it happens (``home``: the event place's or the document's country); None otherwise."""
    if raw.type not in IMPLICIT_TARGET_TYPES or home is None:
        return None
    sector = "GOV" if raw.type in GOVERNED_TYPES else "CVL" if raw.type in PEOPLE_TYPES else None
    return Actor(text="", name=country_name(home), country=home, sector=sector)


def state_target(doc: Doc, target: Actor | None, gazetteer: Gazetteer) -> bool:
    """The target is a state or a territory ("annexed Crimea", "invaded Ukraine"), not people, groups or
    property in a place: whoever acts on it need not be from there, so an implicit source keeps no country. A
    place name that only modifies another noun ("a Kenya Police Reservist") names no target of its own."""
    if target is None or target.sector is not None or target.start is None or target.end is None:
        return False
    span = doc.char_span(target.start, target.end, alignment_mode="expand")
    if span is None or span.root.dep_ in NOUN_MODIFIER_OR_POSSESSIVE_DEPS:
        return False
    return as_territory(target.text, gazetteer) is not None


def counted_victims(raw: RawEvent, target: Actor | None) -> bool:
    """True when the target, as its own words read it, is only a count of people harmed ("2 killed by raiders",
    "kills 2", "several injured") and nothing in it says who they are: no country, no sector, no noun counted."""
    if target is None or raw.target is None or raw.type not in VICTIM_TYPES or target.country or target.sector:
        return False
    return is_count(raw.target.root, _headcounts())


def is_headcount(span: Span) -> bool:
    """The phrase is only a count of people ("five", "several", "dozens"): a number or a word of the extractor's
    ``headcount`` class as its head."""
    return is_count(span.root, _headcounts())


@lru_cache(maxsize=1)
def _headcounts() -> frozenset[str]:
    """The extractor's words that count people ("several", "dozens", "others": the class ``headcount``)."""
    return load_classes()["headcount"]
