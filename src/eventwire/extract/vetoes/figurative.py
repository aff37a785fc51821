"""Figurative senses of trigger words: "sits pat", "captured the public mood", "released a video", "a call for help".

A trigger word whose object, complement or prepositional object is one of the words ``figurative`` in
``cues.yaml`` lists for its lemma is used in a sense that is no act between parties: sitting still is no sit-in,
capturing a mood no arrest, releasing a video no release of people, a call for help no request of a party. The
object may be the noun a relative clause or a passive participle describes ("a post he has occupied for years",
"the video released by the group").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.tree import RELATIVE, lemma
from eventwire.extract.triggers.candidates import Candidate

OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "acomp", "advmod", "attr", "oprd", "prt", "npadvmod", "dative"})


def figurative(cand: Candidate, ex: Extraction) -> bool:
    """A trigger word with an object or complement that gives it a sense that is no act ("released a video")."""
    return figurative_sense(cand.token, ex.data.cues.figurative)


def figurative_sense(trigger: Token, senses: Mapping[str, frozenset[str]]) -> bool:
    """Whether one of the trigger's complements is listed for its lemma."""
    words = senses.get(lemma(trigger))
    if not words:
        return False
    return any(lemma(c) in words or c.lower_ in words for c in _complements(trigger))


def _complements(trigger: Token) -> Iterator[Token]:
    described = _described_object(trigger)
    if described is not None:
        yield described
    for c in trigger.children:
        if c.dep_ in OBJECT_DEPS:
            yield c
        elif c.dep_ == "prep":
            yield from (o for o in c.children if o.dep_ == "pobj")


def _described_object(trigger: Token) -> Token | None:
    """The noun a verb describes as its object: "a post (that) he has occupied" (a relative clause with a subject of
    its own and no object but a relative pronoun), "the video released by X" (a passive participle)."""
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        return trigger.head
    if trigger.dep_ != "relcl":
        return None
    deps = {c.dep_: c for c in trigger.children}
    subject, obj = deps.get("nsubj"), deps.get("dobj")
    own_subject = subject is not None and subject.lower_ not in RELATIVE
    if own_subject and (obj is None or obj.lower_ in RELATIVE):
        return trigger.head
    return None
