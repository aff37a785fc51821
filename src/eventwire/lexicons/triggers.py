"""The trigger lexicon and word classes: reviewed data files, loaded once and validated."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from eventwire.errors import EventwireError
from eventwire.model import EVENT_TYPES

log = logging.getLogger(__name__)

PLOVER_TYPES = frozenset(EVENT_TYPES)
POS_TAGS = {
    "V": frozenset({"VERB", "AUX"}),
    "N": frozenset({"NOUN", "PROPN"}),
    "*": frozenset({"VERB", "NOUN"}),
}
CONSTRAINT_KEYS = frozenset({"actor", "backup", "obj", "dobj", "subj", "of", "harmed", "clause"})
DATA = Path(__file__).resolve().parent.parent / "data" / "extract"


class LexiconError(EventwireError):
    """A data file of the extractor is malformed; the message names the file and line to fix."""

    code = "E310"


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
    line: int = 0

    @property
    def specificity(self) -> int:
        """More specific entries are tried first: extra words, then class constraints."""
        return 2 * len(self.with_) + (1 if self.obj or self.dobj or self.subj or self.clause else 0)


@dataclass(frozen=True)
class Lexicon:
    """Entries by head lemma, most specific first, and the word classes they use."""

    entries: dict[str, list[Entry]]
    classes: dict[str, frozenset[str]]
    all_entries: list[Entry] = field(default_factory=list)

    def for_lemma(self, lemma: str) -> list[Entry]:
        return self.entries.get(lemma, [])

    def in_class(self, lemma: str, name: str) -> bool:
        return lemma in self.classes.get(name, frozenset())


def read_text(name: str) -> str:
    """The text of a data file under ``eventwire/data/extract``."""
    return (DATA / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The bundled lexicon (``triggers.tsv`` + ``classes.yaml``), validated."""
    classes = load_classes()
    entries = parse_triggers(read_text("triggers.tsv"), classes)
    by_lemma: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        by_lemma[entry.lemma].append(entry)
    for group in by_lemma.values():
        group.sort(key=lambda e: (-e.specificity, -e.reliability))
    log.debug("loaded %d trigger entries for %d lemmas", len(entries), len(by_lemma))
    return Lexicon(dict(by_lemma), classes, entries)


def load_classes() -> dict[str, frozenset[str]]:
    raw = yaml.safe_load(read_text("classes.yaml"))
    if not isinstance(raw, dict):
        raise LexiconError("classes.yaml must map class names to lists of lemmas")
    return {str(k): frozenset(str(w).lower() for w in v) for k, v in raw.items()}


@lru_cache(maxsize=1)
def load_cues() -> dict[str, Any]:
    """Status, attribution, non-event and actor cues from ``cues.yaml``."""
    raw = yaml.safe_load(read_text("cues.yaml"))
    if not isinstance(raw, dict) or not {"status", "attribution", "nonevent", "actors"} <= raw.keys():
        raise LexiconError("cues.yaml needs the sections status, attribution, nonevent and actors")
    return raw


def parse_triggers(text: str, classes: dict[str, frozenset[str]]) -> list[Entry]:
    """Parse the TSV lexicon; raises ``LexiconError`` naming the first bad line."""
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            entries.append(_parse_line(line, number, classes))
        except (ValueError, KeyError) as exc:
            raise LexiconError(f"triggers.tsv line {number}: {exc}; fix the entry") from exc
    return entries


def _parse_line(line: str, number: int, classes: dict[str, frozenset[str]]) -> Entry:
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


def _constraints(text: str, classes: dict[str, frozenset[str]]) -> dict[str, Any]:
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
        else:
            names = tuple(value.split(","))
            unknown = [n for n in names if n not in classes]
            if unknown:
                raise ValueError(f"unknown word class(es) {unknown}")
            out[key] = names
    return out
