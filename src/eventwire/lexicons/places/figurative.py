"""Words that make an act of capture figurative, so that its event has no place (``data/places/figurative.yaml``).

``verbs`` are the acts of capture the rule applies to, ``objects`` what a game, a vote or a picture captures
("captured the imagination"), ``recordings`` what an act is captured on or in ("captured on video"). Each
section is required and holds lower-case single words.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.lexicons.files import loader, read_yaml
from eventwire.lexicons.places import word_list

__all__ = ["FILE", "FigurativeWords", "load_figurative"]

FILE = "places/figurative.yaml"


@dataclass(frozen=True, slots=True)
class FigurativeWords:
    """The three lists of the file."""

    verbs: frozenset[str]
    objects: frozenset[str]
    recordings: frozenset[str]


@loader
def load_figurative() -> FigurativeWords:
    top = read_yaml(FILE)
    words = {key: word_list(top, key, single=True) for key in ("verbs", "objects", "recordings")}
    return FigurativeWords(**words)
