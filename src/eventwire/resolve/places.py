"""Event places with coordinates: the place the parse ties to an event, resolved with the offline gazetteer.

The place of an event is a place mention of its sentence (a GPE/LOC/FAC entity, or a proper noun the
gazetteer knows) that the dependency tree ties to the trigger: the object of a locative preposition ("in",
"at", "near", ...) on the trigger or on a phrase attached to it, the most specific name of a list ("in
Watamu, Dabaso, Kilifi": Watamu, located with the help of the others), the name inside a place noun ("in the
West Bank city of Nablus": Nablus), or the object of a verb whose object is a place ("visited Moscow").
Among several, the one nearest to the trigger in the tree wins. Actor mentions ("Syrian troops"), names
that only modify another noun ("the Iraq war") and organisations are not places. No tie: no place (None).

The returned ``Place.name`` is the mention as written ("Kiev", not "Kyiv"); the coordinates, country and
precision come from the gazetteer, or from the next, larger name of the list when the first is unknown.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventwire.extract.raw import RawEvent
from eventwire.model import Place
from eventwire.resolve.gazetteer import Gazetteer, cues

__all__ = ["Gazetteer", "event_place"]

log = logging.getLogger(__name__)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NOT_PLACE_LABELS = frozenset({"ORG", "NORP", "PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})
LIST_DEPS = frozenset({"conj", "appos", "npadvmod", "npmod"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
MAX_DISTANCE = 6
SCOPE_DISTANCE = 100
SCOPE_FALLBACK = True


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name in the sentence and the names listed after it ("Watamu, Dabaso, Kilifi")."""

    span: Span
    distance: int

    @property
    def text(self) -> str:
        words = list(self.span)
        while words and words[0].lower_ in {"the", "a"}:
            words = words[1:]
        return " ".join(t.text for t in words) if words else self.span.text


def event_place(raw: RawEvent, gazetteer: Gazetteer, prefer: Sequence[str] = ()) -> Place | None:
    """Where ``raw`` happened: the place tied to it in the text, else None."""
    mention = _tied_mention(raw, gazetteer)
    if mention is None:
        return None
    context = _context_countries(raw.sentence.doc, gazetteer)
    return _resolve(mention, gazetteer, prefer, context)


def _tied_mention(raw: RawEvent, gazetteer: Gazetteer) -> Mention | None:
    actors = [span for span in (raw.source, raw.target) if span is not None]
    found = [m for m in _mentions(raw, gazetteer) if (m.distance <= MAX_DISTANCE or m.distance >= SCOPE_DISTANCE) and not _is_actor(m.span, actors, raw)]
    if not found:
        return None
    return min(found, key=lambda m: (m.distance, m.span.start))


def _mentions(raw: RawEvent, gazetteer: Gazetteer) -> Iterator[Mention]:
    """Place mentions of the sentence that the parse ties to the trigger, with their tree distance.

    A locative phrase the parse does not tie to the trigger still sets the scope of the sentence ("In New
    Delhi, students marched" parsed badly): it comes after every tied one.
    """
    trigger = raw.trigger.root
    for span in _place_spans(raw.sentence, gazetteer):
        distance = _tie_distance(span.root, trigger)
        if distance is not None:
            yield Mention(span, distance + _vagueness(span))
        elif SCOPE_FALLBACK and _in_locative_phrase(span.root):
            yield Mention(span, SCOPE_DISTANCE + abs(span.root.i - trigger.i))


def _place_spans(sentence: Span, gazetteer: Gazetteer) -> list[Span]:
    """GPE/LOC/FAC entities, plus proper-noun phrases outside entities that the gazetteer knows or that
    name a place noun ("her Reshimbagh residence")."""
    spans = [ent for ent in sentence.ents if ent.label_ in PLACE_LABELS and not _only_modifies(ent)]
    taken = {t.i for ent in sentence.ents for t in ent}
    for token in sentence:
        if token.i in taken or token.pos_ != "PROPN" or (token.dep_ == "compound" and token.head.pos_ == "PROPN"):
            continue
        span = _propn_phrase(token)
        if any(t.i in taken for t in span):
            continue
        if gazetteer.candidates(span.text) or _names_place_noun(span):
            spans.append(span)
    return spans


