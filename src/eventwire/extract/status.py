"""Status of an event: asserted, planned, hypothetical or negated, from cues around its trigger."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.tree import child, lemma, to_infinitive
from eventwire.extract.triggers.candidates import Candidate
from eventwire.lexicons.cues import Cues
from eventwire.model import STATUSES, Status

# how far up the tree a governing cue may sit ("is considering the possibility of supplying": 4 steps)
MAX_CLIMB = 6
# climbing through these reaches a word that governs the event as its complement
CLIMB_DEPS = frozenset(
    {"xcomp", "ccomp", "advcl", "pcomp", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "acl", "relcl", "conj", "attr"}
)
# arriving at another trigger through these means the event is that trigger's content ("condemned the invasion")
ARGUMENT_DEPS = frozenset({"pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr"})
# whoever a clause describes is no one in particular ("those who reject the deal will be given passage")
ANYONE = frozenset({"those", "anyone", "anybody", "whoever", "everyone", "everybody", "all", "any", "someone"})
# a definite event noun in these roles is presupposed, whatever the clause around it says
PRESUPPOSING_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj", "appos"})
# a stronger status wins over a weaker one on the same word: the order of ``model.STATUSES``, asserted weakest
RANK: dict[str, int] = {status: rank for rank, status in enumerate(STATUSES)}


def trigger_status(cand: Candidate, ex: Extraction) -> Status:
    """The status signalled on the trigger or on the words that govern it (``status`` in ``cues.yaml``)."""
    if _stated_refusal(cand):
        return _own(cand.token, ex.data.cues)
    return event_status(cand.token, ex.triggers, ex.data.cues)


def _stated_refusal(cand: Candidate) -> bool:
    """ "France's refusal to take them back would be in breach of ...": a refusal named as the subject of a
    judgement has been made; the judgement's modal is not its status."""
    token = cand.token
    return cand.entry.type == "REJECT" and token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass")


def event_status(trigger: Token, triggers: frozenset[int], cues: Cues) -> Status:
    """The status signalled on the trigger itself or on the words that govern it."""
    found = _own(trigger, cues)
    if found != "asserted":
        return found
    if _presupposed(trigger, cues):
        return _framing_word(trigger, cues)
    node, below = trigger.head, trigger
    modified = False  # climbed out of a clause that modifies a noun or stands beside a negated verb
    for _ in range(MAX_CLIMB):
        if node is below or below.dep_ not in CLIMB_DEPS:
            break
        if _conditional(below, cues) or _question(below, cues):
            return "hypothetical"
        if below.dep_ in ("pobj", "pcomp") and node.lower_ in cues.status.negating_prep:
            return "negated"
        if below.dep_ == "ccomp" and lemma(node) in cues.attribution.verbs:
            break
        governed = _governor(node, below, cues) or _stipulated(node, below, cues)
        if governed == "asserted":  # "tried to storm": the attempt's own status ("will try to" is planned)
            return _own(node, cues)
        if governed is not None:
            return "negated" if _own(node, cues) == "negated" else governed  # "felt no need to negotiate"
        if node.i in triggers and below.dep_ in ARGUMENT_DEPS:
            break
        # "did not take back the members held by its forces": the holding is told as a fact
        modified = modified or (below.dep_ in ("relcl", "acl") and node.pos_ in ("NOUN", "PROPN", "PRON"))
        modified = modified or _beside(below)
        if _describes_noun(below, node) or _since(below, node):
            break
        found = _own(node, cues) if not _own_clause(below) else "asserted"
        if found != "asserted" and not (modified and found == "negated"):
            return found
        node, below = node.head, node
    return "asserted"


