"""Source and target of a trigger from the dependency structure."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from eventwire.extract.destinations import place_target
from eventwire.extract.documents import document_author, plan_holder
from eventwire.extract.headlines import headline_object, headline_subject, is_headline_verb
from eventwire.extract.mediation import mediated, pair_phrase
from eventwire.extract.partners import PARTNER_TYPES, with_partners
from eventwire.extract.spans import claim_verb
from eventwire.extract.targets import (
    TargetCues,
    addressee_of_clause,
    complement_verb,
    is_own,
    is_restriction,
    object_party,
    party_head,
    party_in,
    prep_party,
    reduced_passive,
    restricted_place,
    sent_forces,
    shared_object,
    verb_prep_target,
)
from eventwire.extract.tree import (
    ACTOR_ENTS,
    RELATIVE,
    actor_span,
    child,
    conjuncts,
    deep_conjunct,
    is_actorish,
    lemma,
    prep_object,
)

TARGET_PREPS = ("with", "to", "against", "on", "upon", "at", "into", "toward", "towards", "from")
NOUN_TARGET_PREPS = ("on", "against", "to", "with", "into", "upon", "toward", "towards", "at")
SPEECH_EVENTS = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE"})
# for these nominal types "the X of Y" names the doer ("the visit of Xi"), otherwise the one done to
OF_IS_SOURCE = frozenset({"CONSULT", "PROTEST", "MOBILIZE", "RETREAT", "AGREE", "COOPERATE"})
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})
VICTIM_TYPES = frozenset({"ASSAULT", "COERCE"})
OWN_WORDS = frozenset({"its", "their", "his", "her", "our"})
SELF = frozenset({"it", "they", "we", "i", "he", "she"})  # the speaker itself in what it says
PAIR_MODIFIERS = frozenset({"nmod", "amod", "compound"})
TIME_ENTS = frozenset({"DATE", "TIME"})


@dataclass(slots=True)
class Parties:
    """Heads of the source and target phrases, and whether the relation is two-way."""

    source: Token | None = None
    target: Token | None = None
    symmetric: bool = False
    more_targets: list[Token] = field(default_factory=list)  # further partners: one event each

    def spans(self, trigger: Token) -> tuple[Span | None, Span | None]:
        """The actor phrases, never holding the trigger (a misread headline verb sits inside its object's phrase)."""
        return (
            _without(actor_span(self.source), trigger) if self.source is not None else None,
            _without(actor_span(self.target), trigger) if self.target is not None else None,
        )


def _without(span: Span, trigger: Token) -> Span:
    if not span.start <= trigger.i < span.end:
        return span
    doc = span.doc
    return doc[trigger.i + 1 : span.end] if span.root.i > trigger.i else doc[span.start : trigger.i]


@dataclass(frozen=True)
class ArgumentCues:
    """Word lists the argument finder needs: actor nouns, light verbs, and the trigger's own extra words."""

    actors: frozenset[str]
    light_verbs: frozenset[str]
    extra: frozenset[int] = frozenset()
    titles: frozenset[str] = frozenset()
    triggers: frozenset[int] = frozenset()  # tokens of all trigger candidates of the document
    people: frozenset[str] = frozenset()  # nouns naming people, who may be the victims of violence
    restrictions: frozenset[str] = frozenset()  # curfews, bans, blockades
    forces: frozenset[str] = frozenset()  # troops, warships: what is sent, not whom it is sent to
    sites: frozenset[str] = frozenset()  # villages, homes: an attack on them is on the people there
    reciprocal: frozenset[str] = frozenset()  # clash, fight: done by each side of a plural doer to the other
    devices: frozenset[str] = frozenset()  # bombs, mines, rockets: what an attack is made with
    mediation: frozenset[str] = frozenset()  # mediation, mediator: a third party between two sides
    arrivals: frozenset[str] = frozenset()  # arrive, visit: a visit's host is where the visitor arrives
    participation: frozenset[str] = frozenset()  # engage, participate: "engaged (X) in battles", "took part in"

    @property
    def targets(self) -> TargetCues:
        return TargetCues(self.actors, self.people, self.restrictions, self.forces, self.sites, self.devices)


def find_parties(
    trigger: Token, event_type: str, of_role: str | None, cues: ArgumentCues, as_noun: bool = False
) -> Parties:
    """Who did it to whom, for a verbal or nominal trigger (``as_noun``: an -ing form used as a noun)."""
    actors = cues.actors
    if is_headline_verb(trigger):
        parties = _headline(trigger, event_type, cues.targets)
    elif as_noun or trigger.pos_ in ("NOUN", "PROPN"):
        parties = _nominal(trigger, event_type, of_role, cues)
    else:
        parties = _verbal(trigger, event_type, cues.targets)
    if parties.target is None:
        parties.target = _partner_of_own_words(trigger, cues)
    if parties.target is not None:
        parties.target = party_head(parties.target, cues.targets)
        parties.more_targets += _named_conjuncts(parties.target, parties)
    _coordination(parties, event_type, actors)
    if parties.target is None:
        parties.target = place_target(
            trigger, event_type, cues.arrivals
        )  # "arrived in Amman", "opened an embassy in Tehran"
    if parties.source is not None:
        parties.source = _titled_name(parties.source, cues.titles)
    if parties.source is not None and _own_word(parties.source, cues):
        parties.source = None
    if parties.target is not None and (_own_word(parties.target, cues) or parties.target == parties.source):
        parties.target = None
    _reciprocal(trigger, parties, cues)
    return parties


def _reciprocal(trigger: Token, parties: Parties, cues: ArgumentCues) -> None:
    """ "two rival clans clashed", "the communities fought": a plural doer of a reciprocal verb is both sides."""
    source = parties.source
    if parties.target is not None or source is None or lemma(trigger) not in cues.reciprocal:
        return
    # an inflected plural ("clans"), not a collective noun ("police")
    if source.tag_ in ("NNS", "NNPS") and source.lower_ != lemma(source) and not conjuncts(source):
        parties.target = source
        parties.symmetric = True


def _named_conjuncts(target: Token, parties: Parties) -> list[Token]:
    """ "accused Russia and Belarus": each named party coordinated with a named target is a target too."""
    if parties.symmetric or target.ent_type_ not in ACTOR_ENTS:
        return []
    known = {t.i for t in parties.more_targets} | {target.i}
    if parties.source is not None:
        known.add(parties.source.i)
    return [c for c in conjuncts(target) if c.ent_type_ in ACTOR_ENTS and c.i not in known]


def _partner_of_own_words(trigger: Token, cues: ArgumentCues) -> Token | None:
    """ "strengthen ties with Russia", "cut relations with X": the party named on the entry's own extra word."""
    for i in sorted(cues.extra):
        found = prep_object(trigger.doc[i], "with", "to")
        if found is not None and is_actorish(found, cues.actors):
            return found
    return None


def subject_of(verb: Token) -> Token | None:
    """The doer of a verb: its subject, a passive agent, or a subject inherited through xcomp/conj/relcl."""
    subj = child(verb, "nsubj", "csubj")
    if subj is not None:
        return verb.head if subj.lower_ in RELATIVE and verb.dep_ == "relcl" else subj
    agent = prep_object(verb, "by")
    if agent is not None and (child(verb, "nsubjpass", "auxpass") is not None or _passive_conjunct(verb)):
        return agent  # "was shot and wounded by police": wounded
    if child(verb, "nsubjpass") is not None:
        return _conjunct_agent(verb)  # "was shot and wounded by police": shot
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        controller = _object_controller(verb.head)
        if controller is not None:
            return controller  # "urged Japan to stop": Japan stops
    if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":
            return subject_of(verb.head.head)  # "France is ready to send": France sends
        return subject_of(verb.head) if verb.head.pos_ in ("VERB", "AUX") else None
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
        return verb.head
    if verb.dep_ == "advcl" and verb.head.i != verb.i and (verb.tag_ == "VBG" or _purpose(verb)):
        return subject_of(verb.head)
    return plan_holder(verb, subject_of)  # "X is considering the possibility of supplying Y"


def _passive_conjunct(verb: Token) -> bool:
    """A participle coordinated with a passive verb, sharing its subject: "wounded" in "was shot and wounded"."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or head.i == verb.i or child(verb, "nsubj", "nsubjpass") is not None:
        return False
    return head.tag_ == "VBN" and child(head, "nsubjpass", "auxpass") is not None


def _conjunct_agent(verb: Token) -> Token | None:
    """The by-phrase of a passive verb's coordinated participle: police in "was shot and wounded by police"."""
    for c in verb.children:
        if c.dep_ == "conj" and _passive_conjunct(c):
            agent = prep_object(c, "by")
            if agent is not None:
                return agent
    return None


def _object_controller(verb: Token) -> Token | None:
    """The party told to act: "urged Japan to", "called on Algeria to", "forced the rebels to"."""
    obj = child(verb, "dobj")
    if obj is None:
        obj = prep_object(verb, "on", "upon")
    if obj is None or obj.ent_type_ in TIME_ENTS:  # "agreed on Saturday to provide": no one told to act
        return None
    return obj if obj.ent_type_ in ACTOR_ENTS or obj.pos_ == "PROPN" else None


def _purpose(verb: Token) -> bool:
    """ "summoned the ambassador to complain": an infinitive clause of purpose."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _headline(verb: Token, event_type: str, cues: TargetCues) -> Parties:
    """ "Police battle gang": the noun before the misread verb is its subject, the noun it modifies its object."""
    target = headline_object(verb)
    party = is_actorish(target, cues.actors) or _victim(target, event_type, cues)
    return Parties(headline_subject(verb), target if party else None)


def _verbal(verb: Token, event_type: str, cues: TargetCues) -> Parties:
    if event_type in VICTIM_TYPES and reduced_passive(verb):
        return Parties(source=prep_object(verb, "by"), target=_passive_subject(verb))
    parties = Parties(source=subject_of(verb))
    passive = child(verb, "nsubjpass")
    if passive is not None and not _device(passive, event_type, cues):
        parties.target = verb.head if passive.lower_ in RELATIVE and verb.dep_ == "relcl" else passive
    elif passive is None and _passive_conjunct(verb) and child(verb.head, "nsubjpass") is not None:
        parties.target = _verbal(verb.head, event_type, cues).target  # "was shot and wounded": the one shot
    elif passive is None and verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and child(verb, "dobj") is None:
        # "houses burnt by the mob", "Five killed in clashes" (a participle read as past); not "a bomb planted"
        parties.target = None if _device(verb.head, event_type, cues) else verb.head
    else:
        parties.target = _verb_object(verb, event_type, cues)
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


def _verb_object(verb: Token, event_type: str, cues: TargetCues, depth: int = 0) -> Token | None:
    """The party a verb acts on: its object, a party inside the object, a prepositional party, the subject of
    a reported clause, or the target of the verb it governs ("threatened to cut ties with X")."""
    dobj = child(verb, "dobj", "dative") or shared_object(verb)
    if dobj is not None and (is_own(dobj) or sent_forces(verb, dobj, cues)):
        dobj = None  # "withdrew its troops from X": the doer's own forces
    retreat_from = prep_object(verb, "from") if event_type == "RETREAT" else None
    if retreat_from is not None and retreat_from.i > verb.i and is_actorish(retreat_from, cues.actors):
        return retreat_from
    restriction = dobj is not None and is_restriction(dobj, cues)  # "lifted the state of emergency": no state
    if dobj is not None and not restriction and (is_actorish(dobj, cues.actors) or _victim(dobj, event_type, cues)):
        return dobj
    inner = object_party(dobj, event_type, cues) if dobj is not None else None
    if inner is not None:
        return inner
    prep = verb_prep_target(verb, event_type, TARGET_PREPS, cues)
    if prep is not None:
        return prep
    ccomp = child(verb, "ccomp")
    if ccomp is not None and event_type in SPEECH_EVENTS and child(verb, "dobj", "dative") is None:
        said = child(ccomp, "nsubj", "nsubjpass")
        if said is None or said.lower_ not in SELF:
            return said
        return _verb_object(ccomp, event_type, cues, depth + 1) if depth < 2 else None  # "warned it would hit X"
    comp = complement_verb(verb) if depth < 2 else None
    return _verb_object(comp, event_type, cues, depth + 1) if comp is not None else None


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


def _of_people(obj: Token, cues: TargetCues) -> bool:
    """A word counting the people of its of-phrase ("dozens of students"), which name the victims better."""
    return any(
        g.dep_ == "pobj" and lemma(g) in cues.people
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )


def _nominal(noun: Token, event_type: str, of_role: str | None, cues: ArgumentCues) -> Parties:
    actors = cues.actors
    parties = Parties(source=_nominal_source(noun))
    between = pair_phrase(noun)
    mediation = mediated(noun, cues.mediation, _first_of_pair(between)) if between is not None else None
    if mediation is not None:  # "undertook a mediation mission between A and B": A and B are the ones met
        parties.source = parties.source or mediation.mediator
        parties.target, parties.more_targets = mediation.sides[0], mediation.sides[1:]
        return parties
    if between is not None:
        between = _first_of_pair(between)
        others = conjuncts(between)
        parties.source, parties.target = between, (others[0] if others else None)
        parties.symmetric = bool(others)
        return parties
    of_obj = prep_object(noun, "of")
    role = of_role or ("source" if event_type in OF_IS_SOURCE else "target")
    if of_obj is not None and role == "source" and parties.source is None:
        parties.source = of_obj
    elif of_obj is not None and role == "target" and is_actorish(of_obj, actors):
        parties.target = of_obj
    if parties.target is None:
        parties.target = _noun_target(noun, event_type, of_obj, cues.targets)
    if parties.target is None and event_type in SPEECH_EVENTS:
        parties.target = addressee_of_clause(noun, actors)
    if lemma(noun.head) in cues.light_verbs:
        _from_governing_verb(noun, parties, event_type, cues.targets)
    _from_participation(noun, parties, cues)
    claim = claim_verb(noun)
    if claim is not None and parties.source is None:
        parties.source = subject_of(claim)  # "the group claimed responsibility for the bombing"
    if event_type == "ACCUSE":
        _grounds_of_action(noun, parties)
    if parties.source is None and event_type in SPEECH_EVENTS:
        parties.source = document_author(noun, subject_of)  # "X put forward a plan. It contains a call for ..."
    if event_type in PARTNER_TYPES:
        _add_partners(noun, parties, cues)
    return parties


def _grounds_of_action(noun: Token, parties: Parties) -> None:
    """ "detained X on charges of espionage": the charge is the detaining side's against the one detained."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "on" or prep.head.pos_ != "VERB":
        return
    verb = prep.head
    acted_on = child(verb, "dobj", "nsubjpass")
    if acted_on is None or acted_on.i > noun.i:
        return
    parties.target = parties.target or acted_on
    parties.source = parties.source or subject_of(verb)


def _noun_target(noun: Token, event_type: str, of_obj: Token | None, cues: TargetCues) -> Token | None:
    """ "attack on X", "appeal to X", "protest against X's decision", "withdrawal of forces from X",
    "suspension of links with X"."""
    preps = NOUN_TARGET_PREPS + (("from",) if event_type == "RETREAT" else ())
    if event_type in PARTNER_TYPES:
        preps = tuple(p for p in preps if p != "on")  # "talks on a pullback": the topic
    found = prep_object(noun, *preps)
    party = party_in(found, cues) if found is not None else None
    if party is not None:
        return party
    if found is not None and event_type == "PROTEST":
        return object_party(found, event_type, cues)
    if of_obj is not None and found is None:
        return prep_party(of_obj, preps, cues)
    return restricted_place(noun, cues)  # "reimposed blockades in X"


def _first_of_pair(head: Token) -> Token:
    """ "between Turkana and Pokot herders": the first of two coordinated modifiers names the first party."""
    if conjuncts(head):
        return head
    return next((c for c in head.children if c.i < head.i and conjuncts(c) and c.dep_ in PAIR_MODIFIERS), head)


def _add_partners(noun: Token, parties: Parties, cues: ArgumentCues) -> None:
    """ "negotiations of X, first with A, and then with B": A is the target, B one more."""
    partners = [p for p in with_partners(noun, cues.triggers, cues.actors) if p != parties.source]
    if parties.target is None and partners:
        parties.target = partners[0]
    parties.more_targets = [p for p in partners if p != parties.target]


def _nominal_source(noun: Token) -> Token | None:
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")):
            return c
        if c.dep_ == "amod" and lemma(c) == "western":
            return c
    return prep_object(noun, "by")


def _from_governing_verb(noun: Token, parties: Parties, event_type: str, cues: TargetCues) -> None:
    """Light-verb constructions: "X held talks with Y", "X launched strikes on Y", "X imposed sanctions"."""
    verb, actors = noun.head, cues.actors
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return
    own = parties.source is not None and parties.source.dep_ == "poss" and parties.source.lower_ in OWN_WORDS
    if parties.source is None or own:  # "the students continued their strike": the students
        parties.source = (subject_of(verb) if noun.dep_ == "dobj" else prep_object(verb, "by")) or parties.source
    if parties.target is None:
        found = prep_object(verb, *NOUN_TARGET_PREPS)
        parties.target = found if found is not None and found.i > verb.i and is_actorish(found, actors) else None
    if parties.target is None and event_type == "PROTEST":
        parties.target = _protest_aim(noun, verb, cues)


def _from_participation(noun: Token, parties: Parties, cues: ArgumentCues) -> None:
    """ "X engaged police in running battles", "X engaged in battles with Y", "X participated in the protest":
    the subject of the verb of taking part is the doer, its object (a party) the one faced."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or lemma(prep.head) not in cues.participation:
        return
    verb = prep.head
    parties.source = parties.source or subject_of(verb)
    faced = child(verb, "dobj")
    if parties.target is None and faced is not None and is_actorish(faced, cues.actors):
        parties.target = faced


def _protest_aim(noun: Token, verb: Token, cues: TargetCues) -> Token | None:
    """ "began a hunger strike to demand the resignation of X", "... in protest at X's decision": whom the
    protest named by a light verb is aimed at."""
    grievance = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    protest = child(grievance, "pobj") if grievance is not None else None
    if protest is not None and lemma(protest) == "protest":
        for prep in ("against", "at", "of", "over"):
            obj = prep_object(protest, prep)
            found = object_party(obj, "PROTEST", cues) or party_in(obj, cues) if obj is not None else None
            if found is not None:
                return found
    purpose = [c for c in noun.children if c.dep_ in ("acl", "relcl") and child(c, "aux") is not None]
    comp = complement_verb(verb) or next(iter(purpose), None)  # "a strike to demand"
    return _verb_object(comp, "REQUEST", cues, 1) if comp is not None else None  # what the protest demands


def _coordination(parties: Parties, event_type: str, actors: frozenset[str]) -> None:
    """ "Russia and China signed": source Russia, target China, symmetric."""
    if parties.source is None or parties.symmetric:
        return
    other = next(iter(conjuncts(parties.source)), None)
    if other is None and event_type in SYMMETRIC_TYPES and parties.target is None:
        other = deep_conjunct(parties.source)
    if other is None:
        return
    # "A and B visited C": C stays the target; the conjunct is a co-doer, or the same person under two titles
    if _same_person(parties.source, other) and parties.target is not None:
        parties.source = other
        return
    if parties.target is None or not is_actorish(parties.target, actors):
        parties.target = other
        parties.symmetric = True


def _titled_name(head: Token, titles: frozenset[str]) -> Token:
    """ "President of China and leader of the party Xi Jinping will visit": the name closing a title phrase."""
    if lemma(head) not in titles or head.ent_type_ == "PERSON":
        return head
    last = max((t for t in head.subtree if not t.is_punct), key=lambda t: t.i)
    return last if last.ent_type_ == "PERSON" and last.head.i != last.i + 1 else head


def _same_person(title: Token, other: Token) -> bool:
    """ "President of China and leader of the party Xi Jinping": a bare title coordinated with a named title."""
    return title.pos_ == "NOUN" and not title.ent_type_ and other.ent_type_ == "PERSON"


def _own_word(token: Token, cues: ArgumentCues) -> bool:
    """A word of the trigger phrase itself ("exchange of views"), unless it names a party ("came to Russia")."""
    return token.i in cues.extra and token.ent_type_ not in ACTOR_ENTS
