"""The doer of a verb: its subject, a passive agent, or a subject the verb inherits from another."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.parties.documents import document_voice, plan_holder
from eventwire.extract.tree import (
    ACTOR_ENTS,
    RELATIVE,
    TIME_ENTS,
    child,
    first_noun_conjunct,
    lemma,
    prep_object,
    to_infinitive,
)
from eventwire.lexicons.actors.words import load_actor_words
from eventwire.lexicons.cues import load_cues

# prepositions whose -ing clause is done by the subject of the verb they qualify ("by conducting", "after meeting")
ADJUNCT_PREPS = frozenset({"by", "after", "before", "while", "without", "through", "upon", "since", "despite"})
# prepositions whose -ing clause is done by the subject of the active verb they qualify when set before it ("In
# criticising X, Y said", "On arriving, she met X"), or after a verb of ``parties.sharing_verbs`` with no object
# ("succeeded in capturing X"); not "congratulated Y on winning", "insisted on fighting" (an act not done)
FRAMING_PREPS = frozenset({"on", "in"})
# prepositions whose -ing clause is the reason for what is done to someone ("jailed for fighting", "charged with
# attacking", "accused X of plotting"): its doer is the one it is done to
REASON_PREPS = frozenset({"for", "with", "of", "over"})


def subject_of(verb: Token) -> Token | None:
    """The doer of a verb: its subject, a passive agent, or a subject inherited through xcomp/conj/relcl."""
    subj = child(verb, "nsubj", "csubj")
    if subj is not None and not inverted_passive(verb):
        if subj.lower_ in RELATIVE and verb.dep_ == "relcl":
            return document_voice(verb.head, subject_of) or verb.head  # "a report which accuses": its author
        return subj
    agent = prep_object(verb, "by")
    if agent is not None and (
        child(verb, "nsubjpass", "auxpass") is not None
        or passive_conjunct(verb)
        or (_reduced_relative(verb) and agent.dep_ == "pobj")
    ):
        return agent  # "was shot and wounded by police": wounded; "Assad, supported by Moscow": Moscow
    if child(verb, "nsubjpass") is not None:
        return _conjunct_agent(verb)  # "was shot and wounded by police": shot
    if _bare_participle(verb) and agent is None:
        shared = _shared_agent(verb)
        if shared is not None:
            return shared  # "the rebels, armed and trained by X": X armed them
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        controller = _object_controller(verb.head)
        if controller is not None:
            return controller  # "urged Japan to stop": Japan stops
    if _passive_conjunct_of_active(verb):
        return None  # "We stayed but were forced out": the shared subject suffered it
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and _bare_participle(verb.head):
        return None  # "the rebels, armed and trained by X": one act, told by the first participle
    if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":
            return subject_of(verb.head.head)  # "France is ready to send": France sends
        raised = child(verb.head, "nsubjpass") if verb.dep_ == "xcomp" and child(verb, "auxpass") is None else None
        if raised is not None:
            return raised  # "X are believed to have visited", "X was forced to withdraw": X does it
        if verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN"):
            return headline_doer(verb.head)
        return subject_of(verb.head) if verb.head.pos_ in ("VERB", "AUX") else None
    if verb.dep_ == "relcl":
        return document_voice(verb.head, subject_of) or verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG":  # "issued a statement demanding": its author
        return document_voice(verb.head, subject_of) or first_conjunct(verb.head)
    if verb.dep_ == "advcl" and verb.head.i != verb.i and (verb.tag_ == "VBG" or _purpose(verb)):
        if verb.tag_ == "VBG" and _time_clause(verb) and prep_object(verb.head, "by") is not None:
            return grammatical_subject(verb.head)  # "X was killed by a mine while fighting Y": X fights, not the mine
        return subject_of(verb.head)  # "was attacked by X, killing Y": X kills
    if _adjunct_gerund(verb):
        return subject_of(verb.head.head)  # "X raised pressure by conducting tests": X conducts them
    excepted = _excepting_gerund(verb)
    if excepted is not None:
        return subject_of(excepted)  # "X did little apart from urging Y": X urges
    reason = _reason_doer(verb)
    if reason is not None:
        return reason  # "was jailed for fighting", "accused the men of attacking": the one jailed, the men
    return plan_holder(verb, subject_of)  # "X is considering the possibility of supplying Y"


def grammatical_subject(verb: Token) -> Token | None:
    """The subject of a clause as its grammar has it, active or passive: the one an -ing clause hanging on it is
    done by ("X was killed by a mine while fighting Y": X, not the mine). A relative pronoun stands for the noun its
    clause qualifies; a passive clause with no subject of its own is the subject of the one it is coordinated with."""
    if inverted_passive(verb):
        return child(verb, "nsubj")
    subj = child(verb, "nsubj", "nsubjpass")
    if subj is not None:
        return verb.head if subj.lower_ in RELATIVE and verb.dep_ == "relcl" else subj
    if child(verb, "auxpass") is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
        return grammatical_subject(verb.head)
    return subject_of(verb)


def _time_clause(verb: Token) -> bool:
    """An -ing clause a conjunction of time introduces ("while fighting", "when crossing"): its doer is the subject
    of the clause it hangs on, whoever acts in that clause."""
    marks = load_actor_words().time_conjunctions
    return any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def _reduced_relative(verb: Token) -> bool:
    """A participle hanging on a noun ("the regime, backed by Iran"): a passive without its auxiliary."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def _bare_participle(verb: Token) -> bool:
    """A participle hanging on a noun with no subject or auxiliary of its own (not a clause the parser misattached:
    "claims that X had suffered ...")."""
    return _reduced_relative(verb) and child(verb, "nsubj", "nsubjpass", "aux", "auxpass") is None


