"""The target of an event when it is not simply the verb's object: the party inside an object phrase.

"imposed sanctions on X", "rejected an appeal from X", "demanded the resignation of X", "attacked X's embassy",
"threatened to cut ties with X", "staged a strike to protest the seizure of land by X": the object names what was
done or asked for, and the party it is done to (or whose act it answers) sits inside it, or in the verb the
event governs. An object that is the doer's own ("withdrew its troops", "offered its troops") is no target.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.extract.parties.names import is_actorish
from eventwire.extract.tree import (
    ACTOR_ENTS,
    PLACE_ENTS,
    POSSESSIVES,
    PRONOUNS,
    TIME_ENTS,
    child,
    lemma,
    prep_object,
    prep_objects,
    to_infinitive,
)
from eventwire.lexicons.actors.words import load_actor_words
from eventwire.lexicons.cues import load_cues

AGENT_PREPS = ("by", "from")
# types whose object is the means and its prepositional phrase the party: "sanctions on X", "ties with X"
RECIPIENT_PREPS = ("on", "against", "with", "to", "upon", "toward", "towards", "into")
NOT_RECIPIENT = frozenset({"ACCUSE", "REJECT", "PROTEST"})  # "condemned the attack on X": X is not accused
# types for which the of-phrase of the object is no party of theirs: "condemned the killing of X" (X is the victim)
NOT_OF_PARTY = frozenset({"ACCUSE", "PROTEST"})
# an extra preposition that names the target of a verb of these types
TYPE_PREPS = {"AID": ("for",), "MOBILIZE": ("in", "near", "along")}
# what an accusation or protest is about names the accused: "complained to the UN over X's raids"
GRIEVANCE_PREPS_BY_TYPE = {"ACCUSE": ("against", "of", "over", "about"), "PROTEST": ("against", "over", "at")}
# types for which "from X" names the target: "withdrew from X", "demanded autonomy from X", "seized arms from X"
FROM_TYPES = frozenset({"AID", "RETREAT", "SANCTION", "REQUEST", "COERCE"})
MODIFIER_ENTS = frozenset({"NORP", "GPE", "ORG"})
SITES = frozenset({"LOC", "FAC"})  # "withdrawal of troops from the valley": a site is no party


@dataclass(frozen=True)
class TargetCues:
    """Actor nouns and nouns naming people (victims of violence need not be political actors)."""

    actors: frozenset[str]
    people: frozenset[str] = frozenset()
    restrictions: frozenset[str] = frozenset()  # curfews, bans, blockades: they apply to a place
    forces: frozenset[str] = frozenset()  # troops, warships: sent, not sent to
    sites: frozenset[str] = frozenset()  # villages, homes: an attack on them is on the people there
    devices: frozenset[str] = frozenset()  # bombs, mines, rockets: the means of an attack
    freeing: frozenset[str] = frozenset()  # release, free: the people let go are the target


def is_party(token: Token, cues: TargetCues) -> bool:
    """A head that names a party on its own: a named entity, a pronoun, an actor or person noun."""
    if token.ent_type_ in ACTOR_ENTS or token.lower_ in PRONOUNS:
        return True
    word = lemma(token)
    return (word in cues.actors or word in cues.people) and not is_restriction(token, cues)


def is_restriction(token: Token, cues: TargetCues) -> bool:
    """A curfew, a ban, and "a state of emergency" (no state as a party: its of-phrase names a restriction)."""
    if lemma(token) in cues.restrictions:
        return True
    of_obj = prep_object(token, "of") if lemma(token) == "state" else None
    return of_obj is not None and lemma(of_obj) in cues.restrictions


def is_own(token: Token) -> bool:
    """The doer's own forces or goods: "its troops", "their forces"."""
    owner = child(token, "poss")
    return owner is not None and owner.lower_ in POSSESSIVES and token.ent_type_ not in ACTOR_ENTS


def sent_forces(verb: Token, obj: Token, cues: TargetCues) -> bool:
    """ "sent troops to X", "deployed warships near X": the forces moved are the doer's, the target is where."""
    return lemma(verb) in load_cues().parties.sending_verbs and lemma(obj) in cues.forces


