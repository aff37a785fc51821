"""Words that open a sentence after a glued section heading (``data/nlp/headings.yaml``), for ``nlp/headings.py``."""

from __future__ import annotations

from eventwire.lexicons.files import loader, read_yaml
from eventwire.lexicons.wordlists import ordered_words

__all__ = ["FILE", "load_heading_openers"]

FILE = "nlp/headings.yaml"


@loader
def load_heading_openers() -> frozenset[str]:
    """The words of ``headings.yaml`` (lower case), checked: a missing section or a word listed twice names its line."""
    return frozenset(ordered_words(read_yaml(FILE), "openers"))
