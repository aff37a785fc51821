"""The commonest words of English news text (``data/ingest/english.yaml``), for the ingest stage's language check."""

from __future__ import annotations

from eventwire.lexicons.files import loader, read_yaml
from eventwire.lexicons.wordlists import ordered_words

__all__ = ["FILE", "load_english_words"]

FILE = "ingest/english.yaml"


@loader
def load_english_words() -> frozenset[str]:
    """The words of ``english.yaml`` (lower case), checked: a missing section or a word listed twice names its line."""
    return frozenset(ordered_words(read_yaml(FILE), "common_words"))
