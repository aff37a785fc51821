"""Where an event is when the parse ties none of its sentence's place names to it: the scope of a place.

A locative phrase the parse did not tie to the trigger ("In New Delhi, students marched" parsed badly) still
sets the scope of its sentence, unless it sits in reported content. A sentence with no place phrase of its
own borrows one: the names of a "Location: X in Y District" label of the report, else the place phrases of
the nearest sentence of the same paragraph that has one (a short report names its place once, at the top).
Every mention here ranks after every name the parse ties to the event: its distance starts at a multiple of
``SCOPE_DISTANCE``. Word lists (``road_nouns``, ``direction_words``, ...) come from ``data/places/cues.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventwire.extract.raw import RawEvent
from eventwire.lexicons.gazetteer.index import Gazetteer, fold
from eventwire.lexicons.places.cues import load_place_cues as cues
from eventwire.resolve.places.document import facts
from eventwire.resolve.places.frame import propn_phrase
from eventwire.resolve.places.names import MODIFIER_DEPS, bare_name, country_names
from eventwire.resolve.places.spans import (
    LIST_DEPS,
    before_settlement_noun,
    is_locative_link,
    known,
    names_people,
    place_spans,
)

CLOSED_CLAUSES = frozenset({"ccomp"})  # reported content is another event
SCOPE_DISTANCE = 100
MEASURED_COST = 50  # a reference point of a distance ranks after every other name of the sentence
FAR_KM = 25.0  # a reference point this far from the event or farther is not where it happened
KM_PER_MILE = 1.609
ARTICLE_WINDOW = 4
# An untied locative phrase this many words or more from the trigger, in a clause the trigger's does not hang under, is
# another part of a long sentence, not its scope ("X claimed to have destroyed its stocks, ..., against the backdrop of
# a poisoning in Y"); a phrase opening the sentence ("In Y, ...") frames it however long it is.
UNTIED_REACH = 25
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")  # a blank line
LOCATION_LABEL = re.compile(r"\blocation\s*:", re.IGNORECASE)  # "LOCATION: X in Y District"
LABEL_END = re.compile(r"[\n(;]|\.(?:\s|$)")  # the label's text ends at a bracket, a line or a sentence end
LABEL_COST = SCOPE_DISTANCE * (3 + ARTICLE_WINDOW)  # after every name of the event's own sentence
NAME_TAGS = frozenset({"PROPN", "NOUN", "ADJ"})
# A clause that describes a person ("X, who sent troops to Y, was killed") is another event's, as is the target
# of what a protest or a statement is against ("protested against the strikes on Y"), the goal of another verb
# ("captured and taken into Y") and a route ("uncovering an escape route through Y").
CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})  # active and passive subjects (not a by-phrase agent)
PROTEST_TOPIC_PREPS = frozenset({"against", "about"})
ATTACK_TARGET_PREPS = frozenset({"on", "upon", "against"})  # "strikes on Y", "the war against Y"
TOPIC_TYPES = frozenset({"PROTEST", "SUPPORT", "REJECT", "ACCUSE", "REQUEST", "THREATEN", "SANCTION"})
GOAL_PREPS = frozenset({"into", "to", "toward", "towards", "onto"})
# A goal belongs to a verb of its own when that verb is another step ("captured and taken into Y", "before
# fleeing into Y") or describes someone ("Palestinians crossing into Y"); "clashed when trying to break into Y"
# happened at Y.
SEQUENCE_DEPS = frozenset({"conj", "acl", "relcl"})
SEQUENCE_WORDS = frozenset({"before", "after", "then"})
# "X happened in Y, while Z did W": a contrasting clause with a subject of its own is a separate scene.
CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})
OTHER_WORDS = frozenset({"other", "others", "another"})  # "killed while others were injured in Y": one scene
ROUTE_PREPS = frozenset({"through", "via"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name of the sentence, its distance from the trigger and the phrase it belongs to."""

    span: Span
    distance: float
    phrase: int  # the token where the mention's phrase joins the trigger's path: mentions of one phrase share it
    borrowed: bool = False  # from another sentence of the paragraph
    framed: bool = False  # the text points to it in so many words ("There, ..."): whoever the parties are

    @property
    def text(self) -> str:
        """The name as written, without a leading article or trailing common nouns ("Raqqa province")."""
        return bare_name(self.span)


