"""The country an actor takes from the event's context when its own words leave it open ("home-country settling").

``home`` is the country of the event's place, else the one the document's places point to, else that of a party of
the event (``party_country``). ``settle`` gives it to the actors that act where they are: a bare role noun
("police"), a domestic actor with no country of its own, local people whose country is not in their own words; it
leaves alone blocs, countries of origin ("raiders from Ethiopia"), minorities and territories ("Crimea", whose
polity is their own). ``as_of`` finally moves an actor of a state that became independent later to the state it
was part of on the event's date.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise

from eventwire.lexicons.actors import SPECIAL_COUNTRIES, country_on
from eventwire.lexicons.gazetteer.index import demonyms, fold
from eventwire.model import Actor, Place
from eventwire.resolve.actors.document import ResolvedActor
from eventwire.resolve.actors.phrase import core_text
from eventwire.resolve.places.event import Gazetteer

__all__ = ["DOMESTIC_SECTORS", "LOCAL_SECTORS", "as_of", "as_territory", "party_country", "settle"]

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

# The precisions of gazetteer places that are states or territories (our own codes of ``Place.precision``).
STATE_PRECISIONS = frozenset({"country", "region"})


def settle(resolved: ResolvedActor | None, home: str | None, gazetteer: Gazetteer) -> Actor | None:
    """The actor with the country its context gives: ``home`` for a bare role noun ("police", "militia") and for
    domestic actors with none of their own; local people keep no stray country."""
    if resolved is None:
        return None
    actor, facts = resolved.actor, resolved.facts
    if facts.countryless:
        return actor
    territory = _territory(actor, gazetteer)
    if territory is not None:
        return replace(actor, country=territory)
    if facts.unqualified and home is not None:
        return replace(actor, country=home)
    if facts.minority or facts.from_origin:
        return actor if actor.country or home is None else replace(actor, country=home)
    return _domestic(_local(actor, home, gazetteer), home)


def _territory(actor: Actor, gazetteer: Gazetteer) -> str | None:
    """The country of an actor that is itself a territory the actor dictionaries do not know ("Crimea",
    "Darfur"): the polity there, never the context's country."""
    if actor.country or actor.sector is not None or not actor.text:
        return None
    place = as_territory(actor.text, gazetteer)
    return place.country if place is not None else None


def as_territory(text: str, gazetteer: Gazetteer) -> Place | None:
    """The gazetteer's country or region named by ``text``, if it names one."""
    place = gazetteer.lookup(core_text(text))
    return place if place is not None and place.precision in STATE_PRECISIONS else None


def _local(actor: Actor, home: str | None, gazetteer: Gazetteer) -> Actor:
    """Local people whose country is not in their own words take ``home`` instead."""
    if home is None or actor.country in (None, home) or actor.sector not in LOCAL_SECTORS:
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


def _domestic(actor: Actor, home: str | None) -> Actor:
    """Give a domestic actor with no country of its own ``home``: the event place's or the document's country."""
    if actor.country or home is None or actor.sector not in DOMESTIC_SECTORS:
        return actor
    return Actor(actor.text, actor.name, home, actor.sector, actor.start, actor.end)


def party_country(*parties: ResolvedActor | None) -> str | None:
    """With no place to go by, the country of a party of the event ("Pokot raiders" for the "civilians" they
    attacked): the first one naming a state, not a bloc nor an international or transnational body, nor a visitor's
    own nationality ("an Italian missionary")."""
    for party in parties:
        if party is None or not party.actor.country or party.actor.country in SPECIAL_COUNTRIES:
            continue
        if not party.facts.countryless and not party.facts.visitor:
            return party.actor.country
    return None


def as_of(actor: Actor | None, when: date | None) -> Actor | None:
    """``actor`` with the country its country was part of on ``when`` (South Sudanese before 2011 are Sudanese)."""
    if actor is None:
        return None
    country = country_on(actor.country, when)
    return actor if country == actor.country else replace(actor, country=country)
