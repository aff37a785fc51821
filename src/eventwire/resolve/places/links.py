"""Which place names of a sentence the parse ties to an event, and how far they stand from its trigger.

A name is tied when a locative link joins it to the trigger's path: the object of a locative preposition on
the trigger or on a phrase attached to it, the name inside a place noun, the object of a verb whose object is
a place ("visited Moscow"), the goal of a movement, the home of the people who act. Reported content
(``ccomp``) is another event's; a name measured from ("30 km south of X") is a reference, not a place; for a
speech act, the place of what is said is not the place of the saying. An untied locative phrase still sets
the sentence's scope, and a sentence with none borrows one from its report (``resolve.places.scope``). The
words these links read (locative prepositions, place nouns and verbs, ...) are the sections of
``data/places/cues.yaml`` (``lexicons.places.cues``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from eventwire.extract.raw import RawEvent
from eventwire.extract.tree import to_infinitive
from eventwire.lexicons.gazetteer.index import Gazetteer, fold
from eventwire.lexicons.places.cues import load_place_cues as cues
from eventwire.resolve.places.document import facts
from eventwire.resolve.places.names import MODIFIER_DEPS, PLACE_LABELS, country_names, surname
from eventwire.resolve.places.scope import (
    CLOSED_CLAUSES,
    SCOPE_DISTANCE,
    Mention,
    borrowed_scope,
    measured_direction,
    out_of_reach,
    untied_scope,
)
from eventwire.resolve.places.spans import (
    LIST_DEPS,
    contested,
    is_locative_link,
    names_place_noun,
    of_name,
    only_modifies,
    people_head,
    people_nouns,
    people_of,
    place_spans,
)

__all__ = ["Mention", "found_mentions", "makes_a_journey"]  # Mention lives with the scope fallbacks that build it too

MAX_DISTANCE = 6
OPEN_CLAUSES = frozenset({"advcl", "relcl"})  # passed only where they hang from the trigger's own path
NOMINAL_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})  # a noun the trigger's clause takes
SIDE_CLAUSE_COST = 2.0  # a name inside a clause hanging from the trigger's verb ranks after the verb's own phrase
PEOPLE_TIE_COST = 1.5  # a place tied only as the home of the event's people ranks after a locative phrase
# A statement is not placed by the place of what it is about: "accused X of provoking the war in Ukraine".
SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"})
SPEECH_TOPIC_PREPS = frozenset({"of", "for", "over", "about"})


def found_mentions(raw: RawEvent, gazetteer: Gazetteer) -> list[Mention]:
    actors = [span for span in (raw.source, raw.target) if span is not None]
    found = _with_containers([m for m in _mentions(raw, gazetteer) if not _is_actor(m.span, actors, raw)])
    if not found and not any(out_of_reach(span, raw.trigger.root) for span in place_spans(raw.sentence, gazetteer)):
        found = borrowed_scope(raw, gazetteer)
    return found


def _with_containers(found: list[Mention]) -> list[Mention]:
    """A locative phrase right after another names the place around it ("killed at X village in Y", "a farmer
    in X village, in Y county", however the parse hung the second): it joins the first phrase, whose smaller
    place it frames, instead of outranking it."""
    joined: list[Mention] = []
    for mention in found:
        inner = next((other for other in found if _contains(mention, other)), None)
        if inner is not None:
            mention = Mention(mention.span, max(mention.distance, inner.distance), inner.phrase, mention.borrowed)
        joined.append(mention)
    return joined


def _contains(outer: Mention, inner: Mention) -> bool:
    """``outer`` is a locative phrase that follows ``inner``'s (a name, or a name before a settlement noun) with
    at most a comma or an adverb between ("in X village, also in Y"), hanging from the same word or higher."""
    prep, root = outer.span.root.head, inner.span.root
    if outer.span.root.dep_ != "pobj" or prep.lower_ not in cues().locative_preps or outer.borrowed:
        return False
    if fold(inner.text) in country_names():
        return False  # "in Kenya, on X Island": a country holds no smaller place after it
    noun = root.head if root.dep_ in MODIFIER_DEPS and root.head.lemma_.lower() in cues().settlement_nouns else root
    if noun.dep_ != "pobj" or noun.head.lower_ not in cues().locative_preps or not noun.i < prep.i:
        return False
    gap = noun.doc[noun.right_edge.i + 1 : prep.i]
    if len(gap) > 2 or any(t.pos_ not in {"PUNCT", "ADV"} for t in gap):
        return False
    owner = noun.head.head
    return prep.head.i == owner.i or any(t.i == prep.head.i for t in owner.ancestors)


def _mentions(raw: RawEvent, gazetteer: Gazetteer) -> Iterator[Mention]:
    """Place mentions of the sentence that the parse ties to the trigger, with their tree distance.

    A locative phrase the parse does not tie to the trigger still sets the scope of the sentence ("In New
    Delhi, students marched" parsed badly): it comes after every tied one.
    """
    trigger = raw.trigger.root
    speech = raw.type in SPEECH_TYPES
    for span in place_spans(raw.sentence, gazetteer):
        if speech and _in_topic(span.root, trigger):
            continue  # the place of what is said, not of the saying
        tie = _tie(span.root, trigger)
        if tie is not None and tie[0] <= MAX_DISTANCE:
            yield Mention(span, *tie)
        elif (scoped := untied_scope(span, trigger)) is not None:
            yield scoped
    for ent in facts(raw.sentence.doc).ents_in(raw.sentence):
        if ent.label_ not in PLACE_LABELS or surname(ent):
            continue  # "Norcross' brother" beside "John Norcross": a person's name
        if only_modifies(ent) and _modifies_an_argument(ent, trigger, gazetteer):
            yield Mention(ent, 2 * SCOPE_DISTANCE, -1 - ent.root.i)
        elif only_modifies(ent) and _town_of_event_noun(ent, trigger, gazetteer):
            yield Mention(ent, 1.0, ent.root.i)


def _town_of_event_noun(span: Span, trigger: Token, gazetteer: Gazetteer) -> bool:
    """A town naming an event noun is its place: "the Mombasa attack", "the Garissa protest"; a country there
    is a side or a nationality ("the U.S. strikes")."""
    root = span.root
    if root.dep_ not in MODIFIER_DEPS - {"poss"} or root.head.i != trigger.i or trigger.pos_ != "NOUN":
        return False
    place = gazetteer.lookup(span.text)
    return place is not None and place.precision in {"city", "neighbourhood"}


def _modifies_an_argument(span: Span, trigger: Token, gazetteer: Gazetteer) -> bool:
    """A town naming a party or object of the event ("Dallas police shot ...") is a last-resort place;
    a country there is a nationality ("U.S. troops"), not a place."""
    head = span.root.head
    if head.head.i != trigger.i or head.dep_ not in NOMINAL_ARGUMENT_DEPS:
        return False
    place = gazetteer.lookup(span.text)
    return place is not None and place.precision in {"city", "neighbourhood"}


def _tie(place: Token, trigger: Token) -> tuple[float, int] | None:
    """Tree distance from the trigger to ``place`` when a locative link ties them (else None), and the token
    where the place's phrase joins the trigger's path.

    The edges that name a place noun cost less than a step: in "the town of Kupres" the noun's name is
    Kupres, in "the East Ghouta region of rural Damascus" it is East Ghouta (the "of" phrase of an area
    noun is its container). A name measured from ("30 km south of Pristina") is a reference, not a place.
    """
    if place.i == trigger.i:
        return None
    if place.dep_ in MODIFIER_DEPS - {"poss"} and place.head.i == trigger.i and trigger.pos_ == "NOUN":
        return 1.0, place.i  # "traders in X town protest": the name of a place modifying the event noun
    up_trigger = [trigger, *trigger.ancestors]
    cost = 0.0
    node = joint = place
    tied = weak = False
    while node not in up_trigger:
        joint = node
        if _closed(node, up_trigger):
            return None
        if node.lemma_.lower() in cues().distance_nouns or measured_direction(node) or _origin(node, trigger):
            return None
        strong = is_locative_link(node) or _ties_directly(node, trigger, named=node is place)
        strong = strong or _is_motion_goal(node, trigger) or _area_of_object(node, trigger)
        strong = strong or _object_of_place_clause(node, up_trigger) or _taken_from(node, trigger)
        strong = strong or _holds_damaged_structure(node, trigger) or _scene_of_clause_above(node, up_trigger)
        strong = strong or _part_of_object(node, trigger) or _road_goal(node)
        if not (tied or strong) and _names_residents(node, trigger):
            cost += PEOPLE_TIE_COST  # "boda operators demonstrated in Malindi town": the phrase "in X" wins
            tied = True
        weak = weak or _modifies_place_noun(node)
        tied = tied or strong
        cost += _edge_cost(node) + (SIDE_CLAUSE_COST if _side_clause(node, up_trigger) else 0.0)
        if node.head.i == node.i:
            return None
        node = node.head
    if not (tied or weak):
        return None
    return cost + (0.0 if tied else PEOPLE_TIE_COST) + up_trigger.index(node), joint.i


def _side_clause(node: Token, up_trigger: list[Token]) -> bool:
    """``node`` heads a participial clause of the trigger's verb, another event with its own places ("launched an
    offensive in X, targeting Y": Y is the targeting's place, X the offensive's)."""
    return node.dep_ == "advcl" and node.tag_ == "VBG" and node.head in up_trigger


def _modifies_place_noun(node: Token) -> bool:
    """A name modifying a place noun on the trigger's path names where it stands: "as he walked up the steps
    of his Miami home", "outside a Lahore court"; not a possessor ("the mayor's office") nor the modifier of a
    noun that names its own place ("the Baghdad enclave of Sadr City")."""
    return (
        node.dep_ in MODIFIER_DEPS - {"poss"}
        and node.pos_ == "PROPN"
        and node.head.lemma_.lower() in cues().place_nouns
        and of_name(node.head) is None
    )


def _closed(node: Token, up_trigger: list[Token]) -> bool:
    """``node`` heads reported content, or a clause off the trigger's path that is another event's (a road's
    "that leads to X" only says where the road goes)."""
    if node.dep_ in CLOSED_CLAUSES:
        return True
    return node.dep_ in OPEN_CLAUSES and node.head not in up_trigger and not _road_clause(node)


def _road_goal(node: Token) -> bool:
    """``node`` is where a road leads: "on the road to X", "a side road leading to X", "the highway that runs to
    X". An event on the road is placed by its end when nothing nearer names its place."""
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in {"to", "toward", "towards"}:
        return False
    way = prep.head
    if way.lemma_.lower() in cues().lead_verbs and _road_clause(way):
        way = way.head
    return way.lemma_.lower() in cues().road_nouns


def _road_clause(node: Token) -> bool:
    """``node`` is a clause telling where a road leads: "a road that leads to X", "the road leading to X"."""
    return (
        node.dep_ in {"acl", "relcl"}
        and node.lemma_.lower() in cues().lead_verbs
        and node.head.lemma_.lower() in cues().road_nouns
    )


def _object_of_place_clause(node: Token, up_trigger: list[Token]) -> bool:
    """``node`` is the object of a place verb in a clause under the trigger: "as he tried to flee the X jail".
    A verb conjoined to the trigger, or a participle after it, is another event ("destroying X and occupying Y")."""
    verb = node.head
    if verb in up_trigger or verb.dep_ == "conj" or _side_clause(verb, up_trigger):
        return False  # "captured X, destroying Y": Y is the destroying's place
    return _ties_directly(node, verb)


def _edge_cost(token: Token) -> float:
    """What the edge from ``token`` to its head adds to the distance."""
    head = token.head
    noun = head.lemma_.lower()
    if token.dep_ in MODIFIER_DEPS and noun in cues().place_nouns:
        return 0.0 if noun in cues().area_nouns else 0.5
    if token.dep_ == "pobj" and people_of(token) is not None:
        return 0.0  # "students of X" is as close as "X students"
    if token.dep_ == "pobj" and head.lower_ == "of":
        outer = head.head.lemma_.lower()
        if outer in cues().settlement_nouns:
            return 0.0
        if outer in cues().area_nouns:
            return 0.5
        if outer in cues().direction_words:
            return 3.0
    if token.dep_ == "prep" and token.lower_ == "of" and head.lemma_.lower() in cues().place_nouns:
        return 0.0
    return 1.0


def _origin(node: Token, trigger: Token) -> bool:
    """``node`` says where a named party comes from ("Hicks, from Adelaide, was captured"): a person's origin
    is not where the event happened."""
    prep = node.head
    owner = prep.head
    return (
        node.dep_ == "pobj"
        and prep.lower_ == "from"
        and owner.i != trigger.i
        and (owner.pos_ == "PROPN" or owner.ent_type_ in {"PERSON", "ORG", "NORP"})
        and node.lemma_.lower() not in cues().place_nouns
    )


def _taken_from(node: Token, trigger: Token) -> bool:
    """Where someone is abducted or captured from is where it happened: "captured ... from their X house",
    "abducted from X" (a "from" phrase naming a place noun wherever the parse hung it, or any on the trigger
    but that of a taking of ground: "captured X from Jordan" names who held it)."""
    prep = node.head
    verb = trigger.lemma_.lower()
    if node.dep_ != "pobj" or prep.lower_ != "from" or verb not in cues().removal_verbs:
        return False
    if node.lemma_.lower() in cues().place_nouns:
        return True
    return prep.head.i == trigger.i and verb not in cues().territory_verbs


def _holds_damaged_structure(node: Token, trigger: Token) -> bool:
    """``node`` owns or names a structure that the event destroys or strikes: "destroyed one of X's main
    bridges", "bombed the X power station"."""
    noun = node.head
    if node.dep_ not in MODIFIER_DEPS or noun.lemma_.lower() not in cues().place_nouns:
        return False
    verbs = cues().damage_verbs | cues().place_object_verbs
    return trigger.lemma_.lower() in verbs and _object_of(noun, trigger)


def _scene_of_clause_above(node: Token, up_trigger: list[Token]) -> bool:
    """``node`` is the object of a verb seizing or striking a place whose subject is the trigger ("explosions
    rocked X", "an explosion struck the X district") or whose clause holds the trigger's ("panic gripped X when
    gunmen opened fire", "struck X, killing five")."""
    verb = node.head
    verbs = cues().scene_verbs | cues().place_object_verbs
    if node.dep_ != "dobj" or verb not in up_trigger[1:] or verb.lemma_.lower() not in verbs:
        return False
    if up_trigger[0].dep_ == "nsubj" and up_trigger[1].i == verb.i:
        return True
    return any(step.dep_ == "advcl" and step.head.i == verb.i for step in up_trigger)


def _part_of_object(node: Token, trigger: Token) -> bool:
    """``node`` is the place a share of which the event takes or strikes: "captured half of X", "much of X was
    destroyed", "70 percent of X's territory"."""
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in cues().part_words:
        return False
    return _ties_directly(prep.head, trigger, named=True)


def _object_of(noun: Token, trigger: Token) -> bool:
    """``noun`` is the object of ``trigger``, or inside it as "one of <noun>" or a list member."""
    while noun.head.i != trigger.i and noun.head.i != noun.i:
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            noun = noun.head.head
        elif noun.dep_ in LIST_DEPS:
            noun = noun.head
        else:
            return False
    return noun.head.i == trigger.i and noun.dep_ in {"dobj", "nsubjpass"}


def _is_motion_goal(node: Token, trigger: Token) -> bool:
    """Where a movement or a journey goes or comes from is its place ("returned to Saigon", "withdrew from Kafr
    Nabuda", "travelled to Moscow")."""
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in cues().motion_preps or prep.head.i != trigger.i:
        return False
    return trigger.lemma_.lower() in cues().motion_verbs | cues().visit_verbs or makes_a_journey(trigger)


def makes_a_journey(verb: Token) -> bool:
    """``verb`` takes a journey for its object: "made several trips to X", "paid a visit to X"."""
    return any(child.dep_ == "dobj" and child.lemma_.lower() in cues().visit_nouns for child in verb.children)


def _names_residents(node: Token, trigger: Token) -> bool:
    """In "Lamu residents protested" a place naming the people who act or suffer is the event's place; so
    does the place in the name of their institution ("Meru University students", "students of X Polytechnic")."""
    people = people_head(node) or people_of(node)
    if people is None:
        return False
    # the trigger, or the verb of a noun trigger ("residents held a demonstration", "engaged in battles"), or the
    # verb whose purpose the trigger is ("residents gathered to protest")
    verb = people.head.i
    return verb in {trigger.i, _clause_verb(trigger).i} or (_purpose_of(trigger) and trigger.head.i == verb)


def _purpose_of(trigger: Token) -> bool:
    """``trigger`` is the purpose of its head verb: "gathered to protest", "took to the streets to protest"."""
    return trigger.dep_ == "xcomp" or (trigger.dep_ == "advcl" and to_infinitive(trigger))


def _clause_verb(trigger: Token) -> Token:
    """The verb of the clause ``trigger`` belongs to: itself, or the verb a noun trigger hangs from."""
    node = trigger
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i and node.dep_ not in LIST_DEPS:
        node = node.head
    return node


def _area_of_object(node: Token, trigger: Token) -> bool:
    """A place in apposition to the object of a place verb is where that object lies: "attacked X (Baringo
    county)", whatever the model took X for."""
    head = node.head
    return (
        node.dep_ == "appos"
        and head.head.i == trigger.i
        and head.dep_ in {"dobj", "nsubjpass"}
        and trigger.lemma_.lower() in cues().place_object_verbs
    )


def _ties_directly(node: Token, trigger: Token, named: bool = False) -> bool:
    """``node`` is the object of a verb whose object is a place ("visited Moscow", "shelled the town of X").
    ``named``: ``node`` is the root of a name already read as a place's, whatever the model labelled it
    ("captured Jabal al-Sayyid")."""
    return (
        node.head.i == trigger.i
        and node.dep_ in {"dobj", "nsubjpass"}
        and trigger.lemma_.lower() in cues().place_object_verbs
        and (named or node.ent_type_ in PLACE_LABELS | {"ORG", ""} or node.lemma_.lower() in cues().place_nouns)
    )


def _in_place_object(root: Token, trigger: Token) -> bool:
    """``root`` names where the object of a place verb is: "patrolled Jerusalem's main thoroughfares", "stormed
    the northern perimeter of X", "captured a city in X's cocoa belt"."""
    node = root
    while node.head.i != trigger.i and node.head.i != node.i:
        if node.dep_ not in MODIFIER_DEPS | LIST_DEPS | {"pobj", "prep"}:
            return False
        node = node.head
    return node is not root and _ties_directly(node, trigger)


def _in_topic(place: Token, trigger: Token) -> bool:
    """``place`` sits in an "of/for/over/about" complement of the trigger: "accused the West of provoking the
    conflict in Ukraine", "called for talks in Geneva", "blamed the army for the raid in X". Hanging from the
    object, only a clause ("of provoking ...") or a "for/over/about" phrase is the trigger's: "denounced the
    suppression of unrest in X" keeps X, the place of the suppression."""
    return any(
        node.dep_ == "prep" and node.lower_ in SPEECH_TOPIC_PREPS and _topic_of(node, trigger)
        for node in place.ancestors
    )


def _topic_of(prep: Token, trigger: Token) -> bool:
    head = prep.head
    if head.i == trigger.i:
        return True
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "accused the USA and the West of ..."
    if head.dep_ != "dobj" or head.head.i != trigger.i:
        return False
    return prep.lower_ != "of" or any(child.dep_ == "pcomp" for child in prep.children)


def _is_actor(span: Span, actors: list[Span], raw: RawEvent) -> bool:
    """Names inside an actor phrase are the actor's, unless the phrase is the place itself ("visit Russia",
    "travelled to Moscow")."""
    for actor in actors:
        if span.start >= actor.start and span.end <= actor.end:
            root, trigger = span.root, raw.trigger.root
            if _ties_directly(root, trigger, named=True) or _names_residents(root, trigger) or _of_people(root):
                return False
            if _in_place_object(root, trigger) or _holds_damaged_structure(root, trigger) or contested(root):
                return False
            if _is_motion_goal(root, trigger):
                return False  # "officials travelled to Moscow": Moscow is whom they met and where
            if _part_of_object(root, trigger) or _part_of_object(root.head, trigger):
                return False  # "captured half of X", "70 percent of X's territory"
            return not _placed_by_its_phrase(root)  # the party is the place: "patrolled in X", "the town of X"
    return False


def _placed_by_its_phrase(root: Token) -> bool:
    """``root`` is the name of a place noun or hangs from a locative preposition."""
    while root.dep_ in LIST_DEPS and root.head.i != root.i:
        root = root.head
    return names_place_noun(root) or is_locative_link(root)


def _of_people(root: Token) -> bool:
    """``root`` is the place in "residents of X", "students from X": the actor's home, where it acts."""
    while root.dep_ in LIST_DEPS and root.head.i != root.i:
        root = root.head
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in {"of", "from"} and prep.head.lemma_.lower() in people_nouns()
