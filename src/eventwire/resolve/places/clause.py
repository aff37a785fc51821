"""Statements and dealings: placed only by a place their own clause gives them.

A statement, an accusation, a demand, a refusal, a promise or a meeting (the ``clause_placed_types`` of
``data/places/cues.yaml``) happens where its own clause says it does: a locative phrase on the act ("said in
Cairo", "talks in Geneva", "In Cairo, he said"), the place of the occasion it was made at ("in a speech delivered
in Cairo", "at a hearing in Harare": ``occasion_nouns``), the goal of a visit ("travelled to Moscow"), the home
of the people who make it ("Lamu residents called for"). It is not placed by

- what it is about: "discussed developments in Syria", "an investigation into collusion with Russia", "committed
  the administration to a solution in Syria" (a place inside the act's object or a non-locative complement);
- another clause of the sentence: "condemned the brutality, as eight were killed in X" (a clause below the act)
  or "In X, A backed B, though he had earlier demanded C" (the act sits in a clause below the one X frames);
- a place the sentence names elsewhere, or a neighbour sentence (``resolve.places.event`` gives such events no
  scope and no borrowed place).

Physical acts (attacks, arrests, protests, deployments, ...) are placed more widely: see ``resolve.places.scene``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.tree import to_infinitive
from eventwire.lexicons.gazetteer.index import fold
from eventwire.lexicons.places.cues import load_place_cues as cues
from eventwire.resolve.places.frame import propn_phrase
from eventwire.resolve.places.names import MODIFIER_DEPS, country_names

__all__ = [
    "SAME_ACT_DEPS",
    "aimed_at_country",
    "aimed_measure",
    "clause_placed",
    "own_clause_place",
    "party_measure",
    "same_clause",
    "scene_act",
]

# Edges that open a clause of its own: a place below one belongs to that clause's event.
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "relcl", "acl", "csubj", "csubjpass", "pcomp", "parataxis"})
# Edges the trigger may climb to reach the clause that frames it: a verb it completes ("vowed to expel") or the first
# of two joined acts ("criticised and condemned X in Y").
SAME_ACT_DEPS = frozenset({"xcomp", "conj"})
LIST_DEPS = frozenset({"conj", "appos"})
PARTICIPLE_DEPS = frozenset({"advcl"})  # "demonstrated in X, demanding Y": the demand is made at the protest
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})
TIME_LABELS = frozenset({"DATE", "TIME"})
AIMED_PREPS = frozenset({"against", "on", "upon"})


def clause_placed(event_type: str) -> bool:
    """Events of this type are placed only by their own clause."""
    return event_type.lower() in cues().clause_placed_types  # the loader keeps words in lower case


def aimed_measure(event_type: str) -> bool:
    """Events of this type name the country they are aimed at after "on"/"against" ("sanctions on X")."""
    return event_type.lower() in cues().aimed_types


def party_measure(event_type: str) -> bool:
    """Events of this type are not placed in a country that is one of their own parties ("granted X a loan")."""
    return event_type.lower() in cues().party_types


def scene_act(trigger: Token) -> Token:
    """The act whose scene a statement shares: the act a participle or an infinitive of purpose hangs on
    ("demonstrated in X, calling for Y", "clashed with them in X, accusing them", "were moved to X to support Y"),
    else the statement itself."""
    node = trigger
    while node.dep_ in PARTICIPLE_DEPS and _non_finite(node) and node.head.pos_ in {"VERB", "AUX"}:
        node = node.head
    return node


def _non_finite(verb: Token) -> bool:
    """A participle ("calling") or an infinitive with "to" ("to support")."""
    if verb.tag_ == "VBG":
        return not any(child.dep_ in SUBJECT_DEPS for child in verb.children)
    return verb.tag_ == "VB" and to_infinitive(verb)


def own_clause_place(place: Token, trigger: Token) -> bool:
    """``place`` (the root of a place name) is given to the act of ``trigger`` by the act's own clause."""
    up_trigger = [trigger, *trigger.ancestors]
    path: list[Token] = []
    node = place
    while node not in up_trigger:
        path.append(node)
        if node.head.i == node.i:
            return False
        node = node.head
    join = node
    if not same_clause(trigger, join):
        return False  # "In X, A backed B, even though he had demanded C": X frames the backing
    if not path:
        return False  # the trigger's own word names the place: no phrase places it
    return _placing_phrase(path, join) and not any(_opens_clause(step) for step in path)


def same_clause(trigger: Token, join: Token) -> bool:
    """The trigger reaches ``join`` without leaving its clause: through nouns, a verb it completes or joins, or
    the occasion it is the purpose of ("a visit to X to meet Y")."""
    node = trigger
    while node.i != join.i:
        if node.dep_ in CLAUSE_DEPS - SAME_ACT_DEPS and not _occasion(node.head):
            return False
        node = node.head
    return True


