"""Language of a document: Google's CLD3 (the ``cld3-py`` wheel, model compiled in, offline) with a script check.

The coder reads English only, so the question that matters is "English or not". Three rules answer it before
the model is asked, because CLD3, like every character n-gram model, guesses badly on short Latin-script text
("Macron and Scholz met in Berlin" comes out Dutch):

1. Text mostly in a non-Latin script (Chinese, Cyrillic, Arabic, ...) is not English, whatever its length; CLD3
   names the language (it is sure of these even from two characters).
2. Latin-script text in which common English words (``data/ingest/english.yaml``) are frequent is English, without
   asking the model.
3. Latin-script text too short or too tabular to judge is ``und`` (undetermined) and still coded.

Other Latin-script text is English unless CLD3 is confident it is another language and gives English little of it.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import gcld3

from eventwire.lexicons.english import load_english_words

log = logging.getLogger(__name__)

# Only the start of a long text is read: enough to judge, and detection time stays flat.
SAMPLE_CHARS = 2000
# Latin-script texts with fewer distinct words (3+ letters) than this are too short to judge.
MIN_DISTINCT_WORDS = 20
# A text where this share of the tokens holds digits is a table (results, scores): not judged.
TABULAR_SHARE = 0.3
# When the commonest English words (``data/ingest/english.yaml``) make up this share of the words, a Latin-script
# text is English.
ENGLISH_SHARE = 0.2
# From this share of its letters in other scripts, a text is not English.
NON_LATIN_SHARE = 0.5
# CLD3 must give its top language at least this probability (and call it reliable) for a Latin-script text
# to count as not English; and English, when among its top three, must cover less than this share of the text.
CONFIDENT = 0.8
ENGLISH_PROPORTION = 0.3

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Language:
    """A language code (ISO 639-1 where CLD3 has one, ``und`` when undetermined), its probability, and
    whether the text is to be coded as English."""

    code: str
    probability: float
    english: bool

    def reason(self) -> str:
        return f"language is {self.code!r} (p={self.probability:.2f}), not English; stored but not coded"


@lru_cache(maxsize=1)
def _identifier() -> gcld3.NNetLanguageIdentifier:
    return gcld3.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=4 * SAMPLE_CHARS)


def _is_latin(ch: str) -> bool:
    return ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF or unicodedata.name(ch, "").startswith("LATIN")


def _tabular(text: str) -> bool:
    tokens = text.split()
    return sum(any(ch.isdigit() for ch in t) for t in tokens) >= TABULAR_SHARE * max(1, len(tokens))


def detect_language(text: str) -> Language:
    """The language of ``text``: every text gets one; short or tabular Latin-script text is ``und`` and coded."""
    sample = text[:SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return Language("und", 0.0, english=True)
    other = sum(not _is_latin(ch) for ch in letters)
    if other >= NON_LATIN_SHARE * len(letters):
        return _other_script(sample)
    words = [w.casefold() for w in _WORD.findall(sample)]
    common = load_english_words()
    if _tabular(sample):
        return Language("und", 0.0, english=True)
    if sum(w in common for w in words) >= ENGLISH_SHARE * len(words):
        return Language("en", 1.0, english=True)
    if len({w for w in words if len(w) >= 3}) < MIN_DISTINCT_WORDS:
        return Language("und", 0.0, english=True)
    return _latin_script(sample)


def _other_script(sample: str) -> Language:
    result = _identifier().FindLanguage(text=sample)
    code = result.language if result.language not in ("en", "und") else "und"
    return Language(code, float(result.probability), english=False)


def _latin_script(sample: str) -> Language:
    identifier = _identifier()
    top = identifier.FindLanguage(text=sample)
    english_share = sum(
        r.proportion for r in identifier.FindTopNMostFreqLangs(text=sample, num_langs=3) if r.language == "en"
    )
    sure = top.is_reliable and top.probability >= CONFIDENT
    english = top.language == "en" or not sure or english_share >= ENGLISH_PROPORTION
    return Language(str(top.language), float(top.probability), english=english)
