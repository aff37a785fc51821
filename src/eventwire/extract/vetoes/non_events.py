"""Trigger words that tell of no event: a likelihood denied, a habit, a rule in the abstract, a goal to come.

"The force is hardly likely to attack the officials" and "it is unlikely that they will attack" judge an attack
improbable; "hundreds of journalists visit the camp each year" tells what usually happens; "the law allows the
minister to revoke ..." and "the constitution guarantees the right to ..." state what a rule permits; "troops
are trying to force the rebels to surrender" has the surrender as the aim of an act not yet done. None of them
reports an act (the guideline's modality, habits, laws in the abstract and goals inside another act); the act
around them, when there is one ("trying to force"), is coded on its own word.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.tree import lemma, to_infinitive
from eventwire.extract.triggers.candidates import Candidate
from eventwire.lexicons.cues import NonEventCues

PRESENT = frozenset({"VBP", "VBZ"})
# how a likelihood governs its event: "likely to attack" (xcomp), "unlikely that they attack" (ccomp)
LIKELY_DEPS = frozenset({"xcomp", "ccomp"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# speech acts: a repeated one is still reported speech
STATEMENTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE"})


def unlikely(cand: Candidate, ex: Extraction) -> bool:
    """A trigger whose likelihood is denied ("hardly likely to attack", "it is unlikely that X will attack")."""
    return denied_likelihood(cand.token, ex.data.cues.non_events)


def habitual(cand: Candidate, ex: Extraction) -> bool:
    """A present-tense verb of a habit ("visit the camp each year", "often detain reporters"); a statement made
    again and again ("routinely deny the charge") is still a statement."""
    return cand.entry.type not in STATEMENTS and habit(cand.token, ex.data.cues.non_events)


def rule_in_abstract(cand: Candidate, ex: Extraction) -> bool:
    """A present-tense verb whose subject is a law or rule ("the law allows X to ...", "the charter guarantees"), and
    the act such a rule permits or demands ("allows Britain to strip nationals of their passports")."""
    token, cues = cand.token, ex.data.cues.non_events
    if stated_rule(token, cues):
        return True
    return token.dep_ in ("xcomp", "ccomp") and token.head.i != token.i and stated_rule(token.head, cues)


def compelled_goal(cand: Candidate, ex: Extraction) -> bool:
    """The act someone is to be compelled to ("trying to force them to surrender"): a goal, not an event."""
    return goal_of_compulsion(cand.token, ex.data.cues.non_events)


def denied_likelihood(trigger: Token, cues: NonEventCues) -> bool:
    """Whether a likelihood word governing the trigger is itself a denial or is doubted."""
    node = trigger
    for _ in range(3):
        if node.dep_ not in LIKELY_DEPS or node.head.i == node.i:
            return False
        head = node.head
        for word in (head, *(c for c in head.children if c.dep_ == "acomp")):
            if lemma(word) in cues.likelihood:
                return _doubted(word, head, cues)
        node = head
    return False


def _doubted(word: Token, head: Token, cues: NonEventCues) -> bool:
    if lemma(word) in cues.unlikely:
        return True
    around = [*word.children, *(head.children if head.i != word.i else ())]
    return any(c.dep_ in ("neg", "advmod") and c.lower_ in cues.doubting for c in around)


def habit(trigger: Token, cues: NonEventCues) -> bool:
    """Whether the trigger is a present-tense verb with a frequency adverb or a recurring time."""
    if trigger.tag_ not in PRESENT or _has_auxiliary(trigger):
        return False
    if _general_condition(trigger, cues):
        return True
    for c in trigger.children:
        if c.dep_ == "advmod" and c.lower_ in cues.frequency:
            return True
        if c.dep_ in ("npadvmod", "obl") and any(d.dep_ == "det" and d.lower_ in cues.recurring for d in c.children):
            return True
    return False


def _general_condition(trigger: Token, cues: NonEventCues) -> bool:
    """ "When America retreats, chaos follows": a present-tense "when" clause of a present-tense main clause states
    what happens whenever, not an act."""
    if trigger.dep_ != "advcl" or not any(c.dep_ == "mark" or c.dep_ == "advmod" for c in trigger.children):
        return False
    marked = any(c.dep_ in ("mark", "advmod") and c.lower_ in cues.generic_marks for c in trigger.children)
    main = trigger.head
    return marked and main.tag_ in PRESENT and not _has_auxiliary(main)


def stated_rule(trigger: Token, cues: NonEventCues) -> bool:
    """Whether the trigger is a present-tense verb whose subject is a rule noun."""
    if trigger.tag_ not in PRESENT or _has_auxiliary(trigger):
        return False
    subject = next((c for c in trigger.children if c.dep_ in SUBJECTS), None)
    return subject is not None and lemma(subject) in cues.rule_nouns


def goal_of_compulsion(trigger: Token, cues: NonEventCues) -> bool:
    """Whether the trigger is the infinitive of a compelling verb that is itself an infinitive (a goal)."""
    if trigger.dep_ not in ("xcomp", "ccomp") or trigger.head.i == trigger.i:
        return False
    compel = trigger.head
    if lemma(compel) not in cues.compelling:
        return False
    return to_infinitive(compel)


def _has_auxiliary(verb: Token) -> bool:
    """Any auxiliary but "do" ("does fund" is still present simple)."""
    return any(c.dep_ in ("aux", "auxpass") and lemma(c) != "do" for c in verb.children)
