"""Where an event's parts sit in its document: character spans for the article view's highlights.

Events carry offsets for their source, target and evidence sentence. The trigger, date, place and
attribution carry only their words, so they are looked for in the evidence sentence first (then in the
whole text), and the trigger takes in the auxiliaries and negation right before it ("will visit",
"did not condemn"), which carry the event's status.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# Words that, right before a trigger, belong to its verb group (tense, modality, negation).
_AUXILIARIES = """will would shall should may might could can must not never did does do has have had is are was
were be been being won't wouldn't didn't doesn't don't can't cannot isn't aren't wasn't weren't hasn't haven't hadn't"""
AUXILIARIES = frozenset(_AUXILIARIES.split())

ROLES = ("evidence", "trigger", "source", "target", "date", "place", "attribution")


@dataclass(frozen=True, slots=True)
class Span:
    """One highlighted stretch of the document text and the coded value it stands for."""

    role: str
    start: int
    end: int
    text: str
    value: str

    def to_json(self) -> dict[str, Any]:
        return {"role": self.role, "start": self.start, "end": self.end, "text": self.text, "value": self.value}


def spans(event: dict[str, Any], text: str) -> list[Span]:
    """The highlights of one event (spec JSON) in its document's text, in role order; parts not found are left out."""
    ev = event.get("evidence") or {}
    window = (int(ev.get("start", 0)), int(ev.get("end", 0)))
    found = [
        _evidence(ev, text),
        _trigger(event, text, window),
        _actor("source", event.get("source"), text),
        _actor("target", event.get("target"), text),
        _date(event.get("date"), text, window),
        _place(event.get("location"), text, window),
        _attribution(event.get("attribution"), text, window),
    ]
    return [s for s in found if s is not None]


def _span(role: str, text: str, start: int, end: int, value: str) -> Span | None:
    if not 0 <= start < end <= len(text):
        return None
    return Span(role, start, end, text[start:end], value)


def _evidence(ev: dict[str, Any], text: str) -> Span | None:
    start, end = int(ev.get("start", 0)), int(ev.get("end", 0))
    return _span("evidence", text, start, end, ev.get("sentence") or "")


def _actor(role: str, actor: dict[str, Any] | None, text: str) -> Span | None:
    if not actor or actor.get("start") is None or actor.get("end") is None:
        return None
    codes = " ".join(c for c in (actor.get("country"), actor.get("sector")) if c)
    value = " · ".join(v for v in (actor.get("name") or actor.get("text"), codes) if v)
    return _span(role, text, int(actor["start"]), int(actor["end"]), value)


def _trigger(event: dict[str, Any], text: str, window: tuple[int, int]) -> Span | None:
    words = ((event.get("evidence") or {}).get("trigger") or "").split()
    if not words:
        return None
    anchor = _anchor(event)
    found = _find(text, words, window, anchor) or _find(text, words, window, anchor, stems=True)
    if found is None:
        return None
    start = _with_auxiliaries(text, found[0], window[0])
    cameo = f"CAMEO {event['cameo']}" if event.get("cameo") else None
    label = " ".join(v for v in (event.get("type"), event.get("mode"), cameo) if v)
    return _span("trigger", text, start, found[1], f"{label}; {event.get('status', '')}".strip("; "))


def _anchor(event: dict[str, Any]) -> int:
    """Where the trigger is most likely: right after the source, else right before the target."""
    source, target = event.get("source") or {}, event.get("target") or {}
    if source.get("end") is not None:
        return int(source["end"])
    if target.get("start") is not None:
        return int(target["start"])
    return int((event.get("evidence") or {}).get("start", 0))


def _find(
    text: str, words: list[str], window: tuple[int, int], anchor: int, *, stems: bool = False
) -> tuple[int, int] | None:
    """The occurrence of the words in the window nearest the anchor; with stems, any ending of each word."""
    parts = [re.escape(w[:4] if stems and len(w) > 4 else w) + (r"\w*" if stems else "") for w in words]
    pattern = re.compile(r"\b" + r"\W+".join(parts) + r"\b", re.IGNORECASE)
    start, end = window if window[1] > window[0] else (0, len(text))
    hits = [(m.start(), m.end()) for m in pattern.finditer(text, start, end)]
    return min(hits, key=lambda h: abs(h[0] - anchor)) if hits else None


def _with_auxiliaries(text: str, start: int, floor: int) -> int:
    """Move the start left over the auxiliary words right before it ("will", "did not")."""
    while True:
        match = re.search(r"([A-Za-z']+)\s+$", text[max(floor, start - 40) : start])
        if not match or match.group(1).lower() not in AUXILIARIES:
            return start
        start = start - len(match.group(0))


def _near(text: str, words: str, window: tuple[int, int]) -> tuple[int, int] | None:
    """Where these words are: in the evidence sentence, else nearest to it in the whole text."""
    words = words.strip()
    if not words:
        return None
    pattern = re.compile(re.escape(words), re.IGNORECASE)
    inside = pattern.search(text, window[0], window[1]) if window[1] > window[0] else None
    if inside:
        return inside.start(), inside.end()
    hits = [(m.start(), m.end()) for m in pattern.finditer(text)]
    return min(hits, key=lambda h: abs(h[0] - window[0])) if hits else None


def _date(when: dict[str, Any] | None, text: str, window: tuple[int, int]) -> Span | None:
    if not when or not when.get("text"):
        return None
    found = _near(text, when["text"], window)
    if found is None:
        return None
    start, end = when.get("start"), when.get("end")
    value = f"{start} – {end}" if start != end else str(start)
    return _span("date", text, *found, f"{value} ({when.get('precision')})")


def _place(location: dict[str, Any] | None, text: str, window: tuple[int, int]) -> Span | None:
    if not location or not location.get("name"):
        return None
    found = _near(text, location["name"], window)
    if found is None:
        return None
    coords = f"{location['lat']:.2f}, {location['lon']:.2f}" if location.get("lat") is not None else ""
    parts = (location["name"], location.get("country"), coords, location.get("precision"))
    return _span("place", text, *found, " · ".join(p for p in parts if p))


def _attribution(attribution: dict[str, Any] | None, text: str, window: tuple[int, int]) -> Span | None:
    words = (attribution or {}).get("text")
    if not words:
        return None
    found = _near(text, words, window)
    return _span("attribution", text, *found, words) if found else None
