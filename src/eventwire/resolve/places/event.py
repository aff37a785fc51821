"""Event places with coordinates: the place the parse ties to an event, resolved with the offline gazetteer.

The place of an event is a place mention of its sentence (a GPE/LOC/FAC entity, or a proper noun the
gazetteer knows) that the dependency tree ties to the trigger: the object of a locative preposition ("in",
"at", "near", ...) on the trigger or on a phrase attached to it, the most specific name of a list ("in
Watamu, Dabaso, Kilifi": Watamu, located with the help of the others), the name inside a place noun ("in the
West Bank city of Nablus": Nablus), or the object of a verb whose object is a place ("visited Moscow").
Among several, the one nearest to the trigger in the tree wins. Actor mentions ("Syrian troops"), names
that only modify another noun ("the Iraq war") and organisations are not places. No tie: a locative phrase
elsewhere in the sentence (its scope), then one in the sentence before or after; else no place (None).

The returned ``Place.name`` is the mention as written ("Kiev", not "Kyiv"); the coordinates, country and
precision come from the gazetteer, or from the next, larger name of the list when the first is unknown.

The nouns the choice reads (``town_nouns``, ``border_nouns``, ``road_nouns``, ``mission_nouns``, ...) are
sections of ``data/places/cues.yaml`` (``lexicons.places.cues``); the words of a figurative capture are in
``data/places/figurative.yaml`` (``lexicons.places.figurative``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from spacy.tokens import Span, Token

from eventwire.extract.raw import RawEvent
from eventwire.lexicons.gazetteer.index import Gazetteer, famous, fold, variants
from eventwire.lexicons.places.cues import load_place_cues as cues
from eventwire.lexicons.places.figurative import load_figurative
from eventwire.model import Place
from eventwire.resolve.places.clause import (
    aimed_at_country,
    aimed_measure,
    clause_placed,
    own_clause_place,
    party_measure,
    scene_act,
)
from eventwire.resolve.places.document import facts
from eventwire.resolve.places.frame import (
    ballot,
    context_countries,
    document_country,
    document_place_names,
    propn_phrase,
)
from eventwire.resolve.places.frames import opening_frame, there_frame, where_antecedent
from eventwire.resolve.places.links import Mention, found_mentions
from eventwire.resolve.places.lookup import resolve_mention
from eventwire.resolve.places.names import MODIFIER_DEPS
from eventwire.resolve.places.scene import (
    country_place,
    located_parties,
    moves_forces,
    scene_place,
    site_in_story_town,
)
from eventwire.resolve.places.scope import SCOPE_DISTANCE, off_scene
from eventwire.resolve.places.spans import LIST_DEPS, bracketed, is_locative_link, of_name, place_spans
from eventwire.resolve.places.speakers import speaker_frame

__all__ = ["Gazetteer", "document_country", "document_place_names", "event_place"]

log = logging.getLogger(__name__)

# How much wider than a town a place of each precision is: a country counts as a little farther than a town.
BREADTH = {"country": 1.5, "region": 0.5, "admin1": 0.5}
BRACKET_REACH = 12  # tokens a bracket is searched over
# A country named as a side of a border (``border_nouns``: "near the Kenya-Somalia border", "its border with
# Ethiopia") is where the border is measured from, not where the event was: it ranks after every other name.
BORDER_SIDE_PREPS = frozenset({"with", "of", "between"})
BORDER_COST = 50.0
CLAUSE_TAGS = frozenset({"VERB", "AUX"})
DESCRIBING_PREPS = frozenset({"of", "in", "near", "outside"})
HOME_SIDE_BONUS = 1.0  # the document's own side of a border ranks before the other side
DASHES = frozenset({"-", "–", "—"})


def event_place(
    raw: RawEvent,
    gazetteer: Gazetteer,
    prefer: Sequence[str] = (),
    speaker: str | None = None,
    seat: tuple[str | None, str | None] | None = None,
) -> Place | None:
    """Where ``raw`` happened: the place tied to it in the text, else None. ``speaker`` is the name of the person
    the event's source resolved to, if any: a statement its own clause does not place is placed where the text
    says that person spoke (``speakers``). ``seat`` is the (country, sector) of the event's source: an act of a
    source that sits at home (``seated_sectors``: a national court) that nothing else places happened in the
    source's country."""
    return _placed(raw, gazetteer, prefer, speaker) or _seated_place(raw, seat, gazetteer, prefer)


