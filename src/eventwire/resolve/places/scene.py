"""The scene of a story: where an act that its own sentence does not place happened.

A report of fighting in Syria goes on "Isis fighters shot those trying to flee", "the group surrendered"; a report
on Zimbabwe's courts, "he and a colleague were arrested in 2022". A physical act (an attack, an arrest, a
ban, a protest, a deployment: every type but the ``clause_placed_types`` of ``data/places/cues.yaml``) with no
place of its own happened in the country of the story: the country whose places the text puts things in, named
after a locative preposition ("in Syria", "at Baghuz", "near Sibi") more often than any other country's
(``scene_country``, worked out once per document). It takes that country only when its parties allow: an act
between parties of other countries ("the US reimposed sanctions on Iran" in a story set in Syria) is not placed
by the story. A story set in one town of that country (``scene_town``: a town its opening names, in at least three
other sentences, more than any other town of the country) places such an act in that town: "Isis had shot those trying
to flee" in a report on the siege of one town. Statements and dealings keep no place when their clause gives
none (``resolve.places.clause``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from eventwire.lexicons import geonames
from eventwire.lexicons.gazetteer.index import Entry, Gazetteer
from eventwire.lexicons.places.cues import load_place_cues as cues
from eventwire.model import Place
from eventwire.resolve.places.document import facts
from eventwire.resolve.places.frame import context_countries, document_country
from eventwire.resolve.places.names import bare_name
from eventwire.resolve.places.scope import in_locative_phrase
from eventwire.resolve.places.spans import LIST_DEPS, place_spans

__all__ = [
    "country_place",
    "located_parties",
    "moves_forces",
    "scene_country",
    "scene_place",
    "scene_town",
    "site_in_story_town",
    "story_town",
]

FORCE_DEPS = frozenset({"dobj", "nsubj", "nsubjpass"})  # where the forces of a deployment stand in its clause
SCENE_VOTES = 2  # a country named once is no story's scene
SCENE_TOWN_SENTENCES = 3  # a town named in so many other sentences, more than any other, is the story's town
LEDE_SENTENCES = 2  # the sentences a story opens with, which say where it happens
STORY_SENTENCES = 5  # a document this long is a story that may be about a country without naming its places


def scene_place(
    sentence: Span, gazetteer: Gazetteer, parties: Sequence[str], event_type: str = "", forces: bool = False
) -> Place | None:
    """The country of the story as the place of an act its sentence does not place, when the act's parties
    (their country codes, ``parties``) include it or are not known; else None. Codes that name no country (``IMG``
    for Islamic State, ``IGO``, ``NGO``) say nothing of where a party is: "Isis fighters surrendered" in a story
    set in Syria happened in Syria. Forces sent or pulled out (``forces``, see ``moves_forces``) are placed by the
    story whatever their parties: "the US will pull its troops out of the area" in a story set in Syria (in the
    country: a foreign state's forces leave a country, not the story's town). An act the story places goes to the
    town the story is set in, when there is one (``scene_town``) and the scene was set by place phrases. The story
    is told by the other sentences: a place of the act's own sentence that its rules did not give it does not place
    it."""
    country = scene_country(sentence, gazetteer)
    set_by_places = country is not None
    located = located_parties(parties)
    if country is None and event_type.lower() not in cues().projected_types:
        country = _home_of_parties(sentence, gazetteer, located)
    abroad = bool(located) and country not in located
    if country is None or (abroad and not forces):
        return None
    town = scene_town(sentence, gazetteer, country) if set_by_places and not abroad else None
    return town if town is not None else country_place(country, gazetteer)


def scene_town(sentence: Span, gazetteer: Gazetteer, country: str) -> Place | None:
    """The town of ``country`` the story is set in, if one leads: set as a scene in the story's first
    ``LEDE_SENTENCES`` sentences (``_sets_scene``) and named in at least ``SCENE_TOWN_SENTENCES`` of the document's
    sentences other than ``sentence``, more of them than any other town of that country ("They left X in a convoy
    ...", "the battle is coming to an end in X", "fighters fell back to X"). A report on the fight for one town
    places there the acts its sentences do not place ("Isis had shot those trying to flee"); a story that moves
    between towns, or names its town only in passing, has no such town, and its acts stay in the country. A town
    named only as a reference point ("the suburb near X", ``vicinity_preps``) is not where the story is."""
    doc = sentence.doc
    named = facts(doc).per_span(f"scene_towns:{id(gazetteer)}", doc[:], lambda: _town_sentences(doc, gazetteer))
    lede_end = _lede_end(doc)
    tally: Counter[int] = Counter()
    places: dict[int, Place] = {}
    opening: set[int] = set()
    for start, geonameid, place, scene in named:
        if place.country != country:
            continue
        places.setdefault(geonameid, place)
        if start < lede_end and scene:
            opening.add(geonameid)
        if start != sentence.start:
            tally[geonameid] += 1
    ranked = tally.most_common(2)
    if not ranked or ranked[0][1] < SCENE_TOWN_SENTENCES or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return places[ranked[0][0]] if ranked[0][0] in opening else None


def _lede_end(doc: Doc) -> int:
    sentences = facts(doc).sentences[:LEDE_SENTENCES]
    return sentences[-1].end if sentences else 0


def _town_sentences(doc: Doc, gazetteer: Gazetteer) -> list[tuple[int, int, Place, bool]]:
    """(sentence start, town id, town, whether the mention sets a scene) of each town a sentence of the document
    names, once per sentence, by the name the text writes: the gazetteer's town of that name in the document's
    context, when the name alone, out of context, is a town of the same country too (no "Toronto" of Ohio in a story
    of the United States). A mention sets a scene when something happens there: a locative phrase ("fighting in X",
    "the town of X") or the object of a place verb ("they left X"), not "images from X"."""
    context = context_countries(doc, gazetteer)
    found: list[tuple[int, int, Place, bool]] = []
    for sentence in facts(doc).sentences:
        seen: set[int] = set()
        for span in place_spans(sentence, gazetteer):
            if _reference_point(span.root):
                continue
            name = bare_name(span)
            entry = gazetteer.best(name, context=context)
            if entry is None or entry.precision != "city" or entry.lat is None or entry.lon is None:
                continue
            plain = gazetteer.best(name)
            key = entry.geonameid or hash((entry.lat, entry.lon))
            if plain is not None and plain.country == entry.country and key not in seen:
                seen.add(key)
                place = Place(name, entry.country, entry.lat, entry.lon, entry.geonameid, "city")
                found.append((sentence.start, key, place, _sets_scene(span.root)))
    return found


def _sets_scene(token: Token) -> bool:
    if in_locative_phrase(token):
        return True
    return token.dep_ == "dobj" and token.head.lemma_.lower() in cues().place_object_verbs


def _reference_point(token: Token) -> bool:
    """``token`` names the place something is beside: the object of "near", "outside"."""
    while token.dep_ in LIST_DEPS and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in cues().vicinity_preps


def moves_forces(mode: str | None, trigger: Span) -> bool:
    """The act sends, stations or pulls out armed forces: a mode of ``abroad_modes`` whose trigger names forces or
    takes them for object or subject ("pull US troops out", "withdrew its soldiers", "forces are stationed")."""
    if mode not in cues().abroad_modes:
        return False
    words = list(trigger)
    for child in trigger.root.children:
        if child.dep_ in FORCE_DEPS:
            words.extend(child.subtree)
    return any(word.lemma_.lower() in cues().force_nouns for word in words)


def _home_of_parties(sentence: Span, gazetteer: Gazetteer, located: Sequence[str]) -> str | None:
    """A story whose place phrases name no clear scene still has one when the whole document is about a country
    (``document_country``) and the act has a party of that country: "a Kenyan court lifted the orders" in a
    report on Kenya's politics (a story of at least ``STORY_SENTENCES`` sentences, not a note). Force and
    deployments (``projected_types``) are left out: a state's strikes and troops are as often abroad ("US
    airstrikes there began in 2014")."""
    if len(facts(sentence.doc).sentences) < STORY_SENTENCES:
        return None  # a sentence or a short note is no story about a country
    home = document_country(sentence.doc, gazetteer)
    return home if home is not None and home in located else None


def site_in_story_town(place: Place, name: str, doc: Doc, gazetteer: Gazetteer) -> Place | None:
    """The place of a facility named ``name`` (a hotel, a hospital, a stadium) that the gazetteer does not know and
    ``place`` gives only the country around ("at the X Hotel in central Somalia") or no coordinates at all (the X
    Hotel borrowed by "claimed the attack"): the town the story opens in, when that town is of the same country
    ("Gunmen stormed a hotel in the Somali city of Y, ..."); a report names its site's town once, at the top."""
    if place.country is None or (place.precision != "country" and place.lat is not None):
        return None
    if name.split()[-1].lower() not in cues().facility_words:
        return None
    if gazetteer.best(name) is not None:
        return None  # a country's own name, or a site the gazetteer knows
    town = story_town(doc, gazetteer, place.country)
    if town is None:
        return None
    return Place(place.name, town.country, town.lat, town.lon, town.geonameid, town.precision)


def story_town(doc: Doc, gazetteer: Gazetteer, country: str) -> Entry | None:
    """The town the story opens in: the first town of ``country`` that a locative phrase of the document's first
    ``LEDE_SENTENCES`` sentences names ("Gunmen stormed a hotel in the city of X on Tuesday, ...")."""
    return facts(doc).per_span(
        f"story_town:{id(gazetteer)}:{country}", doc[:], lambda: _lede_town(doc, gazetteer, country)
    )


def _lede_town(doc: Doc, gazetteer: Gazetteer, country: str) -> Entry | None:
    context = context_countries(doc, gazetteer)
    for sentence in facts(doc).sentences[:LEDE_SENTENCES]:
        for span in place_spans(sentence, gazetteer):
            if not in_locative_phrase(span.root):
                continue
            entry = gazetteer.best(bare_name(span), prefer=[country], context=context)
            if entry is not None and entry.country == country and entry.precision == "city":
                return entry
    return None


def located_parties(parties: Sequence[str]) -> list[str]:
    """The codes of ``parties`` that name a country: not ``IMG``, ``IGO``, ``NGO`` and the like."""
    return [code for code in parties if code in _country_names()]


def scene_country(sentence: Span, gazetteer: Gazetteer) -> str | None:
    """The country named by the locative place phrases of the document's other sentences more often than any
    other, at least ``SCENE_VOTES`` times, if one leads."""
    doc = sentence.doc
    votes = facts(doc).per_span(f"scene_votes:{id(gazetteer)}", doc[:], lambda: _votes(doc, gazetteer))
    tally: Counter[str] = Counter()
    for start, country in votes:
        if start != sentence.start:
            tally[country] += 1
    ranked = tally.most_common(2)
    if not ranked or ranked[0][1] < SCENE_VOTES or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return ranked[0][0]


def _votes(doc: Doc, gazetteer: Gazetteer) -> list[tuple[int, str]]:
    """(sentence start, country) of each place named after a locative preposition in the document."""
    context = context_countries(doc, gazetteer)
    votes: list[tuple[int, str]] = []
    for sentence in facts(doc).sentences:
        for span in place_spans(sentence, gazetteer):
            if not in_locative_phrase(span.root):
                continue
            entry = gazetteer.best(bare_name(span), context=context)
            if entry is not None and entry.country:
                votes.append((sentence.start, entry.country))
    return votes


def country_place(country: str, gazetteer: Gazetteer) -> Place | None:
    """The gazetteer's entry of a country, by its ISO3 code."""
    name = _country_names().get(country)
    entry = gazetteer.best(name, prefer=[country]) if name else None
    if entry is None or entry.country != country or entry.precision != "country":
        return None
    return entry.place()


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    return {info["iso3"]: info["name"] for info in geonames.countries().values()}
