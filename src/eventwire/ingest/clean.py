"""Clean article text: drop repeated titles, share/follow/cookie lines and bullet glyphs; normalise Unicode."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache

from eventwire.lexicons.boilerplate import furniture_patterns

# Whole lines that are page furniture rather than article text (``data/ingest/boilerplate.yaml``): each pattern
# must match the entire (stripped) line; lines longer than BOILERPLATE_MAX_CHARS are never dropped.
BOILERPLATE_MAX_CHARS = 240

BULLET_GLYPHS = "•▪●◦‣∙■□►▸"
_BULLET = re.compile(rf"^[ \t]*[{BULLET_GLYPHS}][ \t]*", re.MULTILINE)

# Characters that are whitespace in effect but not to str.split: no-break and odd-width spaces.
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\u0085\x0b\x0c]")
_SPACES = re.compile(r" {2,}")
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalise_whitespace(text: str) -> str:
    """NFC, one kind of line break, no invisible characters, single spaces, at most one blank line."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip()


def _key(line: str) -> str:
    """A line compared loosely: case, spacing and trailing punctuation ignored."""
    return " ".join(line.casefold().split()).rstrip(" .:;,!-–—")


@cache
def _boilerplate() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in furniture_patterns()), re.IGNORECASE)


def is_boilerplate(line: str) -> bool:
    """True for a share/follow/read-more/cookie line that carries no article text."""
    stripped = line.strip()
    return bool(stripped) and len(stripped) <= BOILERPLATE_MAX_CHARS and bool(_boilerplate().fullmatch(stripped))


def _drop_leading_title(text: str, title: str | None) -> str:
    """Without a title: keep one copy of a doubled first line. With one: drop every leading copy of it."""
    lines = text.split("\n")
    firsts = [i for i, line in enumerate(lines) if line.strip()][:2]
    if title is None:
        if len(firsts) == 2 and _key(lines[firsts[0]]) == _key(lines[firsts[1]]):
            del lines[firsts[0] : firsts[1]]
        return "\n".join(lines).strip()
    if not _key(title):
        return text
    kept = list(lines)
    while kept and (not kept[0].strip() or _key(kept[0]) == _key(title)):
        kept.pop(0)
    return "\n".join(kept).strip() if kept else text


def _drop_repeats(paragraphs: list[str]) -> list[str]:
    """Collapse a paragraph repeated immediately after itself."""
    kept: list[str] = []
    for p in paragraphs:
        if kept and _key(kept[-1]) == _key(p):
            continue
        kept.append(p)
    return kept


def _drop_boilerplate_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if not is_boilerplate(line))


def doubled_title(text: str) -> str | None:
    """The first line when the text begins with the same line twice (a headline pasted twice), else None."""
    lines = [line for line in normalise_whitespace(text).split("\n") if line.strip()][:2]
    if len(lines) == 2 and _key(lines[0]) == _key(lines[1]) and len(lines[0]) <= 300:
        return lines[0]
    return None


def clean_text(text: str, title: str | None = None) -> str:
    """Article text without page furniture.

    Removes a title repeated at the top of the body (all copies when ``title`` is given; one of two
    identical opening lines otherwise), paragraphs repeated back to back, "Original Source Link",
    "Read more", "Share this", "Follow us" and cookie-banner lines, and bullet glyphs at line starts;
    normalises Unicode to NFC and whitespace to single spaces and single blank lines.
    """
    text = normalise_whitespace(text)
    text = _BULLET.sub("", text)
    text = _drop_boilerplate_lines(text)
    text = _drop_leading_title(_BLANK_RUNS.sub("\n\n", text), normalise_whitespace(title) if title else None)
    # Paragraphs are blank-line separated; a text with single line breaks only is treated line by line.
    sep = "\n\n" if "\n\n" in text else "\n"
    parts = [p for p in text.split(sep) if p.strip()]
    parts = _drop_repeats(parts)
    return sep.join(p.strip() for p in parts).strip()


def content_hash(text: str) -> str:
    """sha256 of the text with case and spacing normalised: equal for exact duplicates."""
    normal = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()