def untied_scope(span: Span, trigger: Token) -> Mention | None:
    """``span`` as a mention of the sentence's scope: in a locative phrase, outside reported content."""
    if not in_locative_phrase(span.root) or behind_closed_clause(span.root, trigger):
        return None
    if out_of_reach(span, trigger):
        return None
    distance = SCOPE_DISTANCE + abs(span.root.i - trigger.i)
    measured = [node for node in span.root.ancestors if measured_direction(node)]
    if measured and measured_km(measured[0]) >= FAR_KM:
        return None  # "50 km north of X": the event was not at X
    if measured:
        distance += MEASURED_COST  # "15 km northeast of X": X, where the distance is measured from, comes last
    return Mention(span, distance, -1 - span.root.i)


def out_of_reach(span: Span, trigger: Token) -> bool:
    """``span`` is a locative phrase of another part of a long sentence (``UNTIED_REACH``): not the event's scope, and
    the event borrows no place from a neighbour sentence either, since its own sentence is about somewhere else."""
    if not in_locative_phrase(span.root) or abs(span.root.i - trigger.i) < UNTIED_REACH:
        return False
    return not _opens_sentence(span.root) and not _above_trigger(span.root, trigger)


def _above_trigger(place: Token, trigger: Token) -> bool:
    """The clause of ``place`` (the first verb above it) is the trigger's or one the trigger's clause hangs under
    ("The war for Y has led to ..., as well as clashes between A and B"), or a participle saying where a noun was
    held."""
    up_trigger = {trigger.i, *(t.i for t in trigger.ancestors)}
    verb = next((t for t in place.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return verb is None or verb.i in up_trigger or _says_where_held(verb)


def _says_where_held(verb: Token) -> bool:
    """A past participle describing a noun ("a rally ... held in Y", "talks hosted in Y") says where that thing took
    place, and the parse often hangs it on the wrong noun: it keeps its reach."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"}


def _opens_sentence(place: Token) -> bool:
    """``place`` is in a locative phrase that opens its sentence ("In Y, ...")."""
    sentence = place.sent
    opening = next((t for t in sentence if not t.is_punct), None)
    return opening is not None and opening.dep_ == "prep" and any(t.i == opening.i for t in place.ancestors)


def measured_km(direction: Token) -> float:
    """How far a measured direction ("some 240 km north of X", "20 miles (32 km) south of X") lies from its
    reference point, in kilometres; 0 when the parse gives no number."""
    unit = _distance_of(direction)
    number = next((child for child in unit.children if child.dep_ == "nummod"), None) if unit is not None else None
    if unit is None or number is None:
        return 0.0
    try:
        amount = float(number.text.replace(",", ""))
    except ValueError:
        return 0.0  # "a few kilometres", "two miles": not read
    if unit.lemma_.lower() in cues().mile_units or unit.lower_ in cues().mile_units:
        return amount * KM_PER_MILE
    return amount / 1000 if unit.lemma_.lower() in cues().metre_units or unit.lower_ in cues().metre_units else amount


def borrowed_scope(raw: RawEvent, gazetteer: Gazetteer) -> list[Mention]:
    """The place of a sentence that names none: the report's "Location:" label, else a neighbour sentence's."""
    return _label_scope(raw.sentence.doc) or _neighbour_scope(raw, gazetteer)


def in_locative_phrase(token: Token) -> bool:
    """``token`` or the head of its list hangs from a locative preposition."""
    while token.dep_ in LIST_DEPS and token.head.i != token.i:
        token = token.head
    if token.dep_ in MODIFIER_DEPS and token.head.lemma_.lower() in cues().place_nouns:
        token = token.head  # "in Kakuma camp"
    return is_locative_link(token)


def measured_direction(node: Token) -> bool:
    """``node`` is a direction measured by a distance ("some 35 km northeast of X", the distance hung on the direction
    or the direction on the distance): its "of" phrase is a reference point, whatever word the parse hung the
    direction from."""
    return node.lower_ in cues().direction_words and _distance_of(node) is not None


def _distance_of(direction: Token) -> Token | None:
    """The distance noun measuring ``direction``: a child of it, or the noun it hangs from ("50 km (30 miles)
    north of X", parsed with "north" in apposition to "km")."""
    units = [*direction.children, direction.head] if direction.dep_ == "appos" else list(direction.children)
    return next((unit for unit in units if _is_distance(unit)), None)


def _is_distance(token: Token) -> bool:
    """A distance noun that measures an offset, not the length of the noun it modifies ("a 1,000 km border")."""
    unit = token.lemma_.lower() in cues().distance_nouns or token.lower_ in cues().distance_nouns
    return unit and token.dep_ != "compound"


def behind_closed_clause(place: Token, trigger: Token) -> bool:
    """``place`` sits in reported content (a ``ccomp``) of the trigger's own clause; the clause the trigger
    itself is reported in ("14 were killed after a bomber attacked a court in X, police said") is no other
    content."""
    up_trigger = {trigger.i, *(t.i for t in trigger.ancestors)}
    return any(
        node.dep_ in CLOSED_CLAUSES and node.head.i in up_trigger and node.i not in up_trigger
        for node in [place, *place.ancestors]
    )


def off_scene(place: Token, trigger: Token, kind: str) -> bool:
    """``place`` is not where the event of type ``kind`` happened though it hangs near it: it sits in a
    relative clause about a person, in what a protest or statement is against, or is the goal of another verb
    or a route named by a noun."""
    up_trigger = {trigger.i, *(t.i for t in trigger.ancestors)}
    if _across_contrast(place, trigger):
        return True
    own = _phrase_head(place)
    if own.i not in up_trigger and own.dep_ == "pobj" and _elsewhere_goal(own, up_trigger):
        return True
    for node in [place, *place.ancestors]:
        if node.i in up_trigger:
            return False
        if _describes_person(node, trigger) or (kind in TOPIC_TYPES and _topic(node, own)):
            return True
    return False


def _across_contrast(place: Token, trigger: Token) -> bool:
    """A contrasting clause with a subject of its own ("..., while the rest of the fighters withdrew to Y")
    holds one of the two and not the other; other victims of the incident ("while others were injured in Y")
    share its scene."""
    up_place = {place.i, *(t.i for t in place.ancestors)}
    up_trigger = {trigger.i, *(t.i for t in trigger.ancestors)}
    below_join = [t for t in [place, *place.ancestors] if t.i not in up_trigger]
    below_join += [t for t in [trigger, *trigger.ancestors] if t.i not in up_place]
    return any(_contrast_clause(node) for node in below_join)


def _contrast_clause(node: Token) -> bool:
    """``node`` heads a clause opened by "while"/"whereas" whose subject is a noun of its own, not a pronoun
    ("while he was driving to Y" is the same scene)."""
    if node.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in node.children):
        return False
    return any(c.dep_ in CLAUSE_SUBJECT_DEPS and c.pos_ in {"NOUN", "PROPN"} and not _others(c) for c in node.children)


def _others(subject: Token) -> bool:
    """Other victims of the same incident: "others", "two other colleagues"."""
    return subject.lemma_.lower() in OTHER_WORDS or any(c.lower_ in OTHER_WORDS for c in subject.children)


def _phrase_head(place: Token) -> Token:
    """The noun that carries the place's phrase: "the Shijaia neighborhood" for Shijaia, "X and Y" for Y."""
    while place.head.i != place.i and (place.dep_ in LIST_DEPS or place.dep_ in MODIFIER_DEPS):
        place = place.head
    return place


def _describes_person(node: Token, trigger: Token) -> bool:
    """``node`` heads a relative clause on the subject or a named person, not on the trigger: "X, who sent
    reinforcements to Y, was killed". A clause on an object may say where it was ("dispersed a crowd that was
    gathering at Y")."""
    if node.dep_ != "relcl" or node.head.i == trigger.i:
        return False
    return node.head.dep_ in CLAUSE_SUBJECT_DEPS or node.head.ent_type_ == "PERSON"


def _topic(node: Token, own: Token) -> bool:
    """``node`` is what a protest is against and the place is its target ("protested against the strikes on Y")
    or a country it is against ("demonstrated against Y"); not "marched against the war ... in Y" (a misplaced
    scene), nor "protested against the Y refugee camp" (a local grievance)."""
    if node.dep_ != "pobj" or node.head.lower_ not in PROTEST_TOPIC_PREPS:
        return False
    if node.i == own.i:
        return fold(propn_phrase(own).text) in country_names()
    return own.head.lower_ in ATTACK_TARGET_PREPS


def _elsewhere_goal(own: Token, up_trigger: set[int]) -> bool:
    """``own`` is the goal of a verb outside the trigger's path ("captured and taken into Y"), or a route named
    by a noun ("an escape route through Y")."""
    prep, owner = own.head.lower_, own.head.head
    if owner.i in up_trigger:
        return False
    if prep in ROUTE_PREPS:
        return owner.pos_ == "NOUN"
    return prep in GOAL_PREPS and owner.pos_ in {"VERB", "AUX"} and _another_step(owner)


def _another_step(verb: Token) -> bool:
    """``verb`` is a step of its own: a conjoined or describing clause, or one marked as coming before or after;
    a way that leads somewhere ("a side road leading to Y") is no step."""
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in cues().road_nouns:  # "a road leading to Y"
        return False
    if verb.dep_ in SEQUENCE_DEPS or verb.head.lower_ in SEQUENCE_WORDS:
        return True
    return any(child.dep_ in {"mark", "advmod"} and child.lower_ in SEQUENCE_WORDS for child in verb.children)


def _label_scope(doc: Doc) -> list[Mention]:
    """The names of a "Location: X in Y District" label: a report that says where in so many words places each
    of its events that no phrase of its own sentence places. They form one phrase, smallest place first."""
    region = facts(doc).per_span("location_label", doc[:], lambda: _label_region(doc))
    if region is None:
        return []
    phrase = -1 - len(doc) - region.start  # apart from every phrase of a sentence
    return [Mention(span, LABEL_COST + span.start - region.start, phrase, borrowed=True) for span in _names_in(region)]


def _label_region(doc: Doc) -> Span | None:
    """The text of the document's "Location:" label, if it has one."""
    text = facts(doc).text
    match = LOCATION_LABEL.search(text)
    if match is None:
        return None
    end = LABEL_END.search(text, match.end())
    return doc.char_span(match.end(), end.start() if end else len(text), alignment_mode="expand")


def _names_in(region: Span) -> list[Span]:
    """Runs of capitalised words of ``region`` that open with a proper noun or a word before a settlement noun:
    "Kuresoi Constituency", "Rift Valley Province" ("unidentified village near X town" gives X)."""
    names: list[Span] = []
    start: int | None = None
    for token in [*region, None]:
        if token is not None and token.text[:1].isupper() and token.pos_ in NAME_TAGS:
            if start is None and (token.pos_ == "PROPN" or before_settlement_noun(token)):
                start = token.i
            continue
        if start is not None:
            names.append(region.doc[start : token.i if token is not None else region.end])
            start = None
    return names


def _neighbour_scope(raw: RawEvent, gazetteer: Gazetteer) -> list[Mention]:
    """Place phrases of the nearest other sentence that has one: the sentence before, the one after, then
    up to ``ARTICLE_WINDOW`` sentences back (a short report names its place once, in its first sentence).

    A phrase counts when it is locative ("in X") or names the people of its sentence ("X residents",
    "residents of X"); beyond the adjacent sentences only names the gazetteer knows count.
    """
    doc, sentence = raw.sentence.doc, raw.sentence
    sentences = facts(doc).sentences
    here = facts(doc).sentence_index(sentence)
    order = [here - 1, here + 1, *range(here - 2, here - ARTICLE_WINDOW - 1, -1)]
    order = [i for i in order if 0 <= i < len(sentences) and _same_paragraph(sentences[i], sentence)]
    for rank, index in enumerate(order):
        spans = [
            span
            for span in place_spans(sentences[index], gazetteer)
            if _scene_phrase(span.root)
            and (rank < 2 or known(span, gazetteer))
            and not (index > here and _opening_frame(span.root, sentences[index]))
        ]
        if spans:
            cost = SCOPE_DISTANCE * (2 + rank)
            return [
                Mention(span, cost + span.start - sentences[index].start, -1 - span.root.i, borrowed=True)
                for span in spans
            ]
    return []


def _opening_frame(place: Token, sentence: Span) -> bool:
    """ "In X, such plans were denied": a place phrase opening its sentence, before the verb, sets the scene of that
    sentence and the ones after it, never of the sentence before."""
    prep = place.head
    root = sentence.root
    return prep.dep_ == "prep" and prep.head.i == root.i and prep.i < root.i and prep.i <= sentence.start + 1


def _same_paragraph(one: Span, other: Span) -> bool:
    """No blank line separates the two sentences (the paragraph component starts a sentence at each)."""
    first, second = sorted((one, other), key=lambda sent: sent.start)
    return not PARAGRAPH_BREAK.search(facts(first.doc).text, first.start_char, second.start_char)  # none inside one


def _scene_phrase(root: Token) -> bool:
    """A locative phrase, or the place of the people a sentence is about ("Lamu residents")."""
    while root.dep_ in LIST_DEPS and root.head.i != root.i:
        root = root.head
    if is_locative_link(root):
        return True
    return names_people(root)
