"""Attribution: who the text says is the source of a claim, kept apart from the event's parties."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.extract.context import Extraction
from eventwire.extract.parties.subjects import subject_of
from eventwire.extract.tree import actor_span, child, lemma, prep_object
from eventwire.extract.triggers.candidates import Candidate

MAX_CLIMB = 6


def reporting_source(cand: Candidate, ex: Extraction) -> Span | None:
    """The reporting source of the event ("officials said", "according to X"), from the speech verbs."""
    return find_attribution(cand.token, ex.data.cues.attribution.verbs)


def find_attribution(trigger: Token, speech: frozenset[str]) -> Span | None:
    """The reporting source: a speech verb governing the event, "according to X", "as stated in X"."""
    speaker = _governing_speaker(trigger, speech)
    if speaker is None:
        speaker = _according_to(trigger.sent)
    return actor_span(speaker) if speaker is not None else None


def _governing_speaker(trigger: Token, speech: frozenset[str]) -> Token | None:
    node, below = trigger.head, trigger
    for _ in range(MAX_CLIMB):
        if node is below:
            break
        if lemma(node) in speech and below.dep_ in ("ccomp", "xcomp", "advcl", "conj"):
            return _speaker(node)
        node, below = node.head, node
    root = trigger.sent.root
    for c in root.children:
        if _reporting_clause(c, trigger, speech):
            found = _speaker(c)
            if found is not None:
                return found
    if lemma(root) in speech and root.i != trigger.i and trigger in root.subtree:
        return _speaker(root)
    return None


def _reporting_clause(clause: Token, trigger: Token, speech: frozenset[str]) -> bool:
    """ "X attacked Y, officials said" / "as stated in the message, ..."."""
    if clause.dep_ not in ("parataxis", "advcl", "ccomp") or lemma(clause) not in speech or clause is trigger:
        return False
    return clause.i > trigger.i or clause.dep_ == "parataxis" or any(m.lower_ == "as" for m in clause.children)


def _speaker(verb: Token) -> Token | None:
    """The subject of a speech verb, the agent of a passive one, or the source named in "as stated in X"."""
    subj = subject_of(verb)
    if subj is not None and subj.lower_ not in ("this", "it", "that", "which"):
        return subj
    return prep_object(verb, "by", "in", "according")


def _according_to(sent: Span) -> Token | None:
    for token in sent:
        if token.lower_ == "according":
            to = child(token, "prep")
            obj = child(to, "pobj") if to is not None else None
            if obj is not None:
                return obj
    return None
