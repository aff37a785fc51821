"""How a name written in text is compared with an alias in the knowledge base.

Matching ignores case, accents, hyphens and the kind of apostrophe ("Al-Shabaab", "al Shabaab", "AL-SHABAAB"),
except where that is unsafe:

- an acronym of two or three capitals ("IS", "UN", "HTS", "U.N.") matches only in capitals, so "is" or
  "Hts" do not; a few that are no English word are listed as safe (``case_safe.txt``) and match in any case
  ("Nato" is four letters and needs no listing);
- a one-word name of a person ("Trump", "Erdoğan") must be written with a capital ("trump" is a verb), and not
  all in capitals ("GATT" is an acronym, not Austin Gatt).
"""

from __future__ import annotations

import re
import unicodedata

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
DASHES = re.compile(r"[-‐‑‒–—_]+")
SPACES = re.compile(r"\s+")
ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,3}$")
INITIAL_DOT = re.compile(r"(?<![^\s.])(\w)\.")


def fold(text: str) -> str:
    """Drop accents ("Erdoğan" -> "Erdogan", "Védrine" -> "Vedrine") and straighten apostrophes."""
    if text.isascii():
        return text.replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", text.translate(APOSTROPHES))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("ı", "i").replace("ø", "o").replace("ł", "l").replace("đ", "d").replace("ß", "ss")


def alias_key(text: str) -> str:
    """The lookup key of a name: folded, lower case, no apostrophes, hyphens as spaces, no dot after an initial
    ("U.N." is "un", "George W. Bush" is "george w bush"), no leading "the", spaces collapsed."""
    key = fold(text).casefold().replace("'", "")
    if "." in key:
        key = INITIAL_DOT.sub(r"\1", key)
    if "-" in key or "_" in key or not key.isascii():
        key = DASHES.sub(" ", key)
    key = " ".join(key.split())
    return key[4:] if key.startswith("the ") and len(key) > 4 else key


def is_strict_acronym(alias: str, safe: frozenset[str] = frozenset()) -> bool:
    """True for an alias of 2-3 capitals (dots allowed) that must be matched in capitals."""
    return bool(ACRONYM.match(alias)) and alias.replace(".", "") not in safe


def accepts(written: str, alias: str, *, person: bool, safe: frozenset[str] = frozenset()) -> bool:
    """True when ``written`` (as found in text, same key as ``alias``) may stand for ``alias``."""
    if is_strict_acronym(alias, safe):
        return written.replace(".", "") == alias.replace(".", "")
    if person and " " not in alias.strip() and "-" not in alias.strip():
        return written[:1].isupper() and not (len(written) > 1 and written.isupper())
    return True