def _propn_phrase(token: Token) -> Span:
    """``token`` with the proper-noun compounds before it ("Khan Touman")."""
    start = token.i
    for child in token.lefts:
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            start = min(start, child.left_edge.i)
    return token.doc[start : token.i + 1]


def _names_place_noun(span: Span) -> bool:
    root = span.root
    return root.dep_ == "compound" and root.head.lemma_.lower() in cues()["place_nouns"]


def _only_modifies(span: Span) -> bool:
    """A name used as a modifier of a non-place noun ("the Iraq war", "Kenya's police") is not a place."""
    root = span.root
    if root.dep_ not in MODIFIER_DEPS or root.head.i in range(span.start, span.end):
        return False
    return root.head.lemma_.lower() not in cues()["place_nouns"]


def _vagueness(span: Span) -> int:
    """A name that modifies a place noun ("the West Bank city of ...") is less specific than the noun's own."""
    return 2 if span.root.dep_ in MODIFIER_DEPS else 0


def _tie_distance(place: Token, trigger: Token) -> int | None:
    """Tree distance from the trigger to ``place`` when a locative link ties them, else None."""
    if place.i == trigger.i:
        return None
    up_trigger = [trigger, *trigger.ancestors]
    steps = 0
    node = place
    tied = _ties_directly(place, trigger)
    while node not in up_trigger:
        tied = tied or _is_locative_link(node)
        if node.dep_ in {"relcl", "ccomp", "advcl"} and node.head not in up_trigger:
            return None
        node = node.head
        steps += 1
        if node.head is node and node not in up_trigger:
            return None
    if not tied:
        return None
    return steps + up_trigger.index(node)


def _ties_directly(place: Token, trigger: Token) -> bool:
    """The place is the object of a verb whose object is a place ("visited Moscow", "shelled Gaza")."""
    return (
        place.head.i == trigger.i
        and place.dep_ in {"dobj", "nsubjpass"}
        and trigger.lemma_.lower() in cues()["place_object_verbs"]
    )


def _in_locative_phrase(token: Token) -> bool:
    """``token`` or the head of its list hangs from a locative preposition."""
    while token.dep_ in LIST_DEPS and token.head is not token:
        token = token.head
    return _is_locative_link(token)


def _is_locative_link(token: Token) -> bool:
    """``token`` hangs from a locative preposition, or from "of" after a place or direction noun."""
    if token.dep_ in LIST_DEPS:
        return False
    head = token.head
    if token.dep_ != "pobj":
        return token.dep_ == "npadvmod" and head.lower_ == "based"
    prep = head.lower_
    if prep == "of":
        return head.head.lemma_.lower() in cues()["place_nouns"] | cues()["direction_words"]
    return prep in cues()["locative_preps"]


def _is_actor(span: Span, actors: list[Span], raw: RawEvent) -> bool:
    """Names inside an actor phrase are the actor's, unless the phrase is the place itself ("visit Russia")."""
    for actor in actors:
        if span.start >= actor.start and span.end <= actor.end:
            return not _ties_directly(span.root, raw.trigger.root)
    return False


def _context_countries(doc: Doc, gazetteer: Gazetteer) -> list[str]:
    """Countries of the document's unambiguous place names, most mentioned first."""
    counts: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        countries = gazetteer.countries_of(ent.text)
        if len(countries) == 1:
            country = next(iter(countries))
            counts[country] = counts.get(country, 0) + 1
    return sorted(counts, key=lambda c: -counts[c])


def _resolve(mention: Mention, gazetteer: Gazetteer, prefer: Sequence[str], context: Sequence[str]) -> Place:
    """The mention's place: its own name in the gazetteer, else the next, larger name of its list."""
    name = mention.text
    for candidate in _names_to_try(mention):
        place = gazetteer.lookup(candidate, prefer, context)
        if place is not None:
            return Place(name, place.country, place.lat, place.lon, place.geonameid, place.precision)
    return Place(name)


def _names_to_try(mention: Mention) -> Iterator[str]:
    yield mention.text
    for token in mention.span.root.subtree:
        if token.dep_ in LIST_DEPS and token.head.i >= mention.span.start and token.pos_ == "PROPN":
            yield _propn_phrase(token).text
