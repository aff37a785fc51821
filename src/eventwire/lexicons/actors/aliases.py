"""Finding dictionary aliases in a phrase: whole words, longest first, with capitals that agree with the text.

Matching ignores case, except that each capital letter of an alias must be a capital in the text: "US", "UN",
"WHO" match only in capitals, "Jordan" and "Chad" only capitalised, while lower-case role nouns ("police") match
in any case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["AliasIndex", "Hit", "normalize"]

T = TypeVar("T")

WORD_END = re.compile(r"(?<=\w)(?![\w-])")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


@dataclass(frozen=True, slots=True)
class Hit(Generic[T]):
    """An alias found in a phrase: character offsets in the phrase and what it stands for."""

    start: int
    end: int
    text: str
    value: T


def normalize(text: str) -> str:
    """Straighten quotes and collapse spaces, keeping the length close to the original."""
    return re.sub(r"\s+", " ", text.translate(APOSTROPHES))


class AliasIndex(Generic[T]):
    """Finds whole-word aliases in text, longest first."""

    def __init__(self, pairs: Iterable[tuple[str, T]]) -> None:
        self._values: dict[str, list[T]] = {}
        self._forms: dict[str, set[str]] = {}
        for alias, value in pairs:
            alias = normalize(alias.strip())
            if not alias:
                continue
            key = alias.lower()
            self._values.setdefault(key, []).append(value)
            self._forms.setdefault(key, set()).add(alias)
        ordered = sorted(self._values, key=len, reverse=True)
        body = "|".join(re.escape(a) for a in ordered) or "(?!)"
        self._pattern = re.compile(rf"(?<![\w.-])(?:{body})(?![\w-])", re.IGNORECASE)

    def __contains__(self, alias: str) -> bool:
        return normalize(alias).lower() in self._values

    def get(self, alias: str) -> list[T]:
        return self._values.get(normalize(alias).lower(), [])

    def find(self, text: str) -> list[Hit[T]]:
        """Every alias in ``text`` (non-overlapping, leftmost-longest), with all the values it has."""
        text = normalize(text)
        hits: list[Hit[T]] = []
        pos = 0
        while match := self._pattern.search(text, pos):
            end = self._accepted_end(text, match.start(), match.end())
            if end is not None:
                found = text[match.start() : end]
                hits.extend(Hit(match.start(), end, found, v) for v in self._values[found.lower()][:1])
                pos = end
            else:
                pos = match.start() + 1
        return hits

    def _accepted_end(self, text: str, start: int, end: int) -> int | None:
        """Where the longest alias starting at ``start`` whose capitals agree with the text ends: when "Jubilee
        Party" is refused in "Jubilee party", the shorter alias "Jubilee" may still match."""
        inner = [m.start() for m in WORD_END.finditer(text, start, end) if start < m.start() < end]
        for stop in [end, *reversed(inner)]:
            found = text[start:stop]
            if found.lower() in self._values and self._accepts(found, found.lower()):
                return stop
        return None

    def find_all(self, text: str) -> Iterator[Hit[list[T]]]:
        for hit in self.find(text):
            yield Hit(hit.start, hit.end, hit.text, self._values[hit.text.lower()])

    def _accepts(self, found: str, key: str) -> bool:
        """True when every capital letter of some listed form of the alias is a capital in the text."""
        return any(
            all(f.isupper() for a, f in zip(form, found, strict=True) if a.isupper()) for form in self._forms[key]
        )
