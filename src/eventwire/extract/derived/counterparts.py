"""The security forces that meet a protest are its counterpart.

ACLED codes a protest the police disperse, tear-gas or arrest as a "protest with intervention", the police being
the other party. A PROTEST with no target takes as its target the police or security forces that act against the
crowd in the same sentence or the next sentence of the same paragraph: the doer of a COERCE or ASSAULT event
aimed at the protesters (or at no one named: "Police fired tear gas"), the subject of an intervention verb
("police intervened"), or the forces the protesters fight ("engaged police in running battles", "running battles
with the police"). The pairing is symmetric; the coercion itself is left as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from eventwire.extract.context import Extraction
from eventwire.extract.raw import RawEvent
from eventwire.extract.tree import actor_span, lemma
from eventwire.lexicons.classes import WordClasses
from eventwire.nlp.doctext import doc_text

FORCE_TYPES = frozenset({"COERCE", "ASSAULT"})


@dataclass(frozen=True)
class CounterpartCues:
    """Word classes: ``police`` (the forces), ``crowd`` (who they act against), ``intervention`` (verbs),
    ``reciprocal`` (fights: clash, battle)."""

    police: frozenset[str]
    crowd: frozenset[str]
    intervention: frozenset[str]
    reciprocal: frozenset[str]

    @classmethod
    def from_classes(cls, classes: WordClasses) -> CounterpartCues:
        words = classes.words
        return cls(words("police"), words("crowd"), words("intervention"), words("reciprocal"))


def protest_counterparts(events: list[RawEvent], ex: Extraction) -> list[RawEvent]:
    """Each target-less PROTEST aimed at the forces that act against its crowd ("Police fired tear gas")."""
    return with_counterparts(events, CounterpartCues.from_classes(ex.data.classes))


def with_counterparts(events: list[RawEvent], cues: CounterpartCues) -> list[RawEvent]:
    """``events`` with each target-less PROTEST aimed at the forces that act against its crowd."""
    result = []
    for event in events:
        if event.type == "PROTEST" and event.target is None:
            force = _counterpart(event, events, cues)
            if force is not None:
                event = replace(event, target=force, symmetric=True)
        result.append(event)
    return result


def _counterpart(protest: RawEvent, events: list[RawEvent], cues: CounterpartCues) -> Span | None:
    for sentence in _scope(protest.sentence):
        for other in events:
            if other.sentence == sentence and _acts_on_crowd(other, protest, cues):
                return other.source
            if other.sentence == sentence and _fights_forces(other, protest, cues):
                return other.target
        found = _intervening(sentence, protest, cues)
        if found is not None:
            return found
    return None


def _scope(sentence: Span) -> list[Span]:
    """The sentence and the next one, unless a blank line (a new paragraph) lies between."""
    doc = sentence.doc
    if sentence.end >= len(doc):
        return [sentence]
    following = _sentence_starting(doc, sentence.end)
    if following is None:
        return [sentence]
    words = [t for t in sentence if not t.is_space]
    if not words:
        return [sentence]
    gap = doc_text(doc)[words[-1].idx + len(words[-1]) : following.start_char]
    return [sentence] if gap.count("\n") >= 2 else [sentence, following]


def _sentence_starting(doc: Doc, start: int) -> Span | None:
    """The sentence that starts at token ``start``, from a map of the document's sentences made once (finding a
    token's sentence walks the whole document, which made long documents quadratic)."""
    key = "eventwire.sentence_starts"
    if key not in doc.user_data:
        doc.user_data[key] = {sent.start: (sent.start, sent.end) for sent in doc.sents}
    found = doc.user_data[key].get(start)
    return doc[found[0] : found[1]] if found is not None else None


def _acts_on_crowd(other: RawEvent, protest: RawEvent, cues: CounterpartCues) -> bool:
    if other.type not in FORCE_TYPES or other.source is None or not _is_force(other.source.root, protest, cues):
        return False
    return other.target is None or _is_crowd(other.target.root, cues)


def _fights_forces(other: RawEvent, protest: RawEvent, cues: CounterpartCues) -> bool:
    """A fight of the protesters (or of no one named) against the forces: "running battles with the police"."""
    if other.type != "ASSAULT" or other.target is None or not any(lemma(t) in cues.reciprocal for t in other.trigger):
        return False
    if not _is_force(other.target.root, protest, cues):
        return False
    doer = other.source
    if doer is None or _is_crowd(doer.root, cues):
        return True
    own = [s for s in (protest.source, protest.trigger) if s is not None]
    return any(s.start <= doer.root.i < s.end or doer.start <= s.root.i < doer.end for s in own)


def _intervening(sentence: Span, protest: RawEvent, cues: CounterpartCues) -> Span | None:
    """The forces that are the subject of an intervention verb ("police intervened to calm the situation")."""
    for token in sentence:
        if lemma(token) not in cues.intervention or token.pos_ != "VERB":
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and _is_force(subject, protest, cues):
            return actor_span(subject)
    return None


def _is_force(head: Token, protest: RawEvent, cues: CounterpartCues) -> bool:
    if lemma(head) not in cues.police:
        return False
    own = protest.source
    return own is None or not own.start <= head.i < own.end


def _is_crowd(head: Token, cues: CounterpartCues) -> bool:
    return lemma(head) in cues.crowd or head.lower_ in cues.crowd
