"""Figurative senses of trigger words: "sits pat", "captured the public mood", "released a video", "a call for help".

A trigger word whose object, complement or prepositional object is one of the words ``figurative`` in
``cues.yaml`` lists for its lemma is used in a sense that is no act between parties: sitting still is no sit-in,
capturing a mood no arrest, releasing a video no release of people, a call for help no request of a party.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from spacy.tokens import Token

from eventwire.extract.context import Extraction
from eventwire.extract.tree import lemma
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
    for c in trigger.children:
        if c.dep_ in OBJECT_DEPS:
            yield c
        elif c.dep_ == "prep":
            yield from (o for o in c.children if o.dep_ == "pobj")
