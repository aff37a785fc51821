"""Language of a document (langdetect, seeded so the same text always gets the same answer)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

log = logging.getLogger(__name__)

DetectorFactory.seed = 0

# Texts with fewer letters than this are too short to judge: they are taken as English.
MIN_LETTERS = 40
# Only the start of a long text is read: enough to judge, and detection time stays flat.
SAMPLE_CHARS = 3000
# English is accepted when langdetect gives it at least this probability, even if not first.
ENGLISH_FLOOR = 0.25

_LETTERS = re.compile(r"[^\W\d_]")


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
    if len(_LETTERS.findall(sample)) < MIN_LETTERS:
        return Language("und", 0.0, english=True)
    try:
        guesses = detect_langs(sample)
    except LangDetectException as exc:
        log.debug("language undecided: %s", exc)
        return Language("und", 0.0, english=True)
    top = guesses[0]
    english = top.lang == "en" or any(g.lang == "en" and g.prob >= ENGLISH_FLOOR for g in guesses)
    return Language(str(top.lang), float(top.prob), english=english)
