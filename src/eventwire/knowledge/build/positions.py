"""The sector of an office from its title ("Chief of the General Staff" -> MIL, "Speaker of the Senate" -> LEG).

Ministers, heads of state and government, ambassadors, governors and mayors are GOV; the rules below pick
out the military, police, intelligence, courts, legislatures and parties. The first rule that matches wins.
"""

from __future__ import annotations

import re

# Ruling parties whose leader heads the state: their party posts are government posts.
PARTY_STATES = frozenset({"CHN", "VNM", "LAO", "PRK", "CUB"})

GOVERNMENT = re.compile(
    r"\b(minister|ministry|secretary of|secretary for|prime|premier|president of (the )?(republic|state|"
    r"government|council of ministers|executive)|ambassador|permanent representative|high commissioner|"
    r"governor|mayor|chancellor(?! of justice)|cabinet|attorney|solicitor|advocate general|paymaster|"
    r"chief of staff to|white house|downing street|chief of staff of the presidency|advis[oe]r|councilor)\b"
)
MILITARY = re.compile(
    r"\b(chief of (the )?(general|defen[cs]e|army|naval|air|the army|the air force|the navy|staff of the "
    r"(army|air force|navy|armed|defen[cs]e)|army general|navy general|air force general|national defen[cs]e)"
    r"|chiefs of staff|commander|commanding general|armed forces|army|navy|air force|military|"
    r"general staff|head of the general staff|marshal|carabinieri)\b"
)
POLICE = re.compile(r"\b(police|gendarmerie|inspector general of police|commissioner of police)\b")
INTELLIGENCE = re.compile(r"\b(intelligence|security service|secret service|national security agency)\b")
COURT = re.compile(r"\b(court|judge|justice of|chief justice|justices?\b(?! minister)|prosecutor)\b")
LEGISLATURE = re.compile(
    r"\b(speaker|parliament|senate|national assembly|legislative|chamber of deputies|house of "
    r"(representatives|commons|lords|councillors|the people|assembly)|knesset|duma|federation council|seimas|"
    r"folketing|storting|riksdag|bundestag|congress|national council|council of states|majlis|sejm|"
    r"supreme council|verkhovna rada|national people's congress|legislature|member of parliament)\b"
)
PARTY = re.compile(r"\b(party|secretary general of the|general secretary)\b")


def position_sector(title: str, country: str) -> str:
    """The sector of a post with this title in this country (``IGO`` posts: IGO)."""
    if country == "IGO":
        return "IGO"
    text = title.lower()
    if re.search(r"\bminister|secretary of state\b", text) or text.startswith(("president of ", "vice president")):
        return _head_or_government(text)
    for sector, pattern in (("COP", POLICE), ("SPY", INTELLIGENCE)):
        if pattern.search(text):
            return sector
    if MILITARY.search(text) and not GOVERNMENT.search(text):
        return "MIL"
    if COURT.search(text) and "attorney" not in text:
        return "JUD"
    if LEGISLATURE.search(text) and not re.search(r"\bleader of the house\b|\bminister\b", text):
        return "LEG"
    if PARTY.search(text) and "party" in text:
        return "GOV" if country in PARTY_STATES else "PTY"
    return "GOV"


def _head_or_government(text: str) -> str:
    """A "President of ..." is a head of state, unless of a legislature or court ("President of the Senate")."""
    if text.startswith("president of ") and COURT.search(text) and "minister" not in text:
        return "JUD"
    if text.startswith(("president of ", "vice president")) and LEGISLATURE.search(text) and "minister" not in text:
        return "LEG"
    return "GOV"
