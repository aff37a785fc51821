"""Finding date expressions in text: a small regex grammar built from the date lexicon.

``find_mentions`` returns the date phrases of a text, longest first where they overlap,
each tagged with the grammar rule that matched it; ``eventwire.resolve.dates.anchor`` turns them into dates.
The words of the patterns (month and weekday names, counts, parts and edges of a period, parts of a day, the words
after a count of days) and of the checks (ambiguous month and weekday names, the words that make a bare month a
date) come from ``data/dates/lexicon.yaml`` (``eventwire.lexicons.dates``); the words a rule's handler interprets
one by one ("last", "next", "week", "month") stay in the patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire.lexicons.dates import DateLexicon, load_lexicon
from eventwire.lexicons.wordlists import alternation

__all__ = ["Mention", "find_mentions"]

_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?:1[89]|20)\d{2}(?!\d)"
_DASH = r"\s*(?:-|–|—|(?i:to|until|till|through|thru))\s*"
_BETWEEN_AND = r"\s+and\s+"


@dataclass(frozen=True, slots=True)
class Mention:
    """A date phrase found in a text: character offsets, the rule that matched and its parts."""

    start: int
    end: int
    text: str
    rule: str
    parts: tuple[tuple[str, str], ...]

    def part(self, name: str) -> str | None:
        return dict(self.parts).get(name)


def _alt(names: tuple[list[str], list[str]]) -> str:
    """Alternation of full names and short forms; short forms ("Sept", "Fri") may end in a dot."""
    full = "|".join(re.escape(w) for w in names[0])
    short = "|".join(re.escape(w) for w in names[1])
    return rf"(?:{full}|(?:{short})\.?(?!\w))"


def _rules(lex: DateLexicon) -> list[tuple[str, re.Pattern[str]]]:
    mon = _alt(lex.month_names())
    wkd = _alt(lex.weekday_names())
    num = "|".join(sorted((re.escape(w) for w in lex.numbers), key=len, reverse=True))
    rel = "|".join(sorted((re.escape(w) for w in lex.relative_days), key=len, reverse=True))
    ref = "|".join(sorted((re.escape(w) for w in lex.reference_days), key=len, reverse=True))
    season = "|".join(re.escape(w) for w in lex.seasons)
    holiday = "|".join(re.escape(w).replace("'", "['’]") for w in sorted(lex.holidays, key=len, reverse=True))
    lead = r"(?:(?i:from|between)\s+)?"
    wk = rf"(?:(?P<wd>{wkd}),?\s+)?"
    parts = alternation(lex.period_parts)
    month_part = rf"(?i:{parts}|the\s+(?:{alternation(lex.month_edges)})\s+of)"
    year_part = rf"(?i:{parts}|the\s+(?:{alternation(lex.year_edges)})\s+of)"
    day_part = alternation(lex.weekday_parts)
    counted = alternation(lex.count_directions)
    clause_final = alternation(lex.clause_final_directions)
    specs = [
        ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
        ("numeric", r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})\b"),
        ("numeric", r"(?<=\b(?i:on) )(?P<a>\d{1,2})/(?P<b>\d{1,2})\b(?!/)"),
        (
            "mdmd",
            rf"{lead}(?P<m1>{mon})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?{_DASH}"
            rf"(?P<m2>{mon})\s+(?P<d2>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?",
        ),
        (
            "dmdm",
            rf"{lead}(?P<d1>{_DAY})\s+(?P<m1>{mon})(?:,?\s+(?P<y1>{_YEAR}))?{_DASH}"
            rf"(?P<d2>{_DAY})\s+(?P<m2>{mon})(?:,?\s+(?P<y>{_YEAR}))?",
        ),
        ("mdd", rf"(?:(?i:from)\s+)?(?P<m1>{mon})\s+(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?"),
        ("mdd", rf"(?i:between)\s+(?P<m1>{mon})\s+(?P<d1>{_DAY}){_BETWEEN_AND}(?P<d2>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?"),
        (
            "ddm",
            rf"(?:(?i:from)\s+)?(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m1>{mon})(?:,?\s+(?P<y>{_YEAR}))?",
        ),
        (
            "ddm",
            rf"(?i:between)\s+(?:the\s+)?(?P<d1>{_DAY}){_BETWEEN_AND}(?:the\s+)?(?P<d2>{_DAY})\s+(?:of\s+)?"
            rf"(?P<m1>{mon})(?:,?\s+(?P<y>{_YEAR}))?",
        ),
        ("md", rf"{wk}(?P<m1>{mon})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?"),
        ("md", rf"{wk}(?:(?i:the)\s+)?(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{mon})(?:,?\s+(?P<y>{_YEAR}))?"),
        ("month_rel", rf"(?P<m1>{mon})\s+(?:of\s+)?(?P<rel>(?i:last|this|next))\s+year\b"),
        ("rel_month", rf"\b(?P<rel>(?i:last|this|next|past))\s+(?P<m1>{mon})\b"),
        (
            "month",
            rf"(?:(?P<part>{month_part})[\s-]*)?"
            rf"\b(?P<m1>{mon})\b(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}))?",
        ),
        (
            "year",
            rf"\b(?i:in|during|throughout|by|of|since|at)\s+(?:(?P<part>{year_part})[\s-]*)?(?P<y>{_YEAR})",
        ),
        ("year", rf"\b(?P<part>(?i:{parts}))[\s-]+(?P<y>{_YEAR})"),
        (
            "decade",
            rf"\b(?i:the)\s+(?:(?P<part>(?i:{parts}))[\s-]+)?(?P<dec>(?:1[89]|20)\d0|['’]?[3-9]0)s\b",
        ),
        ("year", rf"\b(?i:it\s+was)\s+(?P<y>{_YEAR})\b"),
        (
            "season",
            rf"\b(?P<rel>(?i:this|last|next|in\s+the|the|in|early|late|mid))[\s-]+(?P<s>{season})\b"
            rf"(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?",
        ),
        ("season", rf"\b(?P<s>{season})\s+(?:of\s+)?(?P<y>{_YEAR})"),
        (
            "rel_unit",
            rf"\b(?:(?P<edge>(?i:earlier|later))\s+|(?P<part>(?i:{parts}))[\s-]+)?(?:(?i:the)\s+)?"
            r"(?P<rel>(?i:last|this|next|past|previous|coming|following))\s+"
            r"(?P<unit>(?i:week|month|year|weekend))\b",
        ),
        (
            "trailing",
            rf"\b(?i:in|over|during|within|throughout|for)\s+the\s+(?P<rel>(?i:last|past|previous))\s+"
            rf"(?:(?P<n>(?i:{num})|\d{{1,3}})\s+)?(?P<unit>(?i:day|week|month|year))s?\b",
        ),
        (
            "ago",
            rf"\b(?P<n>(?i:{num})|\d{{1,3}})\s+(?P<unit>(?i:day|week|month|year))s?\s+"
            rf"(?P<dir>(?i:{counted}|(?:{clause_final})(?=\s*(?:[,.;:)]|$))))",
        ),
        (
            "weekday",
            rf"(?:\b(?P<rel>(?i:on|last|next|this|coming|past|previous))\s+)?\b(?P<wd>{wkd})\b"
            rf"(?:\s+(?i:{day_part}))?",
        ),
        ("holiday", rf"\b(?P<h>{holiday})\b(?:,?\s+(?P<y>{_YEAR}))?"),
        ("reference", rf"\b(?P<w>(?i:{ref}))\b"),
        ("relative", rf"\b(?P<w>(?i:{rel}))\b"),
    ]
    return [(name, re.compile(pattern)) for name, pattern in specs]


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[str, re.Pattern[str]]]:
    return _rules(load_lexicon())


def _preceded_by_lead_word(text: str, start: int) -> bool:
    """The word before ``start`` makes a bare month a date ("in May", "early March", "last June")."""
    words = text[:start].split()
    return bool(words) and words[-1].lower().strip(",") in load_lexicon().month_lead_words


def _names_a_downfall(match: re.Match[str], text: str) -> bool:
    """ "the fall of the caliphate", "after the fall": "fall" as a noun, not the season, unless a year or
    "in" makes it one ("in the fall", "the fall of 2019")."""
    if match.group("s").lower() != "fall" or match.groupdict().get("y"):
        return False
    rel = " ".join((match.groupdict().get("rel") or "").lower().split())
    return rel in ("the", "") or text[match.end() :].lstrip().lower().startswith("of ")


def _plausible(rule: str, match: re.Match[str], text: str) -> bool:
    """Reject matches that are more likely words than dates ("May" the modal verb)."""
    lex = load_lexicon()
    if (
        rule == "month"
        and match.group("m1").rstrip(".").lower() in lex.ambiguous_months
        and not (match.group("y") or match.group("part") or _preceded_by_lead_word(text, match.start()))
    ):
        return False
    if rule == "season" and _names_a_downfall(match, text):
        return False
    if rule == "weekday" and match.group("wd").rstrip(".").lower() in lex.ambiguous_weekdays:
        return bool(match.group("rel"))
    return True


def _candidates(text: str) -> list[Mention]:
    found = []
    for rule, pattern in _compiled():
        for match in pattern.finditer(text):
            if match.end() > match.start() and _plausible(rule, match, text):
                parts = tuple((k, v) for k, v in match.groupdict().items() if v is not None)
                found.append(Mention(match.start(), match.end(), match.group(0), rule, parts))
    return found


@lru_cache(maxsize=4096)
def find_mentions(text: str) -> tuple[Mention, ...]:
    """The date phrases of ``text`` in reading order; where matches overlap, the longest wins."""
    order = {rule: i for i, (rule, _) in enumerate(_compiled())}
    chosen: list[Mention] = []
    for mention in sorted(_candidates(text), key=lambda m: (m.start - m.end, order[m.rule], m.start)):
        if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
            chosen.append(mention)
    return tuple(sorted(chosen, key=lambda m: m.start))