def party_head(token: Token, cues: TargetCues) -> Token:
    """The party of a phrase: itself, or for a thing the owner or nationality named on it ("Russia's embassy")."""
    if is_party(token, cues):
        return token
    owner = child(token, "poss")
    if owner is not None and owner.lower_ not in PRONOUNS and is_actorish(owner, cues.actors):
        return owner
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i]
    named = [c for c in modifiers if c.ent_type_ in MODIFIER_ENTS]
    nouns = [c for c in modifiers if c.tag_ not in ("VBN", "VBG") and is_party(c, cues)]
    senses = load_cues().parties.adjective_senses
    nouns = [c for c in nouns if lemma(c) not in senses]  # not "general strike", "suspected thieves"
    return (named or nouns or [token])[0]


def object_party(obj: Token, event_type: str, cues: TargetCues) -> Token | None:
    """The party named inside a non-party object: its owner, agent, of-phrase, recipient or nationality."""
    owner = child(obj, "poss")
    if owner is not None and owner.lower_ not in PRONOUNS and is_actorish(owner, cues.actors):
        return owner
    found = prep_party(obj, ("by",), cues)
    conduct = lemma(obj) in load_cues().parties.conduct_nouns or obj.lower_ in load_cues().parties.conduct_nouns
    if found is None and (event_type not in NOT_OF_PARTY or conduct):
        of_obj = prep_object(obj, "of")
        own = of_obj is not None and is_own(of_obj)  # "hand over two of its nationals": the doer's own people
        found = (
            of_obj
            if of_obj is not None and not own and of_obj.ent_type_ not in SITES and is_party(of_obj, cues)
            else None
        )
    preps: tuple[str, ...] = ("from",)
    if event_type not in NOT_RECIPIENT:
        preps += RECIPIENT_PREPS + TYPE_PREPS.get(event_type, ())
    found = found or prep_party(obj, preps, cues) or restricted_place(obj, cues)
    if found is not None:
        return found
    head = party_head(obj, cues)
    return head if head.i != obj.i else None


def restricted_place(obj: Token, cues: TargetCues) -> Token | None:
    """ "imposed a curfew in X", "eased emergency measures in X": the place a restriction applies to (the
    phrase may hang on the object or on its verb)."""
    if not is_restriction(obj, cues):
        return None
    place = prep_object(obj, "in")
    if place is None and obj.dep_ == "dobj":
        place = prep_object(obj.head, "in")
    if place is not None and place.ent_type_ not in PLACE_ENTS:
        place = prep_object(place, "of")  # "in the town of X"
    return place if place is not None and place.ent_type_ in PLACE_ENTS else None


def prep_party(token: Token, preps: tuple[str, ...], cues: TargetCues) -> Token | None:
    """The first party among the objects of ``token``'s prepositions, in the order of ``preps``."""
    for prep in preps:
        found = prep_object(token, prep)
        if found is not None and found.i > token.i and (is_actorish(found, cues.actors) or is_party(found, cues)):
            return found
    return None


def verb_prep_target(verb: Token, event_type: str, preps: tuple[str, ...], cues: TargetCues) -> Token | None:
    """A party in the first prepositional phrase after the verb ("clashed with fans at X" names no target),
    else in a phrase of the type's own prepositions ("deployed on the border in X"); a thing
    there gives its party ("protested against X's decision", "conceded to demands from X")."""
    allowed = tuple(p for p in preps if p != "from" or event_type in FROM_TYPES)
    for group in (GRIEVANCE_PREPS_BY_TYPE.get(event_type, ()), allowed, TYPE_PREPS.get(event_type, ())):
        obj = _first_prep_object(verb, group)
        found = party_in(obj, cues) if obj is not None else None
        if found is None and obj is not None:
            found = object_party(obj, event_type, cues)  # "conceded to demands from X"
        if found is not None:
            return found
    return None


