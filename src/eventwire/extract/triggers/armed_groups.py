"""Named armed groups: "Jaish al-Fateh entered the town" is forces entering, when the actor tables know the name.

The names come from the actor tables (``data/actors/organizations.tsv`` rows of sector REB or MIL, and
``data/actors/groups.tsv`` rows of kind armed or security). They are read here, not resolved: extraction only
needs to know that a subject names an armed body, so that verbs which take forces as their subject (entering,
encircling, firing) accept it; resolve later gives the actor its country and sector.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

ACTORS = Path(__file__).resolve().parents[2] / "data" / "actors"
ARMED_SECTORS = frozenset({"REB", "MIL"})
ARMED_KINDS = frozenset({"armed", "security"})
_SEPARATORS = re.compile(r"[\s\-‐–]+")


def fold(name: str) -> str:
    """A name compared without case, a leading article or the difference between hyphens and spaces."""
    words = _SEPARATORS.sub(" ", name.strip().lower()).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def armed_names() -> frozenset[str]:
    """Folded names and aliases of the armed groups and forces in the actor tables."""
    names: set[str] = set()
    for row in _rows("organizations.tsv"):
        if row.get("sector", "") in ARMED_SECTORS:
            names |= _names(row)
    for row in _rows("groups.tsv"):
        if row.get("kind", "") in ARMED_KINDS or row.get("sector", "") in ARMED_SECTORS:
            names |= _names(row)
    names.discard("")
    return frozenset(names)


def _names(row: dict[str, str]) -> set[str]:
    aliases = (row.get("aliases") or "").split(";")
    return {fold(n) for n in [row.get("name") or "", *aliases] if n.strip()}


def _rows(name: str) -> list[dict[str, str]]:
    lines = [line for line in (ACTORS / name).read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def names_armed_group(token: Token) -> bool:
    """Whether ``token`` heads the name of a known armed group ("Jaish al-Fateh", "Hezbollah", "the SDF")."""
    names = armed_names()
    # a name is written with capitals: "is" and "ana" in running text are no groups
    return any(fold(text) in names for text in _name_texts(token) if text != text.lower())


def _name_texts(token: Token) -> list[str]:
    """The texts ``token`` may head: its named entity, and the token with the compounds before it."""
    texts = [token.text]
    start = token
    while True:
        left = [c for c in start.children if c.dep_ in ("compound", "punct") and c.i < start.i]
        if not left:
            break
        start = min(left, key=lambda t: t.i)
    if start.i < token.i:
        texts.append(token.doc[start.i : token.i + 1].text)
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is not None:
        texts.append(ent.text)
    return texts
