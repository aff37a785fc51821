"""Long documents are parsed in sections, so coding time and memory grow with length, not with its square.

A document longer than ``section_chars`` is cut at paragraph breaks, else at sentence ends, else at spaces,
into sections of at most that many characters; each is parsed and coded on its own, and its events are
moved back to the document's own offsets. A news article is far shorter than a section, so it is one
section, and its coding is unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from eventwire.model import Actor, Event
from eventwire.settings import SETTINGS

SECTION_CHARS = int(SETTINGS["section_chars"].default)

# Where a section may end, best first: after a blank line, after a sentence, after any space.
_CUTS = (re.compile(r"\n[ \t]*\n"), re.compile(r"[.!?][\"'”’)\]]*\s"), re.compile(r"\s"))


@dataclass(frozen=True, slots=True)
class Section:
    """A stretch of a document's text and where it starts in the document."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_sections(text: str, limit: int = SECTION_CHARS) -> list[Section]:
    """``text`` in sections of at most ``limit`` characters, in order, leaving out only the whitespace between."""
    if limit < 1:
        raise ValueError(f"a section must hold at least one character, not {limit}")
    if len(text) <= limit:
        return [Section(0, text)]
    sections: list[Section] = []
    start = 0
    while start < len(text):
        while start < len(text) and text[start].isspace():
            start += 1
        if start == len(text):
            break
        end = min(len(text), start + limit)
        if end < len(text):
            end = _cut(text, start, end)
        sections.append(Section(start, text[start:end]))
        start = end
    return sections


def _cut(text: str, start: int, end: int) -> int:
    """The best end for a section in ``text[start:end]``: the last break of the best kind in its second half."""
    window = text[start:end]
    half = len(window) // 2
    for pattern in _CUTS:
        ends = [m.end() for m in pattern.finditer(window) if m.end() > half]
        if ends:
            return start + ends[-1]
    return end


def shift(event: Event, section: Section) -> Event:
    """``event``, read from ``section`` alone, with its offsets in the whole document and its id made anew."""
    if section.start == 0:
        return event
    evidence = event.evidence
    return event.with_changes(
        evidence=replace(evidence, start=evidence.start + section.start, end=evidence.end + section.start),
        source=_shifted(event.source, section.start),
        target=_shifted(event.target, section.start),
        id="",
    )


def _shifted(actor: Actor | None, by: int) -> Actor | None:
    if actor is None or actor.start is None or actor.end is None:
        return actor
    return replace(actor, start=actor.start + by, end=actor.end + by)
