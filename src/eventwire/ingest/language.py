"""Language of a document (langdetect, seeded so the same text always gets the same answer)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

log = logging.getLogger(__name__)

DetectorFactory.seed = 0

# Texts with fewer distinct words (3+ letters) than this are too short, or too tabular, to judge:
# they are taken as English (langdetect is unreliable on them: earnings tables come out Swedish).
MIN_DISTINCT_WORDS = 20
# Only the start of a long text is read: enough to judge, and detection time stays flat.
SAMPLE_CHARS = 1500
# A text where this share of the tokens holds digits is a table (results, scores): not judged.
TABULAR_SHARE = 0.3
# English function words; when they make up this share of the words the text is English without
# asking langdetect (fast, and no other language reaches it).
ENGLISH_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "that",
        "is",
        "was",
        "for",
        "with",
        "on",
        "by",
        "as",
        "at",
        "from",
        "it",
        "said",
        "has",
        "have",
        "had",
        "be",
        "been",
        "were",
        "are",
        "this",
        "which",
        "will",
        "would",
        "not",
        "but",
        "their",
        "they",
        "his",
        "her",
        "its",
        "an",
    ]
)
ENGLISH_SHARE = 0.2
# English is accepted when langdetect gives it at least this probability, even if not first.
ENGLISH_FLOOR = 0.25
# Below this probability for its top guess, langdetect is undecided and the text counts as English.
CONFIDENT = 0.8

_WORD = re.compile(r"[^\W\d_]+")


def _tabular(text: str) -> bool:
    tokens = text.split()
    return sum(any(ch.isdigit() for ch in t) for t in tokens) >= TABULAR_SHARE * max(1, len(tokens))


@dataclass(frozen=True, slots=True)
class Language:
    """A detected language code (ISO 639-1, ``und`` when undecided) and its probability."""

    code: str
    probability: float
    english: bool

    def reason(self) -> str:
        return f"language is {self.code!r} (p={self.probability:.2f}), not English; stored but not coded"


def detect_language(text: str) -> Language:
    """The language of ``text``; short or undecidable texts count as English so they are still coded."""
    sample = text[:SAMPLE_CHARS]
    words = [w.casefold() for w in _WORD.findall(sample)]
    if len({w for w in words if len(w) >= 3}) < MIN_DISTINCT_WORDS or _tabular(sample):
        return Language("und", 0.0, english=True)
    if sum(w in ENGLISH_WORDS for w in words) >= ENGLISH_SHARE * len(words):
        return Language("en", 1.0, english=True)
    try:
        guesses = detect_langs(sample)
    except LangDetectException as exc:
        log.debug("language undecided: %s", exc)
        return Language("und", 0.0, english=True)
    top = guesses[0]
    english = top.lang == "en" or top.prob < CONFIDENT
    english = english or any(g.lang == "en" and g.prob >= ENGLISH_FLOOR for g in guesses)
    return Language(str(top.lang), float(top.prob), english=english)