def _seated_place(
    raw: RawEvent, seat: tuple[str | None, str | None] | None, gazetteer: Gazetteer, parties: Sequence[str]
) -> Place | None:
    """The country of a source that sits at home (``seated_sectors``: "a Kenyan court lifted the orders", "the
    Senate voted to urge ...": their country), ``seat`` being its (country, sector); a court that is only the target
    ("accused the court of X") says nothing of where the act was, one named person of such a body ("Senator X urged
    ...") speaks wherever they are, and a meeting (``meeting_types``) with a party of another country (``parties``:
    the event's parties' countries) may be where that party is ("a Senate team met the crown prince")."""
    country, sector = seat if seat is not None else (None, None)
    if country is None or sector is None or sector.lower() not in cues().seated_sectors:
        return None
    if _named_person(raw.source):
        return None
    if raw.type.lower() in cues().meeting_types and any(code != country for code in located_parties(parties)):
        return None
    return country_place(country, gazetteer)


def _named_person(phrase: Span | None) -> bool:
    """``phrase`` is headed by a person's name ("Senator Jane Doe"), not by a body or its members as a whole."""
    return phrase is not None and phrase.root.ent_type_ == "PERSON"


def _placed(raw: RawEvent, gazetteer: Gazetteer, prefer: Sequence[str], speaker: str | None) -> Place | None:
    if _figurative(raw.trigger.root):
        log.debug("%r is figurative: no place", raw.trigger.text)
        return None
    found = _candidates(raw, gazetteer, speaker)
    doc = raw.sentence.doc
    if not found:
        log.debug("no place tied to %r", raw.trigger.text)
        return None if clause_placed(raw.type) else _scene(raw, gazetteer, prefer)
    home = document_country(doc, gazetteer)
    mention = _choose(found, gazetteer, raw.trigger.root.i, home)
    if fold(mention.text) in cues().world_regions:
        log.debug("%r is placed in %r, wider than any country", raw.trigger.text, mention.text)
        return None  # "plotted attacks in Europe": no country, and not the story's country either
    mention = _road_origin(mention) or mention
    context = context_countries(doc, gazetteer)
    place = resolve_mention(
        mention, _larger_names(mention, found, gazetteer), gazetteer, prefer, context, home, ballot(doc, gazetteer)
    )
    place = site_in_story_town(place, mention.text, doc, gazetteer) or place
    if mention.borrowed and not mention.framed and _parties_elsewhere(place, raw, prefer):
        log.debug("%r: both parties are away from the borrowed place %r", raw.trigger.text, place.name)
        return _scene(raw, gazetteer, prefer)
    return place


def _scene(raw: RawEvent, gazetteer: Gazetteer, prefer: Sequence[str]) -> Place | None:
    return scene_place(raw.sentence, gazetteer, prefer, raw.type, moves_forces(raw.mode, raw.trigger))


def _candidates(raw: RawEvent, gazetteer: Gazetteer, speaker: str | None = None) -> list[Mention]:
    """The place mentions an event may be placed by: those the parse ties to it (``links``), a statement's only
    when its own clause gives them (``clause``) or the text says where its speaker spoke (``speakers``), else a
    frame the text sets (``frames``), else, for physical acts, a neighbour sentence's."""
    trigger = raw.trigger.root
    found = [
        m
        for m in found_mentions(raw, gazetteer)
        if (m.borrowed or not off_scene(m.span.root, trigger, raw.type)) and not _mission_of(m, gazetteer)
    ]
    if clause_placed(raw.type) or aimed_measure(raw.type):  # "sanctions on X", "urged them to keep the ban on X"
        found = [m for m in found if m.borrowed or not aimed_at_country(m.span.root)]
    if clause_placed(raw.type):
        found = _statement_places(found, raw, gazetteer) or speaker_frame(raw.sentence, speaker, gazetteer)
    if party_measure(raw.type):
        found = [m for m in found if m.borrowed or not _country_party(m, raw, gazetteer)]
    found = _without_unknown_object(found, trigger, gazetteer)
    where = where_antecedent(raw, gazetteer)
    if where is not None and all(m.borrowed for m in found):  # "X, where units stormed Y": Y, the clause's own
        found = [where, *found]
    if all(m.borrowed for m in found):
        framed = there_frame(raw, gazetteer)
        if framed:
            return framed
    return found


