"""The sector of an office from its title ("Chief of the General Staff" -> MIL, "Speaker of the Senate" -> LEG).

Ministers, heads of state and government, ambassadors, governors and mayors are GOV; the rules below pick
out the military, police, intelligence, courts, legislatures and parties. The first rule that matches wins.
"""

from __future__ import annotations

import re
from functools import cache

from eventwire.lexicons.actors.offices import load_office_words

# Ruling parties whose leader heads the state: their party posts are government posts.
PARTY_STATES = frozenset({"CHN", "VNM", "LAO", "PRK", "CUB"})


@cache
def _titles(section: str) -> re.Pattern[str]:
    """Any phrase of ``section`` of ``data/actors/offices.yaml`` as whole words (titles are read in lower case)."""
    return re.compile(load_office_words().whole_words(section))


def position_sector(title: str, country: str) -> str:
    """The sector of a post with this title in this country (``IGO`` posts: IGO)."""
    if country == "IGO":
        return "IGO"
    text = title.lower()
    if re.search(r"\bminister|secretary of state\b", text) or text.startswith(("president of ", "vice president")):
        return _head_or_government(text)
    for sector, pattern in (("COP", _titles("police")), ("SPY", _titles("intelligence"))):
        if pattern.search(text):
            return sector
    if _titles("military").search(text) and not _titles("government").search(text):
        return "MIL"
    if _titles("court").search(text) and "attorney" not in text:
        return "JUD"
    if _titles("legislature").search(text) and not re.search(r"\bleader of the house\b|\bminister\b", text):
        return "LEG"
    if _titles("party").search(text) and "party" in text:
        return "GOV" if country in PARTY_STATES else "PTY"
    return "GOV"


def _head_or_government(text: str) -> str:
    """A "President of ..." is a head of state, unless of a legislature or court ("President of the Senate")."""
    if text.startswith("president of ") and _titles("court").search(text) and "minister" not in text:
        return "JUD"
    if (
        text.startswith(("president of ", "vice president"))
        and _titles("legislature").search(text)
        and "minister" not in text
    ):
        return "LEG"
    return "GOV"
