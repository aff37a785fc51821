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
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.extract.raw import RawEvent
from eventwire.model import Place
from eventwire.resolve.gazetteer import Entry, Gazetteer, cues, variants
from eventwire.resolve.places_frame import context_countries, document_country, document_place_names, propn_phrase

__all__ = ["Gazetteer", "document_country", "document_place_names", "event_place"]

log = logging.getLogger(__name__)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
FOREIGN_TOWN_MAX_POPULATION = 100_000  # a smaller namesake abroad loses to the document's own country
MISLABELLED = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT"})
LIST_DEPS = frozenset({"conj", "appos", "npadvmod", "npmod"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
MAX_DISTANCE = 6
CLOSED_CLAUSES = frozenset({"ccomp"})  # reported content is another event
OPEN_CLAUSES = frozenset({"advcl", "relcl"})  # passed only where they hang from the trigger's own path
SCOPE_DISTANCE = 100
ARTICLE_WINDOW = 4
HYPHEN_TAIL = re.compile(r"(?:^|\s)[A-Z][\w.]*-[a-z]+$")
HYPHEN_HEAD = re.compile(r"^-\s*[a-z]")
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")  # a blank line
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
SCENE_PREPS = frozenset({"in", "at", "near"})
PEOPLE_TIE_COST = 1.5  # a place tied only as the home of the event's people ranks after a locative phrase
BREADTH = {"country": 1.5, "region": 0.5, "admin1": 0.5}
# A statement is not placed by the place of what it is about: "accused X of provoking the war in Ukraine".
SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"})
TOPIC_PREPS = frozenset({"of", "for", "over", "about"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name of the sentence, its distance from the trigger and the phrase it belongs to."""

    span: Span
    distance: float
    phrase: int  # the token where the mention's phrase joins the trigger's path: mentions of one phrase share it
    borrowed: bool = False  # from another sentence of the paragraph

    @property
    def text(self) -> str:
        """The name as written, without a leading article or trailing common nouns ("Raqqa province")."""
        return _bare_name(self.span)


def _bare_name(span: Span) -> str:
    """``span`` without a leading article, trailing common nouns or a bracket ("Kapkwen (Bomet)")."""
    words = list(span)
    if any(t.text == "(" for t in words[1:]):
        words = words[: next(i for i, t in enumerate(words) if i and t.text == "(")]
    while len(words) > 1 and words[0].lower_ in {"the", "a", "an"}:
        words = words[1:]
    while len(words) > 1 and ((words[-1].is_lower and words[-1].is_alpha) or words[-1].tag_ == "POS"):
        words = words[:-1]
    return span.doc.text[words[0].idx : words[-1].idx + len(words[-1])]


def event_place(raw: RawEvent, gazetteer: Gazetteer, prefer: Sequence[str] = ()) -> Place | None:
    """Where ``raw`` happened: the place tied to it in the text, else None."""
    found = _found_mentions(raw, gazetteer)
    if not found:
        log.debug("no place tied to %r", raw.trigger.text)
        return None
    mention = _choose(found, gazetteer)
    doc = raw.sentence.doc
    context = context_countries(doc, gazetteer)
    home = document_country(doc, gazetteer)
    place = _resolve(mention, _larger_names(mention, found), gazetteer, prefer, context, home)
    if mention.borrowed and _parties_elsewhere(place, raw, prefer):
        log.debug("%r: both parties are away from the borrowed place %r", raw.trigger.text, place.name)
        return None
    return place


def _parties_elsewhere(place: Place, raw: RawEvent, prefer: Sequence[str]) -> bool:
    """The event's parties have countries and the place lies in none of them: a phone call between two
    foreign ministries does not happen where the previous sentence's meeting did, nor does Kyiv's answer to
    an initiative take place in Moscow."""
    return bool(prefer) and place.country is not None and place.country not in prefer


def _found_mentions(raw: RawEvent, gazetteer: Gazetteer) -> list[Mention]:
    actors = [span for span in (raw.source, raw.target) if span is not None]
    found = [m for m in _mentions(raw, gazetteer) if not _is_actor(m.span, actors, raw)]
    if not found:
        found = _neighbour_scope(raw, gazetteer)
    return found


def _neighbour_scope(raw: RawEvent, gazetteer: Gazetteer) -> list[Mention]:
    """Place phrases of the nearest other sentence that has one: the sentence before, the one after, then
    up to ``ARTICLE_WINDOW`` sentences back (a short report names its place once, in its first sentence).

    A phrase counts when it is locative ("in X") or names the people of its sentence ("X residents",
    "residents of X"); beyond the adjacent sentences only names the gazetteer knows count.
    """
    doc, sentence = raw.sentence.doc, raw.sentence
    sentences = list(doc.sents)
    here = next(i for i, sent in enumerate(sentences) if sent.start == sentence.start)
    order = [here - 1, here + 1, *range(here - 2, here - ARTICLE_WINDOW - 1, -1)]
    order = [i for i in order if 0 <= i < len(sentences) and _same_paragraph(sentences[i], sentence)]
    for rank, index in enumerate(order):
        spans = [
            span
            for span in _place_spans(sentences[index], gazetteer)
            if _scene_phrase(span.root) and (rank < 2 or _known(span, gazetteer))
        ]
        if spans:
            cost = SCOPE_DISTANCE * (2 + rank)
            return [
                Mention(span, cost + span.start - sentences[index].start, -1 - span.root.i, borrowed=True)
                for span in spans
            ]
    return []


def _same_paragraph(one: Span, other: Span) -> bool:
    """No blank line separates the two sentences (the paragraph component starts a sentence at each)."""
    first, second = sorted((one, other), key=lambda sent: sent.start)
    return not PARAGRAPH_BREAK.search(first.doc.text, first.start_char, second.start_char)  # none inside one


def _scene_phrase(root: Token) -> bool:
    """A locative phrase, or the place of the people a sentence is about ("Lamu residents")."""
    while root.dep_ in LIST_DEPS and root.head is not root:
        root = root.head
    if _is_locative_link(root):
        return True
    return _names_people(root)


def _choose(found: list[Mention], gazetteer: Gazetteer) -> Mention:
    """The nearest tied phrase (a country counts as a little farther than a town), then its most specific name."""
    best = min(found, key=lambda m: (m.distance + _breadth(m, gazetteer), m.span.start))
    return _most_specific([m for m in found if m.phrase == best.phrase], gazetteer)


def _larger_names(mention: Mention, found: list[Mention]) -> list[str]:
    """Names that may locate ``mention`` when the gazetteer lacks it: the rest of its list, the later names,
    then a possessor before it ("Nairobi's Uhuru Park")."""
    listed = [
        t for t in mention.span.root.subtree if t.dep_ in LIST_DEPS and t.pos_ == "PROPN" and t.i >= mention.span.end
    ]
    listed += [
        t
        for t in mention.span.root.subtree
        if t.dep_ in LIST_DEPS and t.i >= mention.span.end and t.lemma_.lower() in cues()["name_suffixes"]
    ]  # "Irobo village, Shinyalu, Kakamega county"
    listed.sort(key=lambda t: t.i)
    names = [*_bracketed(mention.span), *(propn_phrase(t).text for t in listed)]
    later = sorted(
        (m for m in found if m.span.start > mention.span.start and _same_phrase(m, mention)), key=lambda m: m.span.start
    )
    holders = [
        m
        for m in found
        if m.phrase == mention.phrase and m.span.start < mention.span.start and m.span.root.dep_ == "poss"
    ]
    return names + [m.text for m in later] + [m.text for m in holders]


def _same_phrase(other: Mention, mention: Mention) -> bool:
    """``other`` belongs to the phrase of ``mention``: both join the trigger's path at one token, or ``other``
    hangs inside it ("in X in Y", "X, Y"). An untied name elsewhere in the sentence frames nothing."""
    return other.phrase == mention.phrase or _nested_in(other, mention)


def _nested_in(other: Mention, mention: Mention) -> bool:
    """``other`` hangs inside the phrase ``mention`` names: "Salima village in Laisamis", "the Lexington area
    of Nairobi", "the US embassy in Brussels"."""
    anchor = mention.span.root
    while anchor.head is not anchor and (
        anchor.dep_ in MODIFIER_DEPS | LIST_DEPS or (anchor.dep_ == "pobj" and anchor.head.lower_ == "of")
    ):
        anchor = anchor.head.head if anchor.dep_ == "pobj" else anchor.head  # "embassies of X in Y"
    return any(t.i == anchor.i for t in other.span.root.ancestors)


def _bracketed(span: Span) -> list[str]:
    """The names in brackets inside or right after ``span``, smallest first: "Kapkwen (Bomet)" -> Bomet,
    "Jaldesa (Marsabit county)" -> Marsabit county, "X (Ward, County)" -> Ward, County."""
    doc = span.doc
    opening = next((t.i for t in doc[span.start + 1 : min(span.end + 1, len(doc))] if t.text == "("), None)
    if opening is None:
        return []
    names: list[str] = []
    words: list[Token] = []
    for token in doc[opening + 1 : min(opening + 12, len(doc))]:
        if token.text in {")", ","} and words:
            names.append(doc[words[0].i : words[-1].i + 1].text)
            words = []
        if token.text == ")":
            break
        if token.text != "," and (token.pos_ == "PROPN" or words):
            words.append(token)
    return names


def _breadth(mention: Mention, gazetteer: Gazetteer) -> float:
    place = gazetteer.lookup(mention.text)
    return BREADTH.get(place.precision or "", 0.0) if place is not None else 0.0


def _most_specific(group: list[Mention], gazetteer: Gazetteer) -> Mention:
    """The first name of a phrase, which names the smallest place ("Okha village, Ovia, Edo State"), except a
    possessor ("Baghdad's neighbourhood of Qahira"), a region before a named noun ("the West Bank city
    of Nablus") and a country with a smaller place inside its phrase ("the US embassy in Brussels")."""
    group = sorted(group, key=lambda m: m.span.start)
    starts = {m.span.root.i for m in group}
    for index, mention in enumerate(group[:-1]):
        root = mention.span.root
        if _breadth(mention, gazetteer) >= BREADTH["country"] and any(
            _nested_in(other, mention) and _breadth(other, gazetteer) < BREADTH["country"]
            for other in group[index + 1 :]
        ):
            continue
        if root.dep_ == "poss" or (
            root.dep_ in MODIFIER_DEPS
            and root.head.lemma_.lower() in cues()["settlement_nouns"]
            and _of_name(root.head) in starts
            and _breadth(mention, gazetteer) > 0
        ):
            continue
        return mention
    return group[-1]


def _of_name(noun: Token) -> int | None:
    """The index of the name in "<noun> of <name>", if any."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj.i
    return None


def _mentions(raw: RawEvent, gazetteer: Gazetteer) -> Iterator[Mention]:
    """Place mentions of the sentence that the parse ties to the trigger, with their tree distance.

    A locative phrase the parse does not tie to the trigger still sets the scope of the sentence ("In New
    Delhi, students marched" parsed badly): it comes after every tied one.
    """
    trigger = raw.trigger.root
    speech = raw.type in SPEECH_TYPES
    for span in _place_spans(raw.sentence, gazetteer):
        if speech and _in_topic(span.root, trigger):
            continue  # the place of what is said, not of the saying
        tie = _tie(span.root, trigger)
        if tie is not None and tie[0] <= MAX_DISTANCE:
            yield Mention(span, *tie)
        elif _in_locative_phrase(span.root) and not _behind_closed_clause(span.root, trigger):
            yield Mention(span, SCOPE_DISTANCE + abs(span.root.i - trigger.i), -1 - span.root.i)
    for ent in raw.sentence.ents:
        if ent.label_ in PLACE_LABELS and _only_modifies(ent) and _modifies_an_argument(ent, trigger, gazetteer):
            yield Mention(ent, 2 * SCOPE_DISTANCE, -1 - ent.root.i)


def _modifies_an_argument(span: Span, trigger: Token, gazetteer: Gazetteer) -> bool:
    """A town naming a party or object of the event ("Dallas police shot ...") is a last-resort place;
    a country there is a nationality ("U.S. troops"), not a place."""
    head = span.root.head
    if head.head.i != trigger.i or head.dep_ not in ARGUMENT_DEPS:
        return False
    place = gazetteer.lookup(span.text)
    return place is not None and place.precision in {"city", "neighbourhood"}


def _place_spans(sentence: Span, gazetteer: Gazetteer) -> list[Span]:
    """GPE/LOC/FAC entities, and other proper-noun phrases (the model often labels a village PERSON or ORG)
    that stand where a place name stands ("the town of Marka", "her Reshimbagh residence") or that the
    gazetteer knows and a locative preposition governs."""
    spans = [ent for ent in sentence.ents if ent.label_ in PLACE_LABELS and not _only_modifies(ent)]
    named = [_without_people(ent) for ent in sentence.ents if ent.label_ in MISLABELLED]
    spans += [ent for ent in named if _placed_like_a_place(ent, gazetteer)]
    taken = {t.i for ent in sentence.ents for t in ent}
    for token in sentence:
        if token.i in taken or token.pos_ != "PROPN" or (token.dep_ == "compound" and token.head.pos_ == "PROPN"):
            continue
        span = _without_people(propn_phrase(token))
        if not any(t.i in taken for t in span) and _placed_like_a_place(span, gazetteer, entity=False):
            spans.append(span)
    return [span for span in spans if _looks_like_a_name(span)]


def _looks_like_a_name(span: Span) -> bool:
    """A place name has a capital ("al-Bab") and is not one word said twice ("boda boda", "Tuk Tuk": vehicles,
    not towns)."""
    words = _bare_name(span).split()
    if not words:
        return False  # nothing left once articles and trailing common words are cut
    if _hyphen_compound(span):
        return False  # "the US-led coalition", "a Saudi-backed force": who leads, not where
    return any(ch.isupper() for ch in words[0]) and not (len(words) == 2 and words[0].lower() == words[1].lower())


def _hyphen_compound(span: Span) -> bool:
    """The name is the first half of a hyphenated word ending in a lower-case word ("US-led", "U.S.-run")."""
    doc = span.doc
    last = doc[span.end - 1]
    after = doc[span.end : min(span.end + 2, len(doc))].text if last.text[:1].isupper() and not last.whitespace_ else ""
    return bool(HYPHEN_TAIL.search(span.text) or HYPHEN_HEAD.match(after))


def _without_people(ent: Span) -> Span:
    """An entity without a people noun the model took into it ("Embu University Students" -> "Embu
    University")."""
    end = ent.end
    while end - 1 > ent.start and _people_word(ent.doc[end - 1]):
        end -= 1
    return Span(ent.doc, ent.start, end, label=ent.label_)


def _known(span: Span, gazetteer: Gazetteer) -> bool:
    """The gazetteer knows the name of ``span`` or a shorter form of it ("Embu University" -> Embu)."""
    names = [_bare_name(span), *_bracketed(span)]  # "Kapkwen (Bomet)": an unknown village in a known county
    return any(gazetteer.candidates(variant) for name in names for variant in variants(name))


def _people_word(token: Token) -> bool:
    """A noun of people, capitalised or not ("Students", "residents")."""
    lower = token.lower_
    return bool({token.lemma_.lower(), lower, lower[:-1] if lower.endswith("s") else lower} & _people_nouns())


def _placed_like_a_place(span: Span, gazetteer: Gazetteer, entity: bool = True) -> bool:
    """Names a place noun, or stands after "in"/"at"/"near" and is known (any proper noun there, outside
    entities: "displaced in Igembe Central")."""
    root = span.root
    while root.dep_ in LIST_DEPS and root.head is not root:
        root = root.head
    if _names_place_noun(root):  # "the Uber office", "the FIFA headquarters" name no place
        return root.head.lemma_.lower() not in cues()["named_place_nouns"]
    if _settlement_apposition(root):  # "Tessalit, a town near Gao": a place, known or not
        return span.label_ != "PERSON" or root.dep_ == "pobj"
    if _names_people(root):  # not a person's followers, nor an acronym ("U.N. workers")
        return span.label_ != "PERSON" and not _bare_name(span).replace(".", "").isupper() and _known(span, gazetteer)
    if root.dep_ == "dobj" and root.head.lemma_.lower() in cues()["place_object_verbs"] and span.label_ != "PERSON":
        wider = (variant for name in _bracketed(span) for variant in variants(name))
        return bool(gazetteer.candidates(_bare_name(span))) or any(gazetteer.candidates(v) for v in wider)
    if root.dep_ != "pobj" or root.head.lower_ not in cues()["locative_preps"]:
        return False
    return bool(gazetteer.candidates(span.text)) or (not entity and root.head.lower_ in SCENE_PREPS)


def _settlement_apposition(root: Token) -> bool:
    """``root`` has a settlement noun in apposition: "Tessalit, a town near Gao", "Lyon, France's third city"."""
    return any(
        child.dep_ == "appos" and child.pos_ == "NOUN" and child.lemma_.lower() in cues()["settlement_nouns"]
        for child in root.children
    )


def _names_place_noun(root: Token) -> bool:
    """``root`` names a place noun: "the Reshimbagh residence", "the town of Marka"."""
    if root.dep_ in MODIFIER_DEPS:
        return root.head.lemma_.lower() in cues()["place_nouns"] | cues()["resident_nouns"]
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        outer = root.head.head.lemma_.lower()
        return outer in cues()["settlement_nouns"] | cues()["area_nouns"] | cues()["resident_nouns"]
    return False


def _only_modifies(span: Span) -> bool:
    """A name used as a modifier of a non-place noun ("the Iraq war", "Kenya's police") is not a place."""
    root = span.root
    if root.dep_ not in MODIFIER_DEPS or root.head.i in range(span.start, span.end):
        return False
    return root.head.lemma_.lower() not in cues()["place_nouns"] | _people_nouns()


def _tie(place: Token, trigger: Token) -> tuple[float, int] | None:
    """Tree distance from the trigger to ``place`` when a locative link ties them (else None), and the token
    where the place's phrase joins the trigger's path.

    The edges that name a place noun cost less than a step: in "the town of Kupres" the noun's name is
    Kupres, in "the East Ghouta region of rural Damascus" it is East Ghouta (the "of" phrase of an area
    noun is its container). A name measured from ("30 km south of Pristina") is a reference, not a place.
    """
    if place.i == trigger.i:
        return None
    up_trigger = [trigger, *trigger.ancestors]
    cost = 0.0
    node = joint = place
    tied = weak = False
    while node not in up_trigger:
        joint = node
        if node.dep_ in CLOSED_CLAUSES or (node.dep_ in OPEN_CLAUSES and node.head not in up_trigger):
            return None
        if node.lemma_.lower() in cues()["distance_nouns"]:
            return None
        strong = _is_locative_link(node) or _ties_directly(node, trigger)
        strong = strong or _is_motion_goal(node, trigger) or _area_of_object(node, trigger)
        strong = strong or _object_of_place_clause(node, up_trigger)
        if not (tied or strong) and _names_residents(node, trigger):
            cost += PEOPLE_TIE_COST  # "boda operators demonstrated in Malindi town": the phrase "in X" wins
            tied = True
        weak = weak or _modifies_place_noun(node)
        tied = tied or strong
        cost += _edge_cost(node)
        if node.head is node:
            return None
        node = node.head
    if not (tied or weak):
        return None
    return cost + (0.0 if tied else PEOPLE_TIE_COST) + up_trigger.index(node), joint.i


def _modifies_place_noun(node: Token) -> bool:
    """A name modifying a place noun on the trigger's path names where it stands: "as he walked up the steps
    of his Miami home", "outside a Lahore court"; not a possessor ("the mayor's office") nor the modifier of a
    noun that names its own place ("the Baghdad enclave of Sadr City")."""
    return (
        node.dep_ in MODIFIER_DEPS - {"poss"}
        and node.pos_ == "PROPN"
        and node.head.lemma_.lower() in cues()["place_nouns"]
        and _of_name(node.head) is None
    )


def _object_of_place_clause(node: Token, up_trigger: list[Token]) -> bool:
    """``node`` is the object of a place verb in a clause under the trigger: "as he tried to flee the X jail".
    A verb conjoined to the trigger is another event ("destroying X and occupying Y")."""
    verb = node.head
    return verb not in up_trigger and verb.dep_ != "conj" and _ties_directly(node, verb)


def _edge_cost(token: Token) -> float:
    """What the edge from ``token`` to its head adds to the distance."""
    head = token.head
    noun = head.lemma_.lower()
    if token.dep_ in MODIFIER_DEPS and noun in cues()["place_nouns"]:
        return 0.0 if noun in cues()["area_nouns"] else 0.5
    if token.dep_ == "pobj" and head.lower_ == "of":
        outer = head.head.lemma_.lower()
        if outer in cues()["settlement_nouns"]:
            return 0.0
        if outer in cues()["area_nouns"]:
            return 0.5
        if outer in cues()["direction_words"]:
            return 3.0
    if token.dep_ == "prep" and token.lower_ == "of" and head.lemma_.lower() in cues()["place_nouns"]:
        return 0.0
    return 1.0


def _is_motion_goal(node: Token, trigger: Token) -> bool:
    """Where a movement goes or comes from is its place ("returned to Saigon", "withdrew from Kafr Nabuda")."""
    prep = node.head
    return (
        node.dep_ == "pobj"
        and prep.lower_ in cues()["motion_preps"]
        and prep.head.i == trigger.i
        and trigger.lemma_.lower() in cues()["motion_verbs"]
    )


def _people_nouns() -> frozenset[str]:
    return cues()["resident_nouns"] | cues()["people_nouns"]


def _names_people(root: Token) -> bool:
    """``root`` (or the institution it names) modifies a noun of people: "Lamu residents", "Meru University
    students", "Mombasa demonstrators"."""
    return _people_head(root) is not None


def _people_head(root: Token) -> Token | None:
    """The noun of people that ``root`` or the proper-noun phrase it belongs to modifies, if any."""
    while root.dep_ == "compound" and root.head.pos_ == "PROPN" and not _people_word(root.head):
        root = root.head
    return root.head if root.dep_ in MODIFIER_DEPS and _people_word(root.head) else None


def _names_residents(node: Token, trigger: Token) -> bool:
    """In "Lamu residents protested" a place naming the people who act or suffer is the event's place; so
    does the place in the name of their institution ("Meru University students")."""
    people = _people_head(node)
    if people is None:
        return False
    # the trigger, or the light verb whose object it is ("residents held a demonstration")
    return people.head.i == trigger.i or (trigger.dep_ == "dobj" and people.head.i == trigger.head.i)


def _area_of_object(node: Token, trigger: Token) -> bool:
    """A place in apposition to the object of a place verb is where that object lies: "attacked X (Baringo
    county)", whatever the model took X for."""
    head = node.head
    return (
        node.dep_ == "appos"
        and head.head.i == trigger.i
        and head.dep_ in {"dobj", "nsubjpass"}
        and trigger.lemma_.lower() in cues()["place_object_verbs"]
    )


def _ties_directly(node: Token, trigger: Token) -> bool:
    """``node`` is the object of a verb whose object is a place ("visited Moscow", "shelled the town of X")."""
    return (
        node.head.i == trigger.i
        and node.dep_ in {"dobj", "nsubjpass"}
        and trigger.lemma_.lower() in cues()["place_object_verbs"]
        and (node.ent_type_ in PLACE_LABELS | {"ORG", ""} or node.lemma_.lower() in cues()["place_nouns"])
    )


def _in_topic(place: Token, trigger: Token) -> bool:
    """``place`` sits in an "of/for/over/about" complement of the trigger: "accused the West of provoking the
    conflict in Ukraine", "called for talks in Geneva", "blamed the army for the raid in X". Hanging from the
    object, only a clause ("of provoking ...") or a "for/over/about" phrase is the trigger's: "denounced the
    suppression of unrest in X" keeps X, the place of the suppression."""
    return any(
        node.dep_ == "prep" and node.lower_ in TOPIC_PREPS and _topic_of(node, trigger) for node in place.ancestors
    )


def _topic_of(prep: Token, trigger: Token) -> bool:
    head = prep.head
    if head.i == trigger.i:
        return True
    while head.dep_ == "conj" and head.head is not head:
        head = head.head  # "accused the USA and the West of ..."
    if head.dep_ != "dobj" or head.head.i != trigger.i:
        return False
    return prep.lower_ != "of" or any(child.dep_ == "pcomp" for child in prep.children)


def _behind_closed_clause(place: Token, trigger: Token) -> bool:
    """``place`` sits in reported content (a ``ccomp``) of the trigger's own clause."""
    up_trigger = {trigger.i, *(t.i for t in trigger.ancestors)}
    return any(node.dep_ in CLOSED_CLAUSES and node.head.i in up_trigger for node in [place, *place.ancestors])


def _in_locative_phrase(token: Token) -> bool:
    """``token`` or the head of its list hangs from a locative preposition."""
    while token.dep_ in LIST_DEPS and token.head is not token:
        token = token.head
    if token.dep_ in MODIFIER_DEPS and token.head.lemma_.lower() in cues()["place_nouns"]:
        token = token.head  # "in Kakuma camp"
    return _is_locative_link(token)


def _is_locative_link(token: Token) -> bool:
    """``token`` hangs from a locative preposition, or from "of" after a place or direction noun."""
    if token.dep_ in LIST_DEPS:
        return False
    head = token.head
    if token.dep_ != "pobj":
        return token.dep_ == "npadvmod" and head.lower_ == "based"
    if head.lower_ == "of":
        return head.head.lemma_.lower() in cues()["place_nouns"] | cues()["direction_words"] | cues()["resident_nouns"]
    return head.lower_ in cues()["locative_preps"]


def _is_actor(span: Span, actors: list[Span], raw: RawEvent) -> bool:
    """Names inside an actor phrase are the actor's, unless the phrase is the place itself ("visit Russia")."""
    for actor in actors:
        if span.start >= actor.start and span.end <= actor.end:
            root, trigger = span.root, raw.trigger.root
            if _ties_directly(root, trigger) or _names_residents(root, trigger) or _of_people(root):
                return False
            return not _placed_by_its_phrase(root)  # the party is the place: "patrolled in X", "the town of X"
    return False


def _placed_by_its_phrase(root: Token) -> bool:
    """``root`` is the name of a place noun or hangs from a locative preposition."""
    while root.dep_ in LIST_DEPS and root.head is not root:
        root = root.head
    return _names_place_noun(root) or _is_locative_link(root)


def _of_people(root: Token) -> bool:
    """``root`` is the place in "residents of X", "students from X": the actor's home, where it acts."""
    while root.dep_ in LIST_DEPS and root.head is not root:
        root = root.head
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in {"of", "from"} and prep.head.lemma_.lower() in _people_nouns()


def _resolve(
    mention: Mention,
    larger: list[str],
    gazetteer: Gazetteer,
    prefer: Sequence[str],
    context: Sequence[str],
    home_country: str | None = None,
) -> Place:
    """The mention's place: its own name in the gazetteer, else the next, larger name after it; all in the
    country of the last (largest) name that the gazetteer knows ("Watamu, Dabaso, Kilifi": Kenya)."""
    name = mention.text
    frame = _frame_country(larger, gazetteer, prefer, context)
    prefer = [frame, *prefer] if frame else prefer
    home = frame or home_country
    own_names = list(variants(name))
    local = frame is not None and _framed_locally(larger, frame, gazetteer, prefer, context)
    for candidate in [*own_names, *(variant for text in larger for variant in variants(text))]:
        entry = gazetteer.best(candidate, prefer, context)
        if entry is None or entry.lat is None:
            continue
        if frame is None and candidate in own_names:
            entry = _home_namesake(_famous_namesake(entry, candidate, gazetteer), candidate, gazetteer, home)
        if frame is not None and entry.country != frame and not (candidate in own_names and _stands(entry, local)):
            continue
        if home and entry.country != home and _namesake(entry, candidate, gazetteer, prefer):
            continue  # "Irobo" in a Kenyan report is not the town of that name in Côte d'Ivoire
        return Place(name, entry.country, entry.lat, entry.lon, entry.geonameid, entry.precision)
    own = gazetteer.lookup(name, prefer, context)
    if own is None or (home and own.country != home and own.precision != "country"):
        return Place(name, home)  # an unknown place, or a foreign namesake: in the document's country, if known
    return Place(name, own.country, None, None, own.geonameid, own.precision)


def _famous_namesake(entry: Entry, name: str, gazetteer: Gazetteer) -> Entry:
    """A city of 100,000 or more that bears the name itself, over a small town the actors' or the document's
    countries favour: "the US embassy in Brussels" is in Belgium, not in a village of Wisconsin."""
    if entry.population >= FOREIGN_TOWN_MAX_POPULATION or entry.precision != "city":
        return entry
    biggest = max(
        (hit for hit, own in gazetteer.candidates(name) if own and hit.lat is not None and hit.precision == "city"),
        key=lambda hit: hit.population,
        default=entry,
    )
    return biggest if biggest.population >= FOREIGN_TOWN_MAX_POPULATION else entry


def _home_namesake(entry: Entry, name: str, gazetteer: Gazetteer, home: str | None) -> Entry:
    """A small foreign town loses to a place of the same name in the document's country, whatever the actors'
    countries: "Pala" in a Kenyan report is the Kenyan village, not the town of Chad."""
    if home is None or entry.country == home or entry.population >= FOREIGN_TOWN_MAX_POPULATION:
        return entry
    local = gazetteer.best(name, [home])
    return local if local is not None and local.country == home and local.lat is not None else entry


def _namesake(entry: Entry, name: str, gazetteer: Gazetteer, prefer: Sequence[str]) -> bool:
    """A foreign entry that a local place more likely shares its name with: one that only an alternate name
    matches ("Namanga" is not Namangan, "Tana" is not Antananarivo), or, when no actor's country is known, a
    town of under 100,000. A country, or a place in an actor's country, is no namesake."""
    if entry.precision == "country" or entry.country in prefer:
        return False
    if not any(own for hit, own in gazetteer.candidates(name) if hit == entry):
        return True
    return entry.population < FOREIGN_TOWN_MAX_POPULATION and not prefer


def _stands(entry: Entry, framed_locally: bool) -> bool:
    """A country, or a large city not framed by a smaller area ("Moscow" beside "Ukraine", unlike "Kalama,
    Machakos"), keeps its own country whatever frames it: it is not replaced by another country's centroid."""
    return entry.precision == "country" or (entry.population >= FOREIGN_TOWN_MAX_POPULATION and not framed_locally)


def _framed_locally(
    larger: list[str], frame: str, gazetteer: Gazetteer, prefer: Sequence[str], context: Sequence[str]
) -> bool:
    """A larger name below country level, in the frame country, locates the mention ("X, Machakos")."""
    for text in larger:
        entry = gazetteer.best(text, prefer, context)
        if entry is not None and entry.country == frame and entry.precision != "country" and entry.lat is not None:
            return True
    return False


def _frame_country(
    larger: list[str], gazetteer: Gazetteer, prefer: Sequence[str], context: Sequence[str]
) -> str | None:
    for text in reversed(larger):
        place = gazetteer.lookup(text, prefer, context)
        if place is not None and place.country:
            return place.country
    return None