def _without_unknown_object(found: list[Mention], trigger: Token, gazetteer: Gazetteer) -> list[Mention]:
    """The object of a place verb that the gazetteer does not know is what was taken, not where, when a locative
    phrase on the same verb names a known place: "captured X in Y" happened in Y, whatever X is."""
    objects = [m for m in found if not m.borrowed and m.span.root.dep_ == "dobj" and m.span.root.head.i == trigger.i]
    unknown = [m for m in objects if gazetteer.lookup(m.text) is None]
    if not unknown:
        return found
    known_here = any(
        not m.borrowed
        and m.span.root.dep_ == "pobj"
        and _locative_prep(m.span.root.head)
        and m.span.root.head.head.i == trigger.i
        and gazetteer.lookup(m.text) is not None
        for m in found
    )
    return [m for m in found if m not in unknown] if known_here else found


def _statement_places(found: list[Mention], raw: RawEvent, gazetteer: Gazetteer) -> list[Mention]:
    """The places of a statement or a dealing: those its own clause gives, or a phrase opening the sentence
    that frames it however the parse hung that phrase ("In a speech delivered in X, pitched as ..., A called
    for ..."). A report of one sentence (a lede, a brief) sets no scene but its own, so there the places its
    sentence ties to the act count too ("demanded a truce with the forces in X"); in a longer text a place the
    act is only about does not place it."""
    own = [m for m in found if _in_own_clause(m, raw) or _at_party(m, raw)] or _opening_frames(raw, gazetteer)
    if own or len(facts(raw.sentence.doc).sentences) > 1:
        return own
    return [m for m in found if not m.borrowed and m.distance < SCOPE_DISTANCE]


def _country_party(mention: Mention, raw: RawEvent, gazetteer: Gazetteer) -> bool:
    """``mention`` is a country's name inside the act's source or target ("granted X a loan", "X's efforts to
    comply"): a party, not the act's place; one after a locative preposition there is a place ("a fair trial in
    X")."""
    root = mention.span.root
    if root.dep_ == "pobj" and _locative_prep(root.head):
        return False
    inside = any(span is not None and span.start <= mention.span.root.i < span.end for span in (raw.source, raw.target))
    return inside and _country_of_name(mention, gazetteer) is not None


def _at_party(mention: Mention, raw: RawEvent) -> bool:
    """A place a locative preposition gives to one of the act's parties ("talks with the president in X"): where the
    counterpart of a dealing was met, however the parse hung the party's phrase."""
    root = mention.span.root
    if mention.borrowed or root.dep_ != "pobj" or not _locative_prep(root.head):
        return False
    party = root.head.head
    return any(span is not None and span.start <= party.i < span.end for span in (raw.source, raw.target))


def _locative_prep(prep: Token) -> bool:
    return prep.dep_ == "prep" and prep.lower_ in cues().locative_preps


def _opening_frames(raw: RawEvent, gazetteer: Gazetteer) -> list[Mention]:
    act = scene_act(raw.trigger.root)
    spans = [span for span in place_spans(raw.sentence, gazetteer) if opening_frame(span.root, act)]
    return [Mention(span, SCOPE_DISTANCE, span.root.i) for span in spans[:1]]


def _in_own_clause(mention: Mention, raw: RawEvent) -> bool:
    """A place of the event's own clause: tied to it, or in a phrase that opens the sentence and frames the
    clause; never borrowed."""
    if mention.borrowed:
        return False
    act = scene_act(raw.trigger.root)
    if mention.distance >= SCOPE_DISTANCE:
        return opening_frame(mention.span.root, act)
    return own_clause_place(mention.span.root, act)


def _mission_of(mention: Mention, gazetteer: Gazetteer) -> bool:
    """A country whose embassy or consulate the mention only names ("outside the US embassy"): the mission
    stands abroad, not in the country that sends it."""
    root = mention.span.root
    if root.dep_ not in MODIFIER_DEPS or root.head.lemma_.lower() not in cues().mission_nouns:
        return False
    return _country_of_name(mention, gazetteer) is not None


