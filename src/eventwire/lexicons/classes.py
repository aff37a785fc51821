"""The extractor's word classes (``data/extract/classes.yaml``): named lists of lemmas, loaded once and validated.

A class is named by the trigger lexicon's constraints (``obj=weapon``, ``@human`` in the ``with`` column) and by the
rules (``classes.words("police")``). Asking for a class the file does not have is an error naming the file, never an
empty set, so a renamed class cannot silently switch a rule off.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from eventwire.lexicons.files import fail, loader, read_yaml

__all__ = ["CLASSES_FILE", "WordClasses", "load_classes"]

CLASSES_FILE = "extract/classes.yaml"


class WordClasses(Mapping[str, frozenset[str]]):
    """Every word class by name (a read-only mapping of class name to lemmas)."""

    def __init__(self, classes: Mapping[str, frozenset[str]]) -> None:
        self._classes = dict(classes)

    def __getitem__(self, name: str) -> frozenset[str]:
        return self._classes[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._classes)

    def __len__(self) -> int:
        return len(self._classes)

    def words(self, name: str) -> frozenset[str]:
        """The lemmas of class ``name``; a class the file lacks is an error naming the file."""
        if name not in self._classes:
            raise fail(CLASSES_FILE, None, f"no word class {name!r}, which the extraction rules read")
        return self._classes[name]

    def union(self, names: Iterable[str]) -> frozenset[str]:
        """The lemmas of all the classes ``names``."""
        return frozenset().union(*(self.words(name) for name in names))


@loader
def load_classes() -> WordClasses:
    """The word classes of ``data/extract/classes.yaml``; each must be a list of words."""
    section = read_yaml(CLASSES_FILE)
    return WordClasses({str(name): section.words(name) for name, _ in section.items()})