def _presupposed(trigger: Token, cues: Cues) -> bool:
    """An event noun made definite by "the", a demonstrative or a possessor ("could herald another phase of the US
    pullout", "did not control the land despite the current bombardment", "Turkey's offensive could undermine
    ..."): the text takes the event as known, so the modals and negation of the clause around it are not its own."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in PRESUPPOSING_DEPS:
        return False
    if _happening(trigger, cues):
        return False  # "the signing will take place", "the talks will be held": the clause says whether it happens
    return any((c.dep_ == "det" and c.lower_ in cues.status.definite) or c.dep_ == "poss" for c in trigger.children)


def _happening(trigger: Token, cues: Cues) -> bool:
    """The event noun is the subject of a verb that says whether it happens: an occurrence verb ("the offensive
    could begin"), a light verb in the passive ("the talks will be held"), or one with an occurrence object ("the
    signing will take place"); not a light verb that says something else of it ("the pullout will open the way")."""
    verb = trigger.head
    if trigger.dep_ == "nsubj" and lemma(verb) in cues.carriers.occurrence:
        return True
    if lemma(verb) not in cues.carriers.light:
        return False
    if trigger.dep_ == "nsubjpass":
        return True
    return trigger.dep_ == "nsubj" and any(
        c.dep_ == "dobj" and lemma(c) in cues.carriers.happening for c in verb.children
    )


def _framing_word(trigger: Token, cues: Cues) -> Status:
    """The status a governing word gives a definite event noun that is its complement ("plans for the offensive",
    "fears of the crackdown"): the noun's head, or the head of the preposition it is the object of."""
    below, node = trigger, trigger.head
    if below.dep_ == "pobj" and node.head.i != node.i:
        below, node = node, node.head
    found = _governor(node, below, cues) or _stipulated(node, below, cues)
    return found if found is not None else "asserted"


def _stipulated(node: Token, below: Token, cues: Cues) -> Status | None:
    """The status of a plan noun whose content the event is, named through a stipulating verb: "the plan provides
    for the withdrawal" (planned), "proposals which envisage a ceasefire" (hypothetical)."""
    if lemma(node) not in cues.status.stipulating or below.dep_ not in ("prep", "dobj", "xcomp"):
        return None
    planner = node.head if node.dep_ == "relcl" else child(node, "nsubj")
    word = lemma(planner) if planner is not None else None
    return cues.status.governor.get(word) if word is not None else None


def _describes_noun(below: Token, node: Token) -> bool:
    """A relative clause or a participle describing a noun ("fighters battling the army", "forces which have
    provided arms", "troops stationed there") tells what is so; the status of the clause naming the noun is not
    its own (an infinitive, "a plan to send troops", is the noun's content, and "those who reject" is anyone who
    might: neither is shielded)."""
    if node.pos_ not in ("NOUN", "PROPN", "PRON") or node.lower_ in ANYONE:
        return False
    if to_infinitive(below):
        return False
    return below.dep_ == "relcl" or (below.dep_ == "acl" and below.tag_ in ("VBN", "VBG"))


def _since(below: Token, node: Token) -> bool:
    """ "threatened to push deeper since sending troops in": what happened since is past, whatever governs it."""
    return below.dep_ in ("pcomp", "pobj") and node.lower_ == "since"


def _beside(below: Token) -> bool:
    """An adverbial clause with its own subject ("was not fighting when the base was hit") or a bare -ing clause
    ("would not attend, blaming the offensive") is not denied by its governor's negation."""
    if below.dep_ != "advcl":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in below.children):
        return True
    return below.tag_ == "VBG" and not any(c.dep_ == "mark" for c in below.children)


def _own_clause(token: Token) -> bool:
    """A conjunct with its own subject ("X has not acted, and Y accused them") or its own auxiliary ("has not
    condemned the attack and has accused ...", "is not operating there but does fund ..."): the first clause's
    negation and modals are not its own."""
    if token.dep_ != "conj":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)


def _question(below: Token, cues: Cues) -> bool:
    """ "It is not known whether the strike killed anyone": an open question, which its governor's negation does not
    deny."""
    if below.dep_ not in ("ccomp", "advcl", "xcomp"):
        return False
    return any(c.dep_ == "mark" and c.lower_ in cues.status.question for c in below.children)


def _own(token: Token, cues: Cues) -> Status:
    """Status from the token's own auxiliaries, negation, conditional mark and, on an event noun, the words before it
    that say it has not happened ("the planned visit")."""
    best: Status = "asserted"
    for c in token.children:
        word = c.lower_
        if _no_longer(c):
            continue  # "would no longer supply": the end of a step, coded as such (derived/no_longer.py)
        if c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and word in cues.status.negation):
            return "negated"
        if c.dep_ in ("nsubj", "nsubjpass") and _nobody(c, cues):
            return "negated"
        if c.dep_ == "aux" and word in cues.status.aux:
            found = _modal(token, word, cues)
            best = found if RANK[found] > RANK[best] else best
        if c.dep_ == "amod" and token.pos_ == "NOUN" and word in cues.status.modifier:
            found = cues.status.modifier[word]  # "the planned visit", "a possible attack"
            best = found if RANK[found] > RANK[best] else best
    if _conditional(token, cues):
        return "hypothetical"
    return best


def _no_longer(word: Token) -> bool:
    """The "no" of "no longer"."""
    doc = word.doc
    return word.lower_ == "no" and word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "longer"


def _nobody(subject: Token, cues: Cues) -> bool:
    """ "No country has recognised ...", "nobody has claimed ...": a subject that denies the act."""
    if subject.lower_ in cues.status.nobody:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _modal(token: Token, word: str, cues: Cues) -> Status:
    # "said it would send troops": future in the past, not a conditional
    if word == "would" and _reported(token, cues):
        return "planned"
    return cues.status.aux[word]


def _reported(token: Token, cues: Cues) -> bool:
    node = token
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head
    return node.dep_ == "ccomp" and lemma(node.head) in cues.attribution.verbs


def _conditional(token: Token, cues: Cues) -> bool:
    marks = cues.status.conditional
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in token.children)


def _governor(node: Token, below: Token, cues: Cues) -> Status | None:
    if below.dep_ == "advcl" and to_infinitive(below):
        # "called the main goal of the trip to strengthen ties": an infinitive hung on the verb whose object
        # names the purpose
        goal = next((c for c in node.children if c.dep_ == "dobj" and lemma(c) in cues.status.governor), None)
        if goal is not None:
            return cues.status.governor[lemma(goal)]
    word = lemma(node)
    if word == "be" and below.dep_ == "xcomp":
        return cues.status.be_to
    if word in cues.status.governor and below.dep_ in (
        "xcomp",
        "ccomp",
        "pobj",
        "prep",
        "pcomp",
        "dobj",
        "nsubjpass",
        "relcl",
        "acl",
    ):
        return cues.status.governor[word]
    return None
