"""Office titles as the public sources write them (``data/actors/offices.yaml``), for the knowledge-base build.

One phrase list per sector of an office (government, military, police, intelligence, court, legislature, party) and
the two lists that sort the titles of the sanctions list (a public office, a business role), each in the file's
order; ``not_before`` names the words after which a phrase does not count ("chancellor of justice"). Every section
must be present; a ``not_before`` phrase must be one of the lists'.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from eventwire.lexicons.files import Section, loader, read_yaml
from eventwire.lexicons.wordlists import literal_alternation, ordered_words

__all__ = ["FILE", "SECTIONS", "OfficeWords", "load_office_words"]

FILE = "actors/offices.yaml"
SECTIONS = (
    "government",
    "military",
    "police",
    "intelligence",
    "court",
    "legislature",
    "party",
    "ofac_office",
    "ofac_business",
)


@dataclass(frozen=True, slots=True)
class OfficeWords:
    """The phrase lists of ``offices.yaml`` by section, and the words after which a phrase does not count."""

    phrases: Mapping[str, tuple[str, ...]]
    not_before: Mapping[str, tuple[str, ...]]

    def whole_words(self, section: str) -> str:
        """A pattern that finds any phrase of ``section`` as whole words (``\\b(...)\\b``)."""
        return rf"\b({literal_alternation(self.phrases[section], self.not_before)})\b"


@loader
def load_office_words() -> OfficeWords:
    """The phrase lists of ``offices.yaml``, checked."""
    section = read_yaml(FILE)
    phrases = {key: ordered_words(section, key) for key in SECTIONS}
    return OfficeWords(phrases, _not_before(section, frozenset(p for words in phrases.values() for p in words)))


def _not_before(section: Section, known: frozenset[str]) -> dict[str, tuple[str, ...]]:
    mapping = section.child("not_before")
    out: dict[str, tuple[str, ...]] = {}
    for phrase in mapping.mapping():
        if phrase not in known:
            raise mapping.error(f"{phrase!r} of 'not_before' is in none of the phrase lists", phrase)
        out[phrase] = ordered_words(mapping, phrase)
    return out