def _road_origin(mention: Mention) -> Mention | None:
    """The first town of a road named for two ("the Garissa-Nairobi road"): the road's end the report names
    first, not the one it leads to."""
    doc, start = mention.span.doc, mention.span.start
    after = doc[mention.span.end] if mention.span.end < len(doc) else None
    if start < 2 or doc[start - 1].text not in DASHES or doc[start - 2].pos_ != "PROPN":
        return None
    if after is None or after.lemma_.lower() not in cues().road_nouns:
        return None
    first = propn_phrase(doc[start - 2])
    return Mention(first, mention.distance, mention.phrase, mention.borrowed, mention.framed)


def _figurative(trigger: Token) -> bool:
    """The trigger is an act of capture with a figurative object ("captured the imagination", "captured a
    hat-trick") or a recording ("captured on video")."""
    words = load_figurative()
    if trigger.lemma_.lower() not in words.verbs:
        return False
    for child in trigger.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in words.objects:
            return True
        recording = any(obj.dep_ == "pobj" and _recording(obj) for obj in child.children)
        if child.dep_ == "prep" and child.lower_ in {"on", "in"} and recording:
            return True
    return False


def _recording(noun: Token) -> bool:
    """A recording, or a set of them: "video", "a series of photographs"."""
    recordings = load_figurative().recordings
    if noun.lemma_.lower() in recordings:
        return True
    return any(
        of.lower_ == "of" and any(obj.lemma_.lower() in recordings for obj in of.children) for of in noun.children
    )


def _parties_elsewhere(place: Place, raw: RawEvent, prefer: Sequence[str]) -> bool:
    """The event's parties have countries and the place lies in none of them: a phone call between two
    foreign ministries does not happen where the previous sentence's meeting did, nor does Kyiv's answer to
    an initiative take place in Moscow. Parties with no country (Islamic State, an IGO) do not count."""
    located = located_parties(prefer)
    return bool(located) and place.country is not None and place.country not in located


def _choose(found: list[Mention], gazetteer: Gazetteer, trigger: int, home: str | None = None) -> Mention:
    """The nearest tied phrase (a country counts as a little farther than a town; at equal distance, the one
    nearer the trigger in the text), then its most specific name, which may hang inside the phrase untied
    ("in Thailand's southern province of Narathiwat"). Of two sides of a border, the document's own country
    ("near the Kenya-Tanzania border" in a Kenyan report)."""

    def rank(m: Mention) -> tuple[float, int, int]:
        home_side = _border_side(m, gazetteer) and _country_of_name(m, gazetteer) == home
        return _cost(m, gazetteer) - (HOME_SIDE_BONUS if home_side else 0.0), abs(m.span.root.i - trigger), m.span.start

    best = min(found, key=rank)
    best = _site_town(best, found, gazetteer) or best
    best = _described_part(best, found) or best
    best = _named_part(best, found, gazetteer) or best
    best = _possessed_part(best, found) or best
    best = _town_within(best, found, gazetteer) or best
    best = _town_in_frame(best, found, trigger, gazetteer) or best
    best = _held_within(best, found) or best
    group = [m for m in found if m.phrase == best.phrase or _inside(m, best, gazetteer)]
    return _most_specific(group, gazetteer, home)


def _cost(mention: Mention, gazetteer: Gazetteer) -> float:
    side = BORDER_COST if _border_side(mention, gazetteer) else 0.0
    return mention.distance + _breadth(mention, gazetteer) + side


def _border_side(mention: Mention, gazetteer: Gazetteer) -> bool:
    """``mention`` is a country named as a side of a border: "the Somalia border", "the Kenya - Somalia border",
    "the border with Ethiopia", "the border of Kenya and Somalia"."""
    if mention.borrowed or _country_of_name(mention, gazetteer) is None:
        return False
    root = mention.span.root
    while root.dep_ in LIST_DEPS | MODIFIER_DEPS and root.head.i != root.i and root.head.pos_ == "PROPN":
        root = root.head  # "Kenya" in "Kenya - Somalia border", the first of a list
    head = root.head
    borders = cues().border_nouns
    if root.dep_ in MODIFIER_DEPS and head.lemma_.lower() in borders:
        return True
    return root.dep_ == "pobj" and head.lower_ in BORDER_SIDE_PREPS and head.head.lemma_.lower() in borders