def _first_prep_object(verb: Token, preps: tuple[str, ...]) -> Token | None:
    """The first prepositional object after the verb that is not a time ("welcomed on Thursday to X": X)."""
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps and c.i > verb.i:
            obj = child(c, "pobj")
            if obj is not None and obj.ent_type_ not in TIME_ENTS:
                return obj
    return None


def party_in(token: Token, cues: TargetCues) -> Token | None:
    """``token`` if it names a party, else the owner or nationality named on it ("rebel positions"); "with X's
    help" names a helper, not a target."""
    if lemma(token) in load_cues().parties.help_nouns:
        return None
    if is_actorish(token, cues.actors):
        return token
    head = party_head(token, cues)
    return head if head.i != token.i else None


def shared_object(verb: Token) -> Token | None:
    """ "shot and wounded a vendor": the object of the coordinated verb, when the verb has none of its own; "shot
    and wounded fleeing civilians": the object of the -ing word the parser hung on that verb as its complement."""
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and child(c, "nsubj", "nsubjpass") is None:
            return child(c, "dobj") or _participle_object(c)
    return None


def _participle_object(verb: Token) -> Token | None:
    """ "wounded fleeing civilians", read as "wounded [fleeing civilians]" though parsed as a complement clause: the
    object of an -ing word right after the verb, with no auxiliary or marker of its own."""
    ing = child(verb, "xcomp")
    if ing is None or ing.tag_ != "VBG" or ing.i != verb.i + 1 or child(ing, "aux", "mark") is not None:
        return None
    return child(ing, "dobj")


def complement_verb(verb: Token) -> Token | None:
    """The verb an event governs: "threatened to cut", "refused to meet", "staged a strike to protest"."""
    xcomp = child(verb, "xcomp")
    if xcomp is not None and xcomp.pos_ in ("VERB", "AUX"):
        return xcomp
    for c in verb.children:
        if c.dep_ == "advcl" and c.pos_ == "VERB" and to_infinitive(c):
            return c
    return None


def reduced_passive(verb: Token) -> bool:
    """A headline-style passive with no auxiliary: "eleven injured in a clash", "a man found killed", "twelve
    suspects burned to death", "Five killed in clashes": its subject is the one harmed."""
    if any(c.dep_ in ("aux", "auxpass", "dobj", "agent") for c in verb.children):
        return False
    subject = child(verb, "nsubj")
    if verb.tag_ == "VBD":
        death = prep_object(verb, "to")
        counted = subject is not None and subject.pos_ == "NUM"  # "Five killed in clashes"
        return subject is not None and (counted or (death is not None and death.lower_ == "death"))
    if verb.tag_ != "VBN":
        return False
    if subject is not None:
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and (head.dep_ == "acl" or child(head, "nsubj", "nsubjpass") is not None)


def addressee_of_clause(noun: Token, actors: frozenset[str]) -> Token | None:
    """ "its demand that Israel ease restrictions", "reiterated its demand today that X ...": the one a demand or
    call says must act, the subject of the that-clause on the noun or, for an object, on its verb."""
    clauses = [c for c in noun.children if c.dep_ in ("ccomp", "acl")]
    if noun.dep_ == "dobj":
        clauses += [c for c in noun.head.children if c.dep_ in ("ccomp", "advcl") and c.i > noun.i]
    for clause in clauses:
        if not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
            continue
        subject = child(clause, "nsubj", "nsubjpass")
        if subject is not None and subject.lower_ not in PRONOUNS and is_actorish(subject, actors):
            return subject
    return None


def blamed_party(deed: Token, cues: TargetCues) -> Token | None:
    """ "blamed the bombing on X", "attributed the attacks to X": the party a deed, the object of a verb of
    blaming (``on_blame_verbs`` of ``data/actors/words.yaml``), is put on; it did the deed and is the one blamed."""
    verb = deed.head
    if deed.dep_ != "dobj" or lemma(verb) not in load_actor_words().on_blame_verbs:
        return None
    for owner in (deed, verb):
        found = next(
            (o for o in prep_objects(owner, "on", "to") if o.ent_type_ not in TIME_ENTS and o.i > deed.i), None
        )
        if found is not None:
            return found if is_party(found, cues) else party_in(found, cues)
    return None
