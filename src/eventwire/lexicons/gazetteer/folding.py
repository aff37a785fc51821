"""How place names are compared: folded, so that case, diacritics, apostrophes and hyphens do not matter.

The gazetteer indexes every name by its folded form and the place tables check for repeated names with it;
what a leading Arabic article does to a name is the gazetteer's business (``gazetteer.index``).
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold"]

_FOLD_TABLE = str.maketrans({**dict.fromkeys("‘’'`ʿʾ´.", ""), **dict.fromkeys("-‐‑–—_/,", " ")})


def fold(name: str) -> str:
    """The comparison key of a place name: lower case, no diacritics, no apostrophes or hyphens."""
    text = (name if name.isascii() else _strip_marks(name)).lower().translate(_FOLD_TABLE)
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
