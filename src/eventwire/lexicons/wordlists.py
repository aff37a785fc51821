"""Word lists read from YAML sections in the file's order, and the regular-expression alternations built from them.

``Section.words`` gives a set for membership tests; ``ordered_words`` keeps the order (for patterns) and refuses
items that are not strings: an unquoted ``on``, ``no`` or ``yes`` is a YAML boolean and would silently become
another word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from eventwire.lexicons.files import Section

__all__ = ["alternation", "literal_alternation", "ordered_words"]


def ordered_words(section: Section, key: str) -> tuple[str, ...]:
    """The list under ``key`` as lower-case words in the file's order (a missing section, an item that is not a
    string or a word listed twice is an error naming its line)."""
    section.words(key)
    child = section.child(key)
    seen: set[str] = set()
    for index, item in enumerate(child.value):
        if not isinstance(item, str):
            raise child.error(f"item {item!r} of {key!r} is not a word (quote it)", index)
        if item.lower() in seen:
            raise child.error(f"{item!r} is listed twice in {key!r}", index)
        seen.add(item.lower())
    return tuple(item.lower() for item in child.value)


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of ``words``, in their order (escaped; a space matches any run of white
    space)."""
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)


def literal_alternation(phrases: Iterable[str], not_before: Mapping[str, Sequence[str]] | None = None) -> str:
    """A regular-expression alternation of ``phrases``, in their order, each matched exactly as written (escaped; a
    space matches one space); a phrase with entries in ``not_before`` does not match where one of them follows it
    after a space ("chancellor" but not "chancellor of justice")."""
    after = not_before or {}
    return "|".join(re.escape(p) + _not_followed_by(after.get(p, ())) for p in phrases)


def _not_followed_by(words: Sequence[str]) -> str:
    return f"(?! (?:{'|'.join(map(re.escape, words))}))" if words else ""