def _shared_agent(verb: Token) -> Token | None:
    """The by-agent of the last of coordinated participles hanging on a noun, which the first shares: "the rebels,
    armed and trained by X" (the parser hangs "by X" on "trained")."""
    for c in verb.children:
        if c.dep_ == "conj" and c.tag_ == "VBN" and child(c, "nsubj", "nsubjpass", "dobj") is None:
            agent = prep_object(c, "by")
            if agent is not None and agent.dep_ == "pobj":
                return agent
    return None


def _adjunct_gerund(verb: Token) -> bool:
    """An -ing clause after a preposition of manner or time that qualifies a verb ("by conducting", "after
    meeting"): its doer is that verb's subject. Not "of"/"for"/"from" ("accused X of attacking": X attacks)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep":
        return False
    if prep.head.pos_ not in ("VERB", "AUX") or prep.head.i == verb.i:
        return False
    if prep.lower_ in FRAMING_PREPS:
        return _framing_gerund(prep)
    return prep.lower_ in ADJUNCT_PREPS and not (
        prep.lower_ == "by" and child(prep.head, "nsubjpass", "auxpass") is not None  # a passive's agent
    )


def _framing_gerund(prep: Token) -> bool:
    """An "in"/"on" phrase of an -ing clause whose doer is the subject of the verb it qualifies (``FRAMING_PREPS``)."""
    verb = prep.head
    if child(verb, "nsubjpass", "auxpass") is not None:
        return False  # "In protesting, they were arrested": the agent did not protest
    if prep.i < verb.i:
        return True
    sharing = load_cues().parties.sharing_verbs
    return lemma(verb) in sharing and child(verb, "dobj", "dative") is None


def _excepting_gerund(verb: Token) -> Token | None:
    """The verb an -ing clause after "apart from" or "aside from" qualifies ("X did little apart from urging Y"),
    whose subject does it; the parser hangs "from" on the adverb or, beside it, on the verb."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "from" or prep.i == 0:
        return None
    before = prep.doc[prep.i - 1]
    if before.lower_ not in load_cues().parties.excepting_adverbs:
        return None
    governor = prep.head if prep.head.i != before.i else before.head
    return governor if governor.pos_ in ("VERB", "AUX") and governor.i not in (before.i, verb.i) else None


def first_conjunct(noun: Token) -> Token:
    """The first of the coordinated nouns an -ing word hangs on, which names the doers it is said of: "fighters and
    their families surrendering": the fighters (the parser hangs the word on the nearest noun); not past a pronoun
    the word defines ("X and those backing Y": those)."""
    return noun if noun.pos_ in ("PRON", "DET") else first_noun_conjunct(noun)