def _site_town(best: Mention, found: list[Mention], gazetteer: Gazetteer) -> Mention | None:
    """The place of an "in" phrase after a name that only modifies a common noun of a building or site, or
    names a river: "the Sadriya market in central Baghdad" and "a bridge over the Tigris River in Baghdad" are
    in Baghdad, "two Malik camps in Jolo" in Jolo."""
    root = best.span.root
    site = root.head if root.dep_ in MODIFIER_DEPS and root.dep_ != "poss" else None
    if site is not None and (site.pos_ != "NOUN" or site.lemma_.lower() not in cues().building_nouns):
        site = None
    if site is not None and gazetteer.best(best.text) is not None:
        return None  # "the Palmasola prison in Santa Cruz": a site named for a locality of its own
    if site is None and best.text.split()[-1].lower() in cues().water_tails:
        site = root
    if site is None or best.borrowed or any(child.dep_ == "conj" for child in site.children):
        return None  # "the X station and several houses in Y": the "in" phrase may be the houses' alone
    ancestors = {site.i} | {token.i for token in site.ancestors}
    towns = [
        m
        for m in found
        if not m.borrowed
        and m.span.start > site.i
        and (prep := _in_phrase(m.span.root)) is not None
        and _country_of_name(m, gazetteer) is None
        and prep.head.i in ancestors
        and (prep.head.i == site.i or m.distance <= best.distance + 1.5)
    ]
    return min(towns, key=lambda m: m.span.start, default=None)


def _in_phrase(root: Token) -> Token | None:
    """The "in" that governs a name, directly or through a settlement noun ("in the city of Homs")."""
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in cues().town_nouns:
        root = root.head.head
    return root.head if root.dep_ == "pobj" and root.head.lower_ == "in" else None


def _described_part(best: Mention, found: list[Mention]) -> Mention | None:
    """A name that a following description places inside or near ``best``: "In X, a mainly Shiite neighbourhood
    of Y, ...", "in X, the capital of Y province", "through X, a town near Y" are placed at X, however the parse
    hung the description."""
    root = best.span.root
    prep = root.head if root.dep_ == "pobj" and root.head.lower_ in DESCRIBING_PREPS else None
    noun = prep.head if prep is not None else None
    if noun is None or noun.lemma_.lower() not in _describing_nouns() or any(c.pos_ == "PROPN" for c in noun.lefts):
        return None
    comma = noun.left_edge.i - 1
    if comma < 1 or noun.doc[comma].text != ",":
        return None
    return next((m for m in found if m.span.end == comma and m.borrowed == best.borrowed), None)


def _describing_nouns() -> frozenset[str]:
    """Nouns of an apposition that describes the name before it as a part of, or a place in, the later one."""
    words = cues()
    return words.town_part_nouns | words.town_nouns | words.other_describing_nouns


def _named_part(best: Mention, found: list[Mention], gazetteer: Gazetteer) -> Mention | None:
    """The name of a part noun whose "of" phrase is ``best``: "in the X district of southern Y" and "the X
    area of Y" are placed at X, and so is "in X village of Y district", a settlement noun without an article
    (but "the West Bank city of Y" is Y). A country is no such name."""
    root = best.span.root
    noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if noun is None or not _part_noun(noun):
        return None
    part = next(
        (
            m
            for m in found
            if m.span.root.head.i == noun.i
            and m.span.root.dep_ in MODIFIER_DEPS - {"poss"}
            and m.span.end <= noun.i
            and m.borrowed == best.borrowed
        ),
        None,
    )
    return part if part is not None and _country_of_name(part, gazetteer) is None else None


def _possessed_part(best: Mention, found: list[Mention]) -> Mention | None:
    """The name of a part noun whose possessor is ``best``: "in X's northern Y district" is placed at Y, as "the Y
    district of X" is."""
    root = best.span.root
    if root.dep_ != "poss" or root.head.lemma_.lower() not in cues().town_part_nouns:
        return None
    return next(
        (
            m
            for m in found
            if m.span.root.head.i == root.head.i
            and m.span.root.dep_ in MODIFIER_DEPS - {"poss"}
            and m.span.start > root.i
            and m.borrowed == best.borrowed
        ),
        None,
    )


