"""The page furniture the cleaner drops (``data/ingest/boilerplate.yaml``): phrases, each entry made into a pattern.

An entry lists phrases and how much text may stand around them on the line (``colon``, ``then``, ``then_any``,
``after``; see the file). ``furniture_patterns()`` gives one regular expression per entry, for the cleaner to match
against a whole line in any case. An entry with an unknown key, a count that is not a whole number or no phrases
fails at start-up naming its line.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.lexicons.files import Section, loader, read_yaml
from eventwire.lexicons.wordlists import literal_alternation, ordered_words

__all__ = ["FILE", "Furniture", "furniture_patterns", "load_furniture"]

FILE = "ingest/boilerplate.yaml"
COUNTS = ("then", "then_any", "after")
KEYS = frozenset({"phrases", "colon", *COUNTS})


@dataclass(frozen=True, slots=True)
class Furniture:
    """One entry: its phrases, an optional colon after them, and how many characters may follow (at a word end:
    ``then``; anywhere: ``then_any``) or come before them (``after``)."""

    phrases: tuple[str, ...]
    colon: bool = False
    then: int | None = None
    then_any: int | None = None
    after: int | None = None

    def pattern(self) -> str:
        """The regular expression of a line that is this furniture (to be matched whole, ignoring case)."""
        head = f".{{0,{self.after}}}\\b" if self.after is not None else ""
        tail = ":?" if self.colon else ""
        tail += f"\\b.{{0,{self.then}}}" if self.then is not None else ""
        tail += f".{{0,{self.then_any}}}" if self.then_any is not None else ""
        return f"{head}({literal_alternation(self.phrases)}){tail}"


@loader
def load_furniture() -> tuple[Furniture, ...]:
    """The entries of ``boilerplate.yaml``, checked."""
    entries = read_yaml(FILE).child("furniture")
    if not isinstance(entries.value, list) or not entries.value:
        raise entries.error("section 'furniture' must be a list of entries")
    return tuple(
        _entry(Section(entries.file, item, entries.lines.children.get(index, entries.lines)))
        for index, item in enumerate(entries.value)
    )


def furniture_patterns() -> tuple[str, ...]:
    """One regular expression per entry of ``boilerplate.yaml``, in the file's order."""
    return tuple(entry.pattern() for entry in load_furniture())


def _entry(section: Section) -> Furniture:
    unknown = sorted(set(section.mapping()) - KEYS)
    if unknown:
        raise section.error(f"unknown key {unknown[0]!r} (known: {', '.join(sorted(KEYS))})", unknown[0])
    phrases = ordered_words(section, "phrases")
    if not phrases:
        raise section.error("an entry needs at least one phrase", "phrases")
    colon = section.mapping().get("colon", False)
    if not isinstance(colon, bool):
        raise section.error("'colon' must be true or false", "colon")
    counts = {key: _count(section, key) for key in COUNTS}
    return Furniture(phrases, colon, counts["then"], counts["then_any"], counts["after"])


def _count(section: Section, key: str) -> int | None:
    value = section.mapping().get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise section.error(f"{key!r} must be a whole number of characters", key)
    return value