def _reason_doer(verb: Token) -> Token | None:
    """The doer of an -ing clause that gives the reason for what is done to someone (``REASON_PREPS``): the one it
    is done to, the passive subject ("X was jailed for fighting Y", "X, charged with attacking Y") or the party
    object ("accused the men of attacking Y", "arrested him for protesting"): X, the men, him."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ not in REASON_PREPS or prep.dep_ != "prep":
        return None
    if child(verb, "nsubj", "det", "poss") is not None:
        return None  # "divided, with some complaining": the clause names its own doer
    acted = prep.head
    if acted.pos_ not in ("VERB", "AUX") or acted.i == verb.i:
        return None
    if acted.dep_ == "acl" and acted.tag_ == "VBN" and child(acted, "nsubj", "nsubjpass", "dobj") is None:
        return acted.head  # "a former soldier, charged with fighting": the soldier
    passive = child(acted, "nsubjpass")
    if passive is not None:
        return acted.head if passive.lower_ in RELATIVE and acted.dep_ == "relcl" else passive
    obj = child(acted, "dobj")
    return obj if obj is not None and obj.i < prep.i and _party_object(obj) else None


def _party_object(obj: Token) -> bool:
    """An object that names a party or people (not "faced a trial for fighting": a trial fights no one)."""
    cues = load_cues()
    word = obj.lemma_.lower()
    return (
        obj.ent_type_ in ACTOR_ENTS
        or obj.pos_ in ("PRON", "PROPN")
        or word in cues.actors
        or word in cues.class_groups.victims
    )


def headline_doer(root: Token) -> Token:
    """ "Police assault and arrest a journalist", "A member of X shoots and kills Y": a verb coordinated with a
    headline's noun root is done by that noun, or, when the root is itself a verb the tagger read as a noun with
    the doer before it as a compound ("Police assault", "A patrol encounters"), by that doer."""
    doers = [c for c in root.children if c.dep_ == "compound" and c.i < root.i and c.pos_ in ("NOUN", "PROPN")]
    if not doers or root.lemma_.lower() in load_cues().class_groups.headline_people:
        return root  # "The police chief resigned and left": the chief
    return doers[-1]


def inverted_passive(verb: Token) -> bool:
    """A passive participle whose subject the parser took for a doer because a question put the auxiliary first:
    "Why are we bombarded by planes?"."""
    aux, subj = child(verb, "auxpass"), child(verb, "nsubj")
    return verb.tag_ == "VBN" and aux is not None and subj is not None and aux.i < subj.i < verb.i


def passive_subject(verb: Token) -> Token | None:
    """The one a passive verb acts on, however the parser labelled it, or the subject a passive conjunct shares
    with the verb before it ("We stayed but were forced out": we)."""
    own = child(verb, "nsubjpass") or (child(verb, "nsubj") if inverted_passive(verb) else None)
    if own is None and verb.dep_ == "xcomp" and child(verb, "auxpass") is not None:
        own = child(verb.head, "nsubjpass")  # "two journalists were reported to have been arrested"
    if own is None and _passive_conjunct_of_active(verb):
        return child(verb.head, "nsubj", "nsubjpass")
    return own


def _passive_conjunct_of_active(verb: Token) -> bool:
    return (
        verb.dep_ == "conj"
        and verb.head.i != verb.i
        and child(verb, "auxpass") is not None
        and child(verb, "nsubj", "nsubjpass") is None
    )


def passive_conjunct(verb: Token) -> bool:
    """A participle coordinated with a passive verb, sharing its subject: "wounded" in "was shot and wounded"."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or head.i == verb.i or child(verb, "nsubj", "nsubjpass") is not None:
        return False
    return head.tag_ == "VBN" and child(head, "nsubjpass", "auxpass") is not None


def _conjunct_agent(verb: Token) -> Token | None:
    """The by-phrase of a passive verb's coordinated participle: police in "was shot and wounded by police"."""
    for c in verb.children:
        if c.dep_ == "conj" and passive_conjunct(c):
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
    return to_infinitive(verb)