def _part_noun(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in cues().town_part_nouns:
        return True
    return lemma in cues().town_nouns and not any(child.dep_ == "det" for child in noun.children)


def _held_within(best: Mention, found: list[Mention]) -> Mention | None:
    """A tied name that ``best`` hangs inside names the smaller place: "In X, a neighbourhood of Y, a man was
    shot" is placed at X, however the parse weighed the two phrases."""
    ancestors = set()
    for token in best.span.root.ancestors:
        if token.pos_ in CLAUSE_TAGS:
            break  # "the airport where troops stormed X": a clause about the name, not a name around X
        ancestors.add(token.i)
    holders = [m for m in found if m.span.root.i in ancestors and m.borrowed == best.borrowed and m is not best]
    return max(holders, key=lambda m: m.span.root.i, default=None)


def _town_within(best: Mention, found: list[Mention], gazetteer: Gazetteer) -> Mention | None:
    """A known town of the chosen region's country, tied at most one step farther, is the smaller place the
    event happened at or near: "attacked a village near X in the Y Delta" is placed at X, not the delta. A
    region (not a country) borrowed from a neighbour sentence gives way to any town of its country that sentence
    names ("in Rojava ..., in Afrin": Afrin)."""
    country = _area_country(best, gazetteer)
    if country is None:
        return None
    near = [
        m
        for m in found
        if m.phrase != best.phrase
        and m.borrowed == best.borrowed
        and (m.distance <= best.distance + 1 or (best.borrowed and _breadth(best, gazetteer) < BREADTH["country"]))
    ]
    return _nearest_town(near, country, gazetteer)


def _town_in_frame(best: Mention, found: list[Mention], trigger: int, gazetteer: Gazetteer) -> Mention | None:
    """A region or country named by a phrase that opens the sentence ("In the X Strip, a boy was shot and killed
    in a clash near the town of Y") sets the wide scene: a known town of its country that the parse ties to the
    event however far is where it happened."""
    country = _area_country(best, gazetteer)
    if country is None or best.borrowed or not opening_frame(best.span.root, best.span.doc[trigger]):
        return None
    tied = [m for m in found if m.phrase != best.phrase and not m.borrowed and m.distance < SCOPE_DISTANCE]
    return _nearest_town(tied, country, gazetteer)


def _area_country(mention: Mention, gazetteer: Gazetteer) -> str | None:
    """The country of the region or country ``mention`` names (an entry with a breadth), else None."""
    area = next((entry for name in variants(mention.text) if (entry := gazetteer.best(name)) is not None), None)
    if area is None or BREADTH.get(area.precision or "", 0.0) == 0.0:
        return None
    return area.country


def _nearest_town(mentions: list[Mention], country: str, gazetteer: Gazetteer) -> Mention | None:
    """The nearest of ``mentions`` (by distance, then position) that names a known town of ``country``."""
    towns = [m for m in mentions if _town_of(m, country, gazetteer)]
    return min(towns, key=lambda m: (m.distance, m.span.start), default=None)


def _town_of(mention: Mention, country: str, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.best(mention.text, [country])
    return entry is not None and entry.country == country and entry.precision == "city"


def _inside(other: Mention, best: Mention, gazetteer: Gazetteer) -> bool:
    """An untied name hanging inside the chosen phrase, of a place in the chosen place's country."""
    if other.borrowed or not _nested_in(other, best):
        return False
    outer, inner = gazetteer.lookup(best.text), gazetteer.lookup(other.text)
    return outer is not None and inner is not None and outer.country == inner.country


def _larger_names(mention: Mention, found: list[Mention], gazetteer: Gazetteer) -> list[str]:
    """Names that may locate ``mention`` when the gazetteer lacks it: the rest of its list, the later names,
    then a possessor before it ("Nairobi's Uhuru Park"); never the mention's own name again."""
    root = mention.span.root
    listed = [t for t in root.subtree if t.dep_ in LIST_DEPS and t.pos_ == "PROPN" and t.i >= mention.span.end]
    listed += [
        t
        for t in root.subtree
        if t.dep_ in LIST_DEPS and t.i >= mention.span.end and t.lemma_.lower() in cues().name_suffixes
    ]  # "Irobo village, Shinyalu, Kakamega county"
    listed.sort(key=lambda t: t.i)
    names = [] if _reference_after(mention.span) else bracketed(mention.span)
    names += [propn_phrase(t).text for t in listed if not _in_reference(t)]
    references = [propn_phrase(t).text for t in listed if _in_reference(t)]
    references += bracketed(mention.span) if _reference_after(mention.span) else []
    later = sorted(
        (m for m in found if m.span.start > mention.span.start and _same_phrase(m, mention)), key=lambda m: m.span.start
    )
    holders = [
        m
        for m in found
        if (m.phrase == mention.phrase or m.span.root.head.i == root.head.i)
        and m.span.start < mention.span.start
        and m.span.root.dep_ == "poss"
    ]
    peers = _coordinated_cities(root, gazetteer)
    if peers:
        names = [name for name in names if name not in {propn_phrase(mention.span.doc[i]).text for i in peers}]
        later = [m for m in later if m.span.root.i not in peers]
    own = fold(mention.text)
    ordered = names + [m.text for m in later] + [m.text for m in holders] + references
    return [name for name in ordered if fold(name) != own]


def _coordinated_cities(root: Token, gazetteer: Gazetteer) -> set[int]:
    """The conjuncts of ``root`` that name cities of 100,000 or more when its list is joined by "and" or "or" ("in
    Ankara, Doha and Riyadh", "in Mosul and Raqqa"): cities of one rank, none of which locates another. A list of
    towns ends on the area that holds them ("Kotulo, Banisa and Takaba, Mandera County"), and a list with commas
    only narrows ("Watamu, Dabaso, Kilifi")."""
    chain = list(root.conjuncts)
    if not any(child.dep_ == "cc" for t in [root, *chain] for child in t.children):
        return set()
    return {t.i for t in chain if t.pos_ == "PROPN" and _large_city(propn_phrase(t).text, gazetteer)}


def _large_city(name: str, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.best(name)
    return entry is not None and famous(entry)


def _reference_after(span: Span) -> bool:
    """The bracket right after ``span`` points to another place for reference: "X District (district capital
    = Y)" names where X's offices are, not a place around X."""
    doc = span.doc
    opening = next((t.i for t in doc[span.start + 1 : min(span.end + 1, len(doc))] if t.text == "("), None)
    return opening is not None and _reference_bracket(doc[opening])


def _in_reference(token: Token) -> bool:
    """``token`` stands inside a reference bracket: "(provincial capital = Nakuru)"."""
    for other in reversed(token.doc[max(token.i - BRACKET_REACH, 0) : token.i]):
        if other.text in {"(", ")"}:
            return other.text == "(" and _reference_bracket(other)
    return False


def _reference_bracket(opening: Token) -> bool:
    for token in opening.doc[opening.i + 1 : min(opening.i + BRACKET_REACH, len(opening.doc))]:
        if token.text == ")":
            return False
        if token.lower_ in cues().reference_words:
            return True
    return False


def _same_phrase(other: Mention, mention: Mention) -> bool:
    """``other`` belongs to the phrase of ``mention``: both join the trigger's path at one token, ``other``
    hangs inside it ("in X in Y", "X, Y"), or both are locative phrases of one word ("militia in X in Y"). An
    untied name elsewhere in the sentence frames nothing."""
    return other.phrase == mention.phrase or _nested_in(other, mention) or _sibling_locatives(other, mention)


def _sibling_locatives(other: Mention, mention: Mention) -> bool:
    """Both names are objects of locative prepositions hanging from one word: "clashed in X in Y district"."""
    roots = (other.span.root, mention.span.root)
    return all(is_locative_link(root) and root.head.lower_ != "of" for root in roots) and (
        roots[0].head.head.i == roots[1].head.head.i and roots[0].head.i != roots[1].head.i
    )


def _nested_in(other: Mention, mention: Mention) -> bool:
    """``other`` hangs inside the phrase ``mention`` names: "Salima village in Laisamis", "the Lexington area
    of Nairobi", "the US embassy in Brussels"."""
    anchor = mention.span.root
    while anchor.head.i != anchor.i and (
        anchor.dep_ in MODIFIER_DEPS | LIST_DEPS or (anchor.dep_ == "pobj" and anchor.head.lower_ == "of")
    ):
        anchor = anchor.head.head if anchor.dep_ == "pobj" else anchor.head  # "embassies of X in Y"
    return any(t.i == anchor.i for t in other.span.root.ancestors)


def _breadth(mention: Mention, gazetteer: Gazetteer) -> float:
    place = gazetteer.lookup(mention.text)
    return BREADTH.get(place.precision or "", 0.0) if place is not None else 0.0


def _most_specific(group: list[Mention], gazetteer: Gazetteer, home: str | None = None) -> Mention:
    """The first name of a phrase, which names the smallest place ("Okha village, Ovia, Edo State"), except a
    possessor ("Baghdad's neighbourhood of Qahira"), a modifier of a named settlement noun ("the north Sinai
    town of El-Arish") and a country, or a building named for one, with a smaller place of its own after it
    ("the US embassy in Brussels", "in east Ukraine, in the area of Luhansk"), and a side of a border ("the
    border with Ethiopia near Marsabit")."""
    group = sorted(group, key=lambda m: m.span.start)
    starts = {m.span.root.i for m in group}
    for index, mention in enumerate(group[:-1]):
        root = mention.span.root
        if _gives_way(mention, group[index + 1 :], gazetteer) or _site_town(mention, group[index + 1 :], gazetteer):
            continue
        if root.dep_ == "poss" or _names_container(mention, starts, gazetteer):
            continue
        if _border_side(mention, gazetteer):
            sides = [m for m in group[index:] if _border_side(m, gazetteer)]
            if len(sides) < len(group) - index:
                continue  # a place named beside the border ("the border with Ethiopia near Marsabit")
            return next((m for m in sides if _country_of_name(m, gazetteer) == home), mention)
        return mention
    return group[-1]


def _names_container(mention: Mention, starts: set[int], gazetteer: Gazetteer) -> bool:
    """``mention`` modifies a settlement noun whose "of" phrase is its name, so it names the larger place around:
    "the north Sinai town of El-Arish", "the West Bank city of Nablus", but not "the Kafr Souseh area of
    Damascus" or "X village of Y" (a part noun's modifier, or a bare settlement noun's, is its name)."""
    root = mention.span.root
    noun = root.head.lemma_.lower()
    if root.dep_ not in MODIFIER_DEPS or noun not in cues().settlement_nouns or of_name(root.head) not in starts:
        return False
    if _part_noun(root.head):
        return False  # "in X village of Y district", "the X district of Y"
    return noun in cues().town_nouns or _widest(mention.text, gazetteer) > 0


def _widest(name: str, gazetteer: Gazetteer) -> float:
    """The breadth of the widest place of that name ("Sinai" is a town of Ecuador and a region of Egypt)."""
    return max((BREADTH.get(entry.precision, 0.0) for entry, own in gazetteer.candidates(name) if own), default=0.0)


def _gives_way(mention: Mention, later: list[Mention], gazetteer: Gazetteer) -> bool:
    """A country (or a building named for one) yields to a smaller place after it in its phrase: one hanging
    inside it ("the US embassy in Brussels"), or one of that very country ("Ukraine ... Luhansk")."""
    country = _country_of_name(mention, gazetteer)
    if country is None:
        return False
    for other in later:
        if _nested_in(other, mention) and _names_building(mention):
            return True  # "a U.S. military base in northern Syria", "the U.S. embassies in Kenya and Tanzania"
        if _breadth(other, gazetteer) >= BREADTH["country"] or _country_of_name(other, gazetteer) is not None:
            continue
        if _nested_in(other, mention) or (
            _locative_anchor(other) == _locative_anchor(mention) is not None and _in_country(other, country, gazetteer)
        ):
            return True
    return False


def _names_building(mention: Mention) -> bool:
    """``mention`` only modifies the noun of a building or site ("U.S. base", "British embassy")."""
    root = mention.span.root
    return root.dep_ in MODIFIER_DEPS and root.dep_ != "poss" and root.head.pos_ == "NOUN"


def _in_country(mention: Mention, country: str, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.best(mention.text, [country])
    return entry is not None and entry.country == country


def _locative_anchor(mention: Mention) -> int | None:
    """The word that the locative preposition governing ``mention`` hangs from: "killed" in "killed in east
    Ukraine in the area of Luhansk", for both names."""
    for token in mention.span.root.ancestors:
        if token.dep_ == "prep" and token.lower_ != "of" and token.lower_ in cues().locative_preps:
            return token.head.i
    return None


def _country_of_name(mention: Mention, gazetteer: Gazetteer) -> str | None:
    """The country ``mention`` names, or that names the building it is ("United States Consulate"), if any."""
    for name in variants(mention.text):
        entry = gazetteer.best(name)
        if entry is not None:
            return entry.country if entry.precision == "country" else None
    return None
