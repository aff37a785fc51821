"""Runs of spaces squeezed to one before parsing, with the way back to the document's own offsets.

spaCy makes a token of every extra space, so "Khan Bani  Saad" parses as two names and "in  Tal Afar" loses its
preposition. Text that came through ``eventwire ingest`` is already clean; text handed to the coder directly (files,
gold sets, the API) may not be. The coder parses the squeezed text and reports every offset in the original.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from eventwire.model import Actor, Event

_RUN = re.compile(r" {2,}")


@dataclass(frozen=True, slots=True)
class Squeezed:
    """A text with its space runs squeezed, and where each kept space stood in the original."""

    original: str
    text: str
    cuts: list[int] = field(default_factory=list)
    """Offsets, in ``text``, of each space kept from a run."""
    shifts: list[int] = field(default_factory=list)
    """Characters dropped up to and including each run, in the same order as ``cuts``."""

    @property
    def changed(self) -> bool:
        return bool(self.cuts)

    def start(self, offset: int) -> int:
        """The original offset of the character at ``offset`` of the squeezed text."""
        runs_before = bisect_left(self.cuts, offset)
        return offset + (self.shifts[runs_before - 1] if runs_before else 0)

    def end(self, offset: int) -> int:
        """The original offset just past the character before ``offset`` (an exclusive end)."""
        return self.start(offset - 1) + 1 if offset > 0 else 0


def squeeze(text: str) -> Squeezed:
    """``text`` with every run of two or more spaces made one space (line breaks untouched)."""
    if "  " not in text:
        return Squeezed(text, text)
    parts: list[str] = []
    cuts: list[int] = []
    shifts: list[int] = []
    dropped = last = 0
    for match in _RUN.finditer(text):
        parts.append(text[last : match.start() + 1])
        cuts.append(match.start() - dropped)
        dropped += len(match.group()) - 1
        shifts.append(dropped)
        last = match.end()
    parts.append(text[last:])
    return Squeezed(text, "".join(parts), cuts, shifts)


def restore(event: Event, squeezed: Squeezed) -> Event:
    """``event`` with its offsets (and the text they cover) in the original document; its id made anew."""
    if not squeezed.changed:
        return event
    evidence = event.evidence
    start, end = squeezed.start(evidence.start), squeezed.end(evidence.end)
    return event.with_changes(
        evidence=replace(evidence, start=start, end=end, sentence=squeezed.original[start:end]),
        source=_restored_actor(event.source, squeezed),
        target=_restored_actor(event.target, squeezed),
        id="",
    )


def _restored_actor(actor: Actor | None, squeezed: Squeezed) -> Actor | None:
    if actor is None or actor.start is None or actor.end is None:
        return actor
    start, end = squeezed.start(actor.start), squeezed.end(actor.end)
    return replace(actor, start=start, end=end, text=squeezed.original[start:end])
