"""The parties of a verbal trigger: subject and object, passive agent and subject, prepositional targets,
and the victims of violence."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.parties.holdings import HOLDING_TYPES, holdings_owner
from eventwire.extract.parties.names import is_actorish
from eventwire.extract.parties.record import SPEECH_EVENTS, VICTIM_TYPES, Parties
from eventwire.extract.parties.subjects import passive_conjunct, passive_subject, subject_of
from eventwire.extract.parties.targets import (
    TargetCues,
    blamed_party,
    complement_verb,
    is_own,
    is_restriction,
    object_party,
    party_in,
    reduced_passive,
    sent_forces,
    shared_object,
    verb_prep_target,
)
from eventwire.extract.tree import RELATIVE, TIME_ENTS, child, lemma, prep_object, prep_objects, to_infinitive
from eventwire.extract.triggers.headlines import headline_object, headline_subject
from eventwire.lexicons.classes import load_classes
from eventwire.lexicons.cues import load_cues

TARGET_PREPS = ("with", "to", "against", "on", "upon", "at", "into", "toward", "towards", "from")
# types whose object's "about"/"over" phrase names what the accusation or protest is about
GRIEVANCE_TYPES = frozenset({"ACCUSE", "PROTEST"})
GRIEVANCE_OBJECT_PREPS = ("about", "over")
# the phrases of what a request asks for that name the party it is aimed at ("sanctions against X")
ASKED_PARTY_PREPS = ("against", "by")
# types whose object naming people is the one the act is aimed at though they are no political actor
THREATENED_PEOPLE_TYPES = frozenset({"THREATEN"})
SELF = frozenset({"it", "they", "we", "i", "he", "she"})  # the speaker itself in what it says


def headline_parties(verb: Token, event_type: str, cues: TargetCues) -> Parties:
    """ "Police battle gang": the noun before the misread verb is its subject, the noun it modifies its object."""
    target = headline_object(verb)
    party = is_actorish(target, cues.actors) or _victim(target, event_type, cues)
    return Parties(headline_subject(verb), target if party else None)


def verbal_parties(verb: Token, event_type: str, cues: TargetCues) -> Parties:
    if event_type in VICTIM_TYPES and reduced_passive(verb):
        return Parties(source=prep_object(verb, "by"), target=_passive_subject(verb))
    parties = Parties(source=subject_of(verb))
    passive = passive_subject(verb)
    if passive is not None and not _device(passive, event_type, cues):
        parties.target = verb.head if passive.lower_ in RELATIVE and verb.dep_ == "relcl" else passive
    elif passive is None and passive_conjunct(verb) and passive_subject(verb.head) is not None:
        # "was shot and wounded", "slipped in and were identified and arrested": the one shot, or identified
        parties.target = verbal_parties(verb.head, event_type, cues).target
    elif passive is None and verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and child(verb, "dobj") is None:
        # "houses burnt by the mob", "Five killed in clashes" (a participle read as past); not "a bomb planted"
        parties.target = None if _device(verb.head, event_type, cues) else verb.head
    else:
        parties.target = verb_object(verb, event_type, cues)
    return parties


def _device(token: Token, event_type: str, cues: TargetCues) -> bool:
    """ "bombs were planted near the station", "rockets fired at the town": the device is what an attack is made
    with, not whom it is made on."""
    if event_type != "ASSAULT":
        return False
    word = lemma(token)
    if token.pos_ == "PROPN":  # "Rockets were fired": a capital at the start of a sentence read as a name
        word = token.lower_[:-1] if token.lower_.endswith("s") else token.lower_
    return word in cues.devices


def verb_object(verb: Token, event_type: str, cues: TargetCues, depth: int = 0) -> Token | None:
    """The party a verb acts on: its object, a party inside the object, a prepositional party, the subject of
    a reported clause, or the target of the verb it governs ("threatened to cut ties with X")."""
    dobj = child(verb, "dobj", "dative") or shared_object(verb)
    owner = holdings_owner(dobj, cues) if dobj is not None and event_type in HOLDING_TYPES else None
    if owner is not None:
        return owner  # "froze their assets": their owner, not the doer's own goods
    if dobj is not None and event_type in THREATENED_PEOPLE_TYPES and _threatened_people(dobj, cues):
        return dobj  # "threatened journalists", "threatened her family with death": the ones threatened, even their own
    if dobj is not None and (is_own(dobj) or sent_forces(verb, dobj, cues) or _dummy_it(verb, dobj)):
        dobj = None  # "withdrew its troops from X": the doer's own forces
    blamed = blamed_party(dobj, cues) if dobj is not None and event_type == "ACCUSE" else None
    if blamed is not None:
        return blamed  # "blamed the attack on X"
    retreat_from = prep_object(verb, "from") if event_type == "RETREAT" else None
    if retreat_from is not None and retreat_from.i > verb.i and is_actorish(retreat_from, cues.actors):
        return retreat_from
    restriction = dobj is not None and is_restriction(dobj, cues)  # "lifted the state of emergency": no state
    if dobj is not None and not restriction and (is_actorish(dobj, cues.actors) or _victim(dobj, event_type, cues)):
        return dobj
    if dobj is not None and lemma(verb) in cues.freeing and _counts_people(dobj, cues):
        return dobj  # "released the two journalists", "freed three hostages"
    inner = object_party(dobj, event_type, cues) if dobj is not None else None
    if inner is not None:
        return inner
    grievance = _grievance_party(dobj, event_type, cues) if dobj is not None else None
    if grievance is not None:
        return grievance  # "expressed reservations about a US plan": the US
    prep = verb_prep_target(verb, event_type, TARGET_PREPS, cues)
    if prep is not None:
        return prep
    asked_for = _asked_for(verb, cues) if event_type == "REQUEST" and dobj is None else None
    if asked_for is not None:
        return asked_for  # "called for the council to act", "called for a war against X"
    ccomp = child(verb, "ccomp")
    if ccomp is not None and event_type in SPEECH_EVENTS and child(verb, "dobj", "dative") is None:
        said = child(ccomp, "nsubj", "nsubjpass")
        if said is None or said.lower_ not in SELF:
            return said
        return verb_object(ccomp, event_type, cues, depth + 1) if depth < 2 else None  # "warned it would hit X"
    told = _infinitive_subject(ccomp, cues) if ccomp is not None and dobj is None else None
    if told is not None:
        return told  # "allowed the candidate to run", "forced the rebels to withdraw"
    comp = complement_verb(verb) if depth < 2 else None
    no_object = child(verb, "dobj", "dative") is None  # not "pressed his plan for X to ..."
    asked = _for_subject(comp, cues) if comp is not None and no_object else None
    if asked is not None:
        return asked  # "called for the junta to free them", "pressed for Ghana to act"
    return verb_object(comp, event_type, cues, depth + 1) if comp is not None else None


def _asked_for(verb: Token, cues: TargetCues) -> Token | None:
    """The party named in what a request asks for: the "for" object itself when it names a known party ("called for
    the council to act"; not "a new government", which is asked for, not asked), or the party its "against"/"by"
    phrase names ("called for sanctions against X", "pressed for reforms by X"). Not a possessor or an of-phrase
    ("called for the release of X": X is held, not asked)."""
    wanted = next((o for o in prep_objects(verb, "for") if o.i > verb.i and o.ent_type_ not in TIME_ENTS), None)
    if wanted is None:
        return None
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in wanted.children)
    if wanted.pos_ != "PRON" and not indefinite and is_actorish(wanted, cues.actors):
        return wanted
    for prep in ASKED_PARTY_PREPS:
        inner = prep_object(wanted, prep)
        if inner is not None and inner.i > wanted.i:
            found = party_in(inner, cues)
            if found is not None:
                return found
    return None


def _grievance_party(obj: Token, event_type: str, cues: TargetCues) -> Token | None:
    """The party whose act or thing an accusation or protest is about, named in an "about"/"over" phrase of its
    object: "voiced concern over the Chinese crackdown", "expressed reservations about Peru's plan". Not a noun
    whose possessor suffers it ("concern over his arrest": he is not accused)."""
    if event_type not in GRIEVANCE_TYPES:
        return None
    suffered = load_cues().parties.suffered_nouns
    for prep in GRIEVANCE_OBJECT_PREPS:
        about = prep_object(obj, prep)
        if about is not None and about.i > obj.i and lemma(about) not in suffered:
            return party_in(about, cues)
    return None


def _dummy_it(verb: Token, obj: Token) -> bool:
    """ "fought it out with X", "battled it out with X": the "it" of a verb with the particle "out" stands for no
    one; the one faced is in the with-phrase."""
    return obj.lower_ == "it" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _for_subject(clause: Token, cues: TargetCues) -> Token | None:
    """The party a for-to clause has as its own subject: "called [for X to lift the ban]": X is the one asked."""
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
        return None
    return _own_party_subject(clause, cues)


def _infinitive_subject(clause: Token, cues: TargetCues) -> Token | None:
    """The party an infinitive clause has as its own subject: "allow [X to take part]": X is acted on."""
    if not to_infinitive(clause):
        return None
    return _own_party_subject(clause, cues)


def _own_party_subject(clause: Token, cues: TargetCues) -> Token | None:
    """The clause's own subject before it, when that names a party or people (not the speaker itself)."""
    subject = child(clause, "nsubj")
    if subject is None or subject.i > clause.i or subject.lower_ in SELF:
        return None
    return subject if is_actorish(subject, cues.actors) or lemma(subject) in cues.people else None


def _passive_subject(verb: Token) -> Token | None:
    """The one it was done to: "eleven injured" -> eleven, "a man found killed" -> man."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own:
        return own[-1]  # "One dead, eleven injured": the nearest
    head = verb.head
    return head.head if head.dep_ == "acl" else child(head, "nsubj", "nsubjpass")


def _victim(obj: Token, event_type: str, cues: TargetCues) -> bool:
    """ "killed a suspected thief", "shot a street vendor": people harmed need not be political actors."""
    if event_type not in VICTIM_TYPES:
        return False
    if obj.pos_ != "NUM" and _of_people(obj, cues):
        return False  # "holding hundreds of villagers": the villagers
    return lemma(obj) in cues.people or obj.pos_ == "NUM" or lemma(obj) in cues.sites  # "killed two"


def _threatened_people(obj: Token, cues: TargetCues) -> bool:
    """People named or counted by the object, households and communities too ("threatened her family")."""
    return _counts_people(obj, cues) or lemma(obj) in load_classes().words("population")


def _counts_people(obj: Token, cues: TargetCues) -> bool:
    """People named or counted by the object: "the journalists", "three hostages", "two of the hostages"."""
    return lemma(obj) in cues.people or (obj.pos_ == "NUM" and _of_people(obj, cues))


def _of_people(obj: Token, cues: TargetCues) -> bool:
    """A word counting the people of its of-phrase ("dozens of students"), which name the victims better."""
    return any(
        g.dep_ == "pobj" and lemma(g) in cues.people
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )
