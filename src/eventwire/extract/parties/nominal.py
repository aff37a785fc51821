"""The parties of a nominal trigger: possessors and of-phrases, prepositional targets, pairs and mediators,
and the verbs that govern the noun (light verbs, taking part, claiming, charging)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.parties.documents import document_author
from eventwire.extract.parties.hosts import leader_named
from eventwire.extract.parties.mediation import mediated, pair_phrase
from eventwire.extract.parties.modifiers import place_modifier
from eventwire.extract.parties.names import is_actorish
from eventwire.extract.parties.partners import PARTNER_TYPES, with_partners
from eventwire.extract.parties.record import SPEECH_EVENTS, VICTIM_TYPES, ArgumentCues, Parties
from eventwire.extract.parties.subjects import subject_of
from eventwire.extract.parties.targets import (
    TargetCues,
    addressee_of_clause,
    blamed_party,
    complement_verb,
    object_party,
    party_in,
    prep_party,
    restricted_place,
)
from eventwire.extract.parties.travellers import traveller
from eventwire.extract.parties.verbal import verb_object
from eventwire.extract.tree import (
    PARTY_POSSESSIVES,
    RELATIVE,
    TIME_ENTS,
    child,
    conjuncts,
    lemma,
    prep_object,
    prep_objects,
)
from eventwire.extract.triggers.armed_groups import names_armed_group
from eventwire.extract.triggers.span import claim_verb
from eventwire.lexicons.classes import load_classes
from eventwire.lexicons.cues import load_cues

NOUN_TARGET_PREPS = ("on", "against", "to", "with", "into", "upon", "toward", "towards", "at")
# for these nominal types "the X of Y" names the doer ("the visit of Xi"), otherwise the one done to
OF_IS_SOURCE = frozenset({"CONSULT", "PROTEST", "MOBILIZE", "RETREAT", "AGREE", "COOPERATE"})
PAIR_MODIFIERS = frozenset({"nmod", "amod", "compound"})
# "invaded X with the aid of Y": Y helped the one who invaded; the noun names help given, not an act on Y
HELP_TYPES = frozenset({"AID", "SUPPORT", "COOPERATE"})


def _named_sufferer(of_obj: Token, of_role: str | None, cues: ArgumentCues) -> bool:
    """ "the release of 300 prisoners": an entry whose of-object is its target takes people named by a noun."""
    return of_role == "target" and lemma(of_obj) in cues.people


def nominal_parties(noun: Token, event_type: str, of_role: str | None, cues: ArgumentCues) -> Parties:
    actors = cues.actors
    helped = _help_phrase(noun, event_type)
    if helped is not None:
        return helped
    parties = Parties(source=nominal_source(noun) or doer_modifier(noun) or leader_named(noun, event_type))
    _possessed_sufferer(noun, parties)
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
    elif (
        of_obj is not None
        and role == "target"
        and (is_actorish(of_obj, actors) or _named_sufferer(of_obj, of_role, cues))
    ):
        parties.target = of_obj
    if parties.target is None:
        parties.target = _noun_target(noun, event_type, of_obj, cues.targets)
    if parties.target is None and event_type in UNDER_TYPES:
        parties.target = _under_measure(noun)
    if parties.target is None and event_type in SPEECH_EVENTS:
        parties.target = addressee_of_clause(noun, actors)
    if lemma(noun.head) in cues.light_verbs:
        _from_governing_verb(noun, parties, event_type, cues.targets)
    _from_relative_clause(noun, parties, cues)
    _from_getting_verb(noun, parties, cues)
    _from_participation(noun, parties, cues)
    if event_type == "CONSULT":
        _meeting_purpose(noun, parties, actors)
    claim = claim_verb(noun)
    if claim is not None and parties.source is None:
        parties.source = subject_of(claim)  # "the group claimed responsibility for the bombing"
    if parties.source is None:
        parties.source = culpable_party(noun)  # "Tehran is responsible for the strikes"
    if parties.source is None and event_type == "CONSULT":
        parties.source = traveller(noun)  # "On a visit to X, the minister met Y": the minister visited
    if event_type == "ACCUSE":
        _grounds_of_action(noun, parties)
    if parties.source is None and event_type in SPEECH_EVENTS:
        parties.source = document_author(noun, subject_of)  # "X put forward a plan. It contains a call for ..."
    if event_type in PARTNER_TYPES:
        _add_partners(noun, parties, cues)
    _blamed_doer(noun, parties, cues.targets)
    return parties


def _blamed_doer(noun: Token, parties: Parties, cues: TargetCues) -> None:
    """ "police blamed the bombing on X": X did the deed blamed on it, it did not suffer it."""
    blamed = blamed_party(noun, cues)
    if blamed is None:
        return
    if parties.target is not None and parties.target.i == blamed.i:
        parties.target = None
    parties.source = blamed  # not a possessor such as "last week's attack"


# measures one may be "under" ("under sanctions", "under arrest", "under attack", "under threat"); not "under the
# proposal", "under the deal"
UNDER_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "THREATEN"})


def _under_measure(noun: Token) -> Token | None:
    """ "X remain under sanctions", "X was placed under arrest": the subject of the verb the "under" phrase
    qualifies is the one the measure is on."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return child(prep.head, "nsubj", "nsubjpass")


def _help_phrase(noun: Token, event_type: str) -> Parties | None:
    """ "X invaded Afrin with the aid of Y", "with the support of Y": Y is the helper, X the one helped."""
    prep = noun.head
    if event_type not in HELP_TYPES or noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.i == prep.i:
        return None
    helper = prep_object(noun, "of")
    if helper is None and not any(c.dep_ == "poss" for c in noun.children):
        return None
    verb = prep.head
    helped = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    source = helper if helper is not None else next(c for c in noun.children if c.dep_ == "poss")
    return Parties(source=source, target=helped)


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
    if found is not None and event_type in VICTIM_TYPES and _harmed(found, cues):
        return found  # "police fire on rioters", "the attack on the village": those harmed need not be actors
    if found is not None and event_type == "PROTEST":
        return object_party(found, event_type, cues)
    if of_obj is not None and found is None:
        return prep_party(of_obj, preps, cues)
    return restricted_place(noun, cues)  # "reimposed blockades in X"


def _harmed(token: Token, cues: TargetCues) -> bool:
    """People, or a site where people live ("the village"), not a passage where the attack happened ("the road")."""
    word = lemma(token)
    return word in cues.people or (word in cues.sites and word not in load_cues().parties.passages)


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


def _possessed_sufferer(noun: Token, parties: Parties) -> None:
    """ "their arrests", "his detention", "her release": with no of-phrase, the possessor of a noun the
    `parties.suffered_nouns` of ``cues.yaml`` list is the one it is done to; its doer can only come from a by-phrase."""
    owner = parties.source
    if (
        owner is None
        or owner.dep_ != "poss"
        or owner.head.i != noun.i
        or lemma(noun) not in load_cues().parties.suffered_nouns
    ):
        return
    if prep_object(noun, "of") is not None:
        return  # "the army's arrest of X": the possessor did it
    parties.source, parties.target = prep_object(noun, "by"), owner


def nominal_source(noun: Token) -> Token | None:
    """The doer named inside a noun phrase: a possessor, a national or named modifier (a known armed group too), a
    by-agent."""
    for c in noun.children:
        if c.dep_ == "poss" and not place_modifier(c):
            return c
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG") and not place_modifier(c):
            return c  # "the Turkish offensive", not "the Sochi conference" (a place: where)
        if c.dep_ == "compound" and c.i < noun.i and names_armed_group(c):
            return c  # "an Isis ambush": a known armed group the tagger left outside its entities
        if c.dep_ == "amod" and lemma(c) == "western":
            return c
    return prep_object(noun, "by")


