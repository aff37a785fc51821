"""Names as the sources write them, made into names as news writes them.

``XI_JINPING`` -> "Xi Jinping", ``BASHAR_AL-ASSAD_`` -> "Bashar al-Assad", ``PRESIDENT_OBAMA_`` -> "Obama",
``AL-SHABAAB`` (OFAC) -> "Al-Shabaab", ``LAVROV, Sergei Viktorovich`` -> "Sergei Viktorovich Lavrov".
"""

from __future__ import annotations

import re
from functools import cache

from eventwire.lexicons.actors.names import load_name_words
from eventwire.lexicons.wordlists import literal_alternation

LOWER_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "bint", "de", "da", "di", "do", "dos", "das", "du", "van", "von", "der", "den"}
)
ROMAN = frozenset({"ii", "iii", "iv", "vi", "vii", "viii"})
SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "to", "at", "by", "a", "an", "de", "du", "des", "al"})


@cache
def _organisation_words() -> re.Pattern[str]:
    """Words that make a name an organisation's (``data/actors/names.yaml``), anywhere in it, in any case."""
    words = load_name_words().organisation_words
    return re.compile(rf"\b({literal_alternation(words)})\b", re.IGNORECASE)


def words(raw: str) -> str:
    """A dictionary name with spaces for underscores, trailing separators and parentheses dropped."""
    text = re.sub(r"\([^)]*\)", " ", raw.replace("_", " "))
    return re.sub(r"\s+", " ", text).strip(" -,.") if text.strip(" -,.") else ""


def bracketed(raw: str) -> list[str]:
    """Acronyms in parentheses in a dictionary name: ``ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_`` -> ["AAIA"]."""
    return [m.strip("_ ").replace("_", " ") for m in re.findall(r"\(([^)]*)\)", raw) if m.strip("_ ")]


def person_case(text: str) -> str:
    """Capitalise an upper-case person name as news does."""
    tokens = text.split()
    return " ".join(_person_token(t, i == 0) for i, t in enumerate(tokens))


def _person_token(token: str, first: bool) -> str:
    parts = token.split("-")
    out = []
    for i, part in enumerate(parts):
        low = part.lower()
        prefix = not (first and i == 0) and len(parts) > 1 and i < len(parts) - 1  # "al-" of "al-Assad"
        alone = not first and len(parts) == 1  # "bin" of "Mohammed bin Salman"
        if low in LOWER_PARTICLES and (prefix or alone):
            out.append(low)
        else:
            out.append(_capitalise(part))
    return "-".join(out)


def _capitalise(part: str) -> str:
    low = part.lower()
    if low in ROMAN:
        return low.upper()
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2:].capitalize()
    if "'" in low and len(low) > 2 and low[1] == "'":
        return low[0].upper() + "'" + low[2:].capitalize()
    if "." in low:
        return low.upper()
    return low.capitalize()


def org_case(text: str) -> str:
    """Capitalise an upper-case organisation name; a short single word stays in capitals (an acronym)."""
    tokens = text.split()
    if len(tokens) == 1 and (len(tokens[0]) <= 5 or not re.search(r"[AEIOU]", tokens[0].upper())):
        return tokens[0].upper()
    return " ".join(_org_token(t, i == 0) for i, t in enumerate(tokens))


def _org_token(token: str, first: bool) -> str:
    low = token.lower()
    if low in SMALL_WORDS and not first:
        return low
    if "." in token or (len(token) <= 4 and not re.search(r"[AEIOUY]", token.upper())):
        return token.upper()
    return "-".join(p.capitalize() for p in low.split("-"))


def strip_offices(name: str) -> str:
    """Drop words of office (``data/actors/names.yaml``) before a name ("President Obama" -> "Obama"); keep at least
    one word."""
    tokens = name.split()
    while len(tokens) > 1 and tokens[0].lower().rstrip(".") in load_name_words().office_words:
        tokens = tokens[1:]
    return " ".join(tokens)


def looks_like_org(name: str) -> bool:
    return bool(_organisation_words().search(name))


def surname_first_name(last_first: str) -> str:
    """``LAVROV, Sergei Viktorovich`` (OFAC) -> "Sergei Viktorovich Lavrov"."""
    last, sep, first = last_first.partition(",")
    if not sep:
        return person_case(last_first.strip())
    return f"{first.strip()} {person_case(last.strip())}".strip()