def _opens_clause(step: Token) -> bool:
    """``step`` opens a clause of another event, unless it only describes an occasion ("a speech delivered in X")."""
    if step.dep_ not in CLAUSE_DEPS:
        return step.dep_ == "conj" and step.pos_ in {"VERB", "AUX"}
    if step.dep_ == "acl" and step.tag_ == "VBG" and step.head.dep_ in SUBJECT_DEPS:
        return False  # "the Red Cross operating in Iraq said": where those who act are
    return not (step.dep_ in {"acl", "relcl"} and _occasion(step.head))


def _placing_phrase(path: list[Token], join: Token) -> bool:
    """The phrase that joins the place to the act says where the act was: a locative preposition on the act, on an
    occasion it names or on the people who act; the goal of a visit; an occasion as the act's argument. Every
    preposition inside it is locative ("in the city of X" is, "about the war in X" is not)."""
    while len(path) > 1 and path[-1].dep_ == "npadvmod" and path[-1].ent_type_ in TIME_LABELS:
        path = path[:-1]  # "last month in Doha": a phrase the parse hung on the date
    while len(path) > 2 and path[-1].dep_ == "prep" and _temporal(path[-2]):
        path = path[:-2]  # "for the first time in Doha", "on Monday in X": a phrase the parse hung on the time
    top = path[-1]
    if top.dep_ == "prep" and _aimed_at_country(top):
        placing = False
    elif top.dep_ == "prep":
        placing = _locative(top) or _visit_goal(top, join)
    elif top.dep_ in ARGUMENT_DEPS:
        placing = _occasion(top) or _visited(top, join) or _people_home(path, top)
    else:
        placing = False
    return placing and all(_locative(step) or _of_place(step) or _visit_goal(step, step.head) for step in _preps(path))


def _temporal(noun: Token) -> bool:
    """``noun`` says when, not where: a date or time ("on Monday") or a time noun ("for the first time")."""
    return noun.dep_ == "pobj" and (noun.ent_type_ in TIME_LABELS or noun.lemma_.lower() in cues().time_nouns)


def aimed_at_country(place: Token) -> bool:
    """``place`` is a country a measure or a statement is aimed at: "sanctions on X", "maintain the ban on X",
    "protested against X"."""
    root = place
    while root.dep_ in LIST_DEPS and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and _aimed_at_country(root.head)


def _aimed_at_country(prep: Token) -> bool:
    objects = [child for child in prep.children if child.dep_ == "pobj"]
    return prep.lower_ in AIMED_PREPS and any(fold(propn_phrase(obj).text) in country_names() for obj in objects)


def _preps(path: list[Token]) -> list[Token]:
    return [step for step in path if step.dep_ == "prep"]


def _locative(prep: Token) -> bool:
    return prep.lower_ in cues().locative_preps


def _of_place(prep: Token) -> bool:
    """An "of" after a place or direction noun: "the city of X", "the north of X"."""
    words = cues()
    return prep.lower_ == "of" and prep.head.lemma_.lower() in words.place_nouns | words.direction_words


def _visit_goal(prep: Token, head: Token) -> bool:
    """Where a visit or a journey goes: "travelled to X", "a visit to X", "on a trip to X"."""
    words = cues()
    if prep.lower_ not in words.motion_preps - {"from"}:
        return False
    if head.lemma_.lower() in words.visit_nouns | words.visit_verbs | words.motion_verbs:
        return True
    return any(child.dep_ == "dobj" and child.lemma_.lower() in words.visit_nouns for child in head.children)


def _visited(argument: Token, join: Token) -> bool:
    """The act's object is a place it goes to or leaves: "visited Moscow", "must leave Syria"."""
    words = cues()
    return argument.dep_ == "dobj" and join.lemma_.lower() in words.visit_verbs | words.place_object_verbs


def _occasion(noun: Token) -> bool:
    """A speech, a meeting, a hearing: an occasion whose place is that of what is said or done at it."""
    return noun.lemma_.lower() in cues().occasion_nouns


def _people_home(path: list[Token], top: Token) -> bool:
    """The place names the people who make the statement: "Lamu residents called for", "residents of X said"."""
    if top.dep_ not in SUBJECT_DEPS:
        return False
    below = path[-2] if len(path) > 1 else None
    if below is None:
        return False
    if below.dep_ == "prep" and below.lower_ in cues().locative_preps:
        return True  # "Ethnic Albanians in south Serbia are demanding": those who act are there
    if below.dep_ == "acl" and len(path) > 2 and path[-3].dep_ == "prep" and path[-3].lower_ in cues().locative_preps:
        return True  # "the Red Cross operating in Iraq said"
    words = cues()
    if top.lemma_.lower() not in words.resident_nouns | words.people_nouns:
        return False
    if below.dep_ in MODIFIER_DEPS:
        return True
    return below.dep_ == "prep" and below.lower_ in {"of", "from"}