def culpable_party(noun: Token) -> Token | None:
    """The one an act is laid at: "X is responsible for the bombing", "held X responsible for the attack"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or lemma(prep.head) not in load_cues().carriers.culpable:
        return None
    held = prep.head
    if held.dep_ == "acomp":  # "X is responsible for": the subject of the copula
        return subject_of(held.head)
    if held.dep_ in ("ccomp", "oprd", "xcomp"):  # "held X responsible for": the one it is said of
        return child(held, "nsubj") or child(held.head, "dobj")
    return None


def doer_modifier(noun: Token) -> Token | None:
    """ "a police raid", "Kenyan forces battle with X", "rebel attack": a noun for a force or a crowd modifying
    the event noun is its doer (not people who suffer it: "civilian killings", "journalist arrests")."""
    for c in noun.children:
        if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "NOUN" and lemma(c) in _doer_nouns():
            return c
    return None


def _doer_nouns() -> frozenset[str]:
    """The lemmas of ``class_groups.modifier_doers`` that name a doer as a modifier: no protest nouns (word class
    ``protest``) and none of ``parties.not_modifier_doers``."""
    cues = load_cues()
    return cues.class_groups.modifier_doers - load_classes().words("protest") - cues.parties.not_modifier_doers


def _from_governing_verb(noun: Token, parties: Parties, event_type: str, cues: TargetCues) -> None:
    """Light-verb constructions: "X held talks with Y", "X launched strikes on Y", "X imposed sanctions"."""
    verb, actors = noun.head, cues.actors
    misread = verb.pos_ == "ADJ" and noun.dep_ == "dobj"  # "Riot police open fire on ...": "open" read as an adjective
    if noun.dep_ not in ("dobj", "nsubjpass") or (verb.pos_ not in ("VERB", "AUX") and not misread):
        return
    own = parties.source is not None and parties.source.dep_ == "poss" and parties.source.lower_ in PARTY_POSSESSIVES
    if parties.source is None or own:  # "the students continued their strike": the students
        parties.source = (subject_of(verb) if noun.dep_ == "dobj" else prep_object(verb, "by")) or parties.source
    if parties.target is None:
        found = next((o for o in prep_objects(verb, *NOUN_TARGET_PREPS) if o.ent_type_ not in TIME_ENTS), None)
        parties.target = found if found is not None and found.i > verb.i and is_actorish(found, actors) else None
    if parties.target is None and event_type == "PROTEST":
        parties.target = _protest_aim(noun, verb, cues)


def _from_relative_clause(noun: Token, parties: Parties, cues: ArgumentCues) -> None:
    """ "the strikes Russia launched on X": the subject of a light verb in a relative clause on the noun is its doer,
    its on/against party the one done to; "the aid the rebels received from X": the subject of a verb of getting
    is the one given to, its "from" party the giver."""
    verb = next((c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"), None)
    if verb is None or not _object_of_clause(verb):
        return
    subject = child(verb, "nsubj")
    if subject is None or subject.lower_ in RELATIVE or not is_actorish(subject, cues.actors):
        return
    if lemma(verb) in cues.receiving and child(verb, "prt") is None:
        _given(verb, subject, parties, cues.actors)
    elif lemma(verb) in cues.light_verbs:
        parties.source = parties.source or subject
        if parties.target is None:
            found = next(iter(prep_objects(verb, *NOUN_TARGET_PREPS)), None)
            parties.target = found if found is not None and is_actorish(found, cues.actors) else None


def _from_getting_verb(noun: Token, parties: Parties, cues: ArgumentCues) -> None:
    """ "the rebels received aid from Iran", "the minister faced accusations from the opposition", "the deal drew
    criticism from X": the subject of a verb of getting is the one given to, the "from" party the giver."""
    verb = noun.head
    if (
        noun.dep_ != "dobj"
        or verb.pos_ != "VERB"
        or lemma(verb) not in cues.receiving
        or child(verb, "prt") is not None
    ):
        return
    subject = subject_of(verb)
    if subject is not None:
        _given(verb, subject, parties, cues.actors, noun)


def received_parties(verb: Token, cues: ArgumentCues) -> Parties:
    """ "the rebels received weapons from Iran": a verb of getting that is itself the trigger (AID) makes its subject
    the one given to and its "from" party the giver."""
    parties = Parties()
    subject = subject_of(verb)
    if subject is not None:
        _given(verb, subject, parties, cues.actors, child(verb, "dobj"))
    return parties


def _given(verb: Token, subject: Token, parties: Parties, actors: frozenset[str], noun: Token | None = None) -> None:
    """The party a verb of getting's subject names is given to; its "from" party (on the verb or the noun) gives."""
    if is_actorish(subject, actors):
        parties.target = parties.target or subject
    giver = prep_object(verb, "from") or (prep_object(noun, "from") if noun is not None else None)
    if parties.source is None and giver is not None and is_actorish(giver, actors):
        parties.source = giver
    if parties.source is not None and parties.source.i == subject.i:  # no one gives to themselves
        parties.source = None


def _object_of_clause(verb: Token) -> bool:
    """Whether the noun a relative clause hangs on is its verb's object: no object of the verb's own but a relative
    pronoun, and the verb active ("the sanctions (that) Washington imposed")."""
    obj = child(verb, "dobj")
    passive = child(verb, "nsubjpass", "auxpass") is not None
    return not passive and (obj is None or obj.lower_ in RELATIVE)


def _meeting_purpose(noun: Token, parties: Parties, actors: frozenset[str]) -> None:
    """ "X hosted Y for talks", "X invited Y to a meeting": the host meets the guest the verb acts on."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "to") or prep.head.pos_ != "VERB":
        return
    verb = prep.head
    guest = child(verb, "dobj")
    if guest is None or not is_actorish(guest, actors):
        return
    parties.source = parties.source or subject_of(verb)
    parties.target = parties.target or guest


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
    return verb_object(comp, "REQUEST", cues, 1) if comp is not None else None  # what the protest demands
