"""Trigger matches written in a test: a lexicon entry of the fields a rule reads, on a word of a hand-built parse."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.extract.triggers.candidates import Candidate
from eventwire.lexicons.triggers import Entry
from tests.docs_builder import word


def entry(
    kind: str,
    lemma: str = "word",
    pos: str = "NOUN",
    *,
    reliability: float = 0.5,
    cameo: str | None = None,
    mode: str | None = None,
    backup: bool = False,
) -> Entry:
    """A lexicon entry coding ``kind``, with only what a test sets."""
    return Entry(lemma, (), pos, kind, mode, cameo, reliability, backup=backup)


def candidate(
    doc: Doc,
    trigger: str,
    kind: str,
    nth: int = 0,
    *,
    reliability: float = 0.5,
    cameo: str | None = None,
    backup: bool = False,
) -> Candidate:
    """The word ``trigger`` of ``doc`` (its ``nth`` reading) matched to an entry of type ``kind``."""
    token = word(doc, trigger, nth)
    found = entry(kind, token.lemma_, token.pos_, reliability=reliability, cameo=cameo, backup=backup)
    return Candidate(token, found, ())
