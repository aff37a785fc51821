"""Names as the sources write them, made into names as news writes them.

``XI_JINPING`` -> "Xi Jinping", ``BASHAR_AL-ASSAD_`` -> "Bashar al-Assad", ``PRESIDENT_OBAMA_`` -> "Obama",
``AL-SHABAAB`` (OFAC) -> "Al-Shabaab", ``LAVROV, Sergei Viktorovich`` -> "Sergei Viktorovich Lavrov".
"""

from __future__ import annotations

import re

LOWER_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "bint", "de", "da", "di", "do", "dos", "das", "du", "van", "von", "der", "den"}
)
ROMAN = frozenset({"ii", "iii", "iv", "vi", "vii", "viii"})
SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "to", "at", "by", "a", "an", "de", "du", "des", "al"})
# Words of office written before a name ("PRESIDENT_OBAMA", "SECRETARY_OF_STATE_JOHN_KERRY"): dropped.
OFFICE_WORDS = frozenset(
    {
        "president",
        "vice",
        "prime",
        "minister",
        "premier",
        "chancellor",
        "senator",
        "sen",
        "general",
        "gen",
        "mr",
        "mrs",
        "ms",
        "dr",
        "secretary",
        "secretary-general",
        "defense",
        "defence",
        "foreign",
        "state",
        "of",
        "the",
        "colonel",
        "col",
        "lt",
        "lieutenant",
        "marshal",
        "field",
        "admiral",
        "adm",
        "judge",
        "justice",
        "speaker",
        "chairman",
        "leader",
        "communist",
        "deputy",
        "un",
        "u.n.",
        "united",
        "nations",
        "former",
        "ex",
        "governor",
        "gov",
        "rep",
        "representative",
        "commander",
        "chief",
        "ayatollah",
        "hojatolislam",
        "interior",
        "finance",
        "opposition",
        "rebel",
        "major",
        "maj",
        "brigadier",
        "captain",
        "capt",
        "sgt",
    }
)
# Words of rank that are part of how a person is named ("King Abdullah", "Sheikh Hasina"): kept.
ROYAL_WORDS = frozenset({"king", "queen", "prince", "princess", "sheikh", "sheikha", "emir", "amir", "sultan"})
ORG_WORDS = re.compile(
    r"\b(ministry|department|forces?|army|police|party|council|office|agency|service|command|brigades?|front|"
    r"movement|organi[sz]ation|committee|government|administration|congress|parliament|assembly|senate|court|"
    r"bureau|commission|union|alliance|coalition|group|house|palace|bank|institute|academy|league|guard|corps|"
    r"navy|directorate|authority|declaration|regime|kremlin|pentagon|militia|battalion|division|regiment|"
    r"network|jihad|hezbollah|hamas|taliban|al[- ]qaeda|islamic|liberation|revolutionary|national|united|"
    r"republic|federation|association|foundation|fund|society|center|centre|radio|television|news|press|times|"
    r"company|corporation|inc|ltd|llc|s\.a\.|airlines?|holdings?|industries|cabinet|tribunal|mission|forum|"
    r"secretariat|state|states|agency|program|programme|initiative|board|network|university|school|church|"
    r"diocese|fighters|rebels|insurgents|militants|soldiers|troops|officials|leaders|delegation|embassy|"
    r"consulate|staff|peacekeepers?|monitors?|contingent|headquarters|intelligence|security|defen[cs]e|"
    r"affairs|cell|cells|nuclei|brigade|faction|wing|squad|unit|units|sons|martyrs|youth|people'?s?)\b",
    re.IGNORECASE,
)


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
    """Drop words of office before a name ("President Obama" -> "Obama"); keep at least one word."""
    tokens = name.split()
    while len(tokens) > 1 and tokens[0].lower().rstrip(".") in OFFICE_WORDS:
        tokens = tokens[1:]
    return " ".join(tokens)


def looks_like_org(name: str) -> bool:
    return bool(ORG_WORDS.search(name))


def surname_first_name(last_first: str) -> str:
    """``LAVROV, Sergei Viktorovich`` (OFAC) -> "Sergei Viktorovich Lavrov"."""
    last, sep, first = last_first.partition(",")
    if not sep:
        return person_case(last_first.strip())
    return f"{first.strip()} {person_case(last.strip())}".strip()
