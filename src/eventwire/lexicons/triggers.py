"""The trigger lexicon (``data/extract/triggers.tsv``): reviewed entries, loaded once and validated.

Each line names a head lemma, the extra words it needs, a part of speech, what it codes (PLOVER type, mode, CAMEO
code), a reliability and constraints over word classes (``lexicons.classes``); a bad line fails at start-up naming
the file and line.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from eventwire.errors import DataFileError
from eventwire.lexicons.classes import WordClasses, load_classes
from eventwire.lexicons.files import fail, loader, read_text
from eventwire.model import EVENT_TYPES

__all__ = [
    "CONSTRAINT_KEYS",
    "PLOVER_TYPES",
    "POS_TAGS",
    "TRIGGERS_FILE",
    "Entry",
    "Lexicon",
    "LexiconError",
    "load_classes",
    "load_lexicon",
    "parse_triggers",
]

log = logging.getLogger(__name__)

PLOVER_TYPES = frozenset(EVENT_TYPES)
POS_TAGS = {
    "V": frozenset({"VERB", "AUX"}),
    "N": frozenset({"NOUN", "PROPN"}),
    "*": frozenset({"VERB", "NOUN"}),
}
CONSTRAINT_KEYS = frozenset({"actor", "backup", "obj", "dobj", "subj", "of", "harmed", "clause", "particle"})
TRIGGERS_FILE = "extract/triggers.tsv"


class LexiconError(DataFileError):
    """A line of the trigger lexicon is malformed (E303); the message names the file and line to fix."""

    code = "E303"


@dataclass(frozen=True, slots=True)
class Entry:
    """One trigger: a head lemma, extra dependents it needs, and what it codes."""

    lemma: str
    with_: tuple[str, ...]
    pos: str
    type: str
    mode: str | None
    cameo: str | None
    reliability: float
    needs_actor: bool = False
    backup: bool = False
    obj: tuple[str, ...] = ()
    dobj: tuple[str, ...] = ()
    subj: tuple[str, ...] = ()
    of_role: str | None = None
    harmed: str | None = None  # "subj"/"obj": that phrase names the harmed (the target); the doer is unknown
    clause: bool = False  # the verb reports a clause ("protested that ..."): its speech sense
    # the last "with" word is the verb's particle, never a preposition of a word below it: "alone" (it takes no
    # object: "gave in", "stepped down") or "object" (the verb's object may be parsed as its: "took over the town")
    particle: str | None = None
    line: int = 0

    @property
    def specificity(self) -> int:
        """More specific entries are tried first: extra words, then class constraints."""
        return 2 * len(self.with_) + (1 if self.obj or self.dobj or self.subj or self.clause else 0)


@dataclass(frozen=True)
class Lexicon:
    """Entries by head lemma, most specific first, and the word classes they use."""

    entries: dict[str, list[Entry]]
    classes: WordClasses
    all_entries: list[Entry] = field(default_factory=list)

    def for_lemma(self, lemma: str) -> list[Entry]:
        return self.entries.get(lemma, [])

    def in_class(self, lemma: str, name: str) -> bool:
        """Whether ``lemma`` is in word class ``name`` (a class the file lacks is an error)."""
        return lemma in self.classes.words(name)


@loader
def load_lexicon() -> Lexicon:
    """The bundled lexicon (``triggers.tsv`` with the word classes of ``classes.yaml``), validated."""
    classes = load_classes()
    entries = parse_triggers(read_text(TRIGGERS_FILE), classes)
    by_lemma: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        by_lemma[entry.lemma].append(entry)
    for group in by_lemma.values():
        group.sort(key=lambda e: (-e.specificity, -e.reliability))
    log.debug("loaded %d trigger entries for %d lemmas", len(entries), len(by_lemma))
    return Lexicon(dict(by_lemma), classes, entries)


def parse_triggers(text: str, classes: Mapping[str, frozenset[str]]) -> list[Entry]:
    """Parse the TSV lexicon; raises ``LexiconError`` naming the first bad line."""
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            entries.append(_parse_line(line, number, classes))
        except (ValueError, KeyError) as exc:
            raise LexiconError(fail(TRIGGERS_FILE, number, str(exc)).message) from exc
    return entries


def _parse_line(line: str, number: int, classes: Mapping[str, frozenset[str]]) -> Entry:
    cols = line.split("\t")
    if len(cols) != 8:
        raise ValueError(f"expected 8 tab-separated columns, got {len(cols)}")
    lemma, with_, pos, type_, mode, cameo, reliability, constraints = (c.strip() for c in cols)
    if type_ not in PLOVER_TYPES:
        raise ValueError(f"unknown PLOVER type {type_!r}")
    if pos not in POS_TAGS:
        raise ValueError(f"pos must be V, N or *, not {pos!r}")
    if cameo != "-" and not (cameo.isdigit() and 2 <= len(cameo) <= 4):
        raise ValueError(f"CAMEO code must be 2-4 digits, not {cameo!r}")
    rel = float(reliability)
    if not 0.0 < rel <= 1.0:
        raise ValueError(f"reliability must be in (0, 1], not {rel}")
    words = () if with_ == "-" else tuple(with_.split())
    for word in words:
        if word.startswith("@") and word[1:] not in classes:
            raise ValueError(f"unknown word class {word!r}")
    return Entry(
        lemma=lemma.lower(),
        with_=words,
        pos=pos,
        type=type_,
        mode=None if mode == "-" else mode,
        cameo=None if cameo == "-" else cameo,
        reliability=rel,
        line=number,
        **_constraints(constraints, classes),
    )


def _constraints(text: str, classes: Mapping[str, frozenset[str]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in (t.strip() for t in text.split(";")):
        if item in ("", "-"):
            continue
        key, _, value = item.partition("=")
        if key not in CONSTRAINT_KEYS:
            raise ValueError(f"unknown constraint {key!r}")
        if key == "actor":
            out["needs_actor"] = True
        elif key in ("backup", "clause"):
            out[key] = True
        elif key == "of":
            if value not in ("source", "target"):
                raise ValueError("of= must be source or target")
            out["of_role"] = value
        elif key == "harmed":
            if value not in ("subj", "obj"):
                raise ValueError("harmed= must be subj or obj")
            out["harmed"] = value
        elif key == "particle":
            if value not in ("alone", "object"):
                raise ValueError("particle= must be alone or object")
            out["particle"] = value
        else:
            names = tuple(value.split(","))
            unknown = [n for n in names if n not in classes]
            if unknown:
                raise ValueError(f"unknown word class(es) {unknown}")
            out[key] = names
    return out
