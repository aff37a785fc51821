"""The words of names as the public sources write them (``data/actors/names.yaml``), for the knowledge-base build.

Words of office dropped before a person's name, words that make a name an organisation's, the particles of Arabic
names that decide which surname a person may be called by, and the titles the coverage measure skips. Lists that
become patterns keep the file's order; every section must be present and be a list of words.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.lexicons.files import loader, read_yaml
from eventwire.lexicons.wordlists import ordered_words

__all__ = ["FILE", "NameWords", "load_name_words"]

FILE = "actors/names.yaml"


@dataclass(frozen=True, slots=True)
class NameWords:
    """The sections of ``names.yaml`` (see the file for what each is for)."""

    office_words: frozenset[str]
    organisation_words: tuple[str, ...]
    patronymic_particles: tuple[str, ...]
    article_prefixes: tuple[str, ...]
    coverage_titles: frozenset[str]


@loader
def load_name_words() -> NameWords:
    """The word lists of ``names.yaml``, checked."""
    section = read_yaml(FILE)
    return NameWords(
        office_words=frozenset(ordered_words(section, "office_words")),
        organisation_words=ordered_words(section, "organisation_words"),
        patronymic_particles=ordered_words(section, "patronymic_particles"),
        article_prefixes=ordered_words(section, "article_prefixes"),
        coverage_titles=frozenset(ordered_words(section, "coverage_titles")),
    )
