"""What the extraction steps read: the loaded data, and one document's trigger matches.

``ExtractData`` is loaded once per process from the data layer (``eventwire.lexicons``): the trigger lexicon, the
word classes, the cues, and the word lists the party finders combine from them. ``Extraction`` is one document in
extraction: its parse, its trigger matches and the steps switched off; every step receives it and none writes to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc

from eventwire.extract.parties.record import ArgumentCues
from eventwire.extract.raw import RawEvent
from eventwire.extract.triggers.candidates import Candidate, find_candidates
from eventwire.lexicons.classes import WordClasses, load_classes
from eventwire.lexicons.cues import Cues, load_cues
from eventwire.lexicons.files import loader
from eventwire.lexicons.triggers import Lexicon, load_lexicon

__all__ = ["ARREST_CAMEO", "ExtractData", "Extraction", "load_data"]

ARREST_CAMEO = "173"
# a command verb (word class `command`) orders a step of these types carried out by the commander's side: "ordered
# patrols", "ordered the arrest of X", "ordered air strikes" are the patrols, arrest and strikes
ORDERED_TYPES = frozenset({"MOBILIZE", "COERCE", "ASSAULT"})


@dataclass(frozen=True)
class ExtractData:
    """The data every step may read (each step declares which sections it does)."""

    lexicon: Lexicon
    classes: WordClasses
    cues: Cues
    arguments: ArgumentCues  # the word lists of the party finders, for a trigger with no extra words


@loader
def load_data() -> ExtractData:
    """The extraction data, built from the loaders of ``eventwire.lexicons`` (cached and cleared with them)."""
    classes, cues = load_classes(), load_cues()
    groups = cues.class_groups
    arguments = ArgumentCues(
        cues.actors,
        cues.carriers.light,
        titles=cues.parties.titles,
        people=groups.victims,
        restrictions=classes.words("restriction"),
        forces=classes.words("troop"),
        sites=groups.sites,
        reciprocal=classes.words("reciprocal"),
        devices=classes.words("device"),
        mediation=classes.words("mediation"),
        arrivals=classes.words("arrival"),
        participation=classes.words("participation"),
        receiving=classes.words("receiving"),
        headcounts=classes.words("headcount"),
        freeing=classes.words("freeing"),
        commands=classes.words("command"),
    )
    return ExtractData(load_lexicon(), classes, cues, arguments)


@dataclass(frozen=True)
class Extraction:
    """One document in extraction: its parse, its trigger matches (in text order) and the steps switched off."""

    doc: Doc
    candidates: tuple[Candidate, ...]
    data: ExtractData
    disabled: frozenset[str] = frozenset()

    @classmethod
    def of(cls, doc: Doc, data: ExtractData, disabled: frozenset[str] = frozenset()) -> Extraction:
        return cls(doc, tuple(find_candidates(doc, data.lexicon)), data, disabled)

    @cached_property
    def by_token(self) -> Mapping[int, Candidate]:
        """The trigger match at each trigger token."""
        return {c.token.i: c for c in self.candidates}

    @cached_property
    def triggers(self) -> frozenset[int]:
        """The tokens of every trigger match."""
        return frozenset(self.by_token)

    @cached_property
    def arrests(self) -> frozenset[int]:
        """The tokens of arrest triggers (CAMEO 173)."""
        return frozenset(c.token.i for c in self.candidates if c.entry.cameo == ARREST_CAMEO)

    @cached_property
    def ordered(self) -> frozenset[int]:
        """The tokens of triggers of a type a command verb orders carried out (``ORDERED_TYPES``)."""
        return frozenset(c.token.i for c in self.candidates if c.entry.type in ORDERED_TYPES)

    def candidate(self, event: RawEvent) -> Candidate | None:
        """The trigger match behind an event (its trigger span may also hold a light verb)."""
        return next((self.by_token[t.i] for t in event.trigger if t.i in self.by_token), None)
