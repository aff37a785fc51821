"""What the calibration reads about a coded event: the rules' own score and what they found.

Every feature is computed from the coded ``Event`` and its document (the other events of the same sentence, where
the sentence lies in the text), so the same numbers come out when the pipeline codes a document and when
``eventwire calibrate`` refits the model on coded dev documents. Indicator features are 0 or 1; the others are
scaled to about [0, 1].
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from eventwire.model import EVENT_TYPES, STATUSES, Actor, Event

# how a party was found: implied by the rules (no words), a pronoun (coreference), a name or office the
# dictionaries or the knowledge base know, or words that resolved to no entry; no party is the baseline
IMPLICIT = "implicit"
PRONOUN = "pronoun"
NAMED = "named"
UNNAMED = "unnamed"
PARTY_KINDS = (IMPLICIT, PRONOUN, NAMED, UNNAMED)
ROLES = ("source", "target")
# personal and demonstrative pronouns a party's words may be (closed class)
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "this", "that"})
QUOTES = frozenset('"“”')
# how the date was found: none (baseline), taken from the context (the publication date), or the event's own words
DATE_INHERITED = "date=inherited"
DATE_OWN = "date=own"
# where: none (baseline), a country, a region or province, a point (a town, a site)
PLACE_COUNTRY = "place=country"
PLACE_REGION = "place=region"
PLACE_POINT = "place=point"
COUNTRY_PRECISION = "country"
REGION_PRECISIONS = frozenset({"region", "adm1", "admin1", "province", "state"})


def feature_names() -> tuple[str, ...]:
    """Every feature, in the order the model file lists its weights."""
    names = ["rule", "mode", "attribution", "siblings", "position", "quote", "words"]
    names += [f"type={t}" for t in EVENT_TYPES]
    names += [f"status={s}" for s in STATUSES if s != "asserted"]
    for role in ROLES:
        names += [f"{role}={kind}" for kind in PARTY_KINDS]
        names += [f"{role}_country", f"{role}_sector"]
    names += ["same_country", DATE_INHERITED, DATE_OWN, "date_day", PLACE_COUNTRY, PLACE_REGION, PLACE_POINT]
    return tuple(names)


FEATURES = feature_names()


def document_features(events: Sequence[Event], text_chars: int) -> list[dict[str, float]]:
    """The features of each of one document's events (``text_chars``: the length of the text they were read from)."""
    per_sentence = Counter(e.evidence.start for e in events)
    return [event_features(e, per_sentence[e.evidence.start] - 1, text_chars) for e in events]


def event_features(event: Event, siblings: int, text_chars: int) -> dict[str, float]:
    """The non-zero features of one event; ``siblings``: the other events read from the same sentence."""
    sentence = event.evidence.sentence
    out: dict[str, float] = {
        "rule": event.confidence,
        "siblings": math.log1p(max(siblings, 0)) / math.log(10),
        "position": min(max(event.evidence.start / text_chars, 0.0), 1.0) if text_chars > 0 else 0.0,
        "words": min(len(sentence.split()) / 50, 2.0),
        f"type={event.type}": 1.0,
    }
    out["mode"] = float(event.mode is not None)
    out["attribution"] = float(event.attribution is not None)
    out["quote"] = float(any(ch in QUOTES for ch in sentence))
    if event.status != "asserted":
        out[f"status={event.status}"] = 1.0
    out.update(_party("source", event.source))
    out.update(_party("target", event.target))
    out["same_country"] = float(_same_country(event.source, event.target))
    out.update(_when(event))
    out.update(_where(event))
    return {name: value for name, value in out.items() if value}


def party_kind(actor: Actor) -> str:
    """How a party was found: implied (no words), a pronoun, named (an entry of the dictionaries or the knowledge
    base gave it a name), or words that resolved to no entry."""
    words = actor.text.strip()
    if not words or actor.start is None:
        return IMPLICIT
    if words.lower() in PRONOUNS:
        return PRONOUN
    return NAMED if actor.name else UNNAMED


def _party(role: str, actor: Actor | None) -> dict[str, float]:
    if actor is None:
        return {}
    return {
        f"{role}={party_kind(actor)}": 1.0,
        f"{role}_country": float(actor.country is not None),
        f"{role}_sector": float(actor.sector is not None),
    }


def _same_country(source: Actor | None, target: Actor | None) -> bool:
    return source is not None and target is not None and source.country is not None and source.country == target.country


def _when(event: Event) -> dict[str, float]:
    if event.date is None:
        return {}
    found = DATE_INHERITED if event.date.inherited or not event.date.text else DATE_OWN
    return {found: 1.0, "date_day": float(event.date.precision == "day")}


def _where(event: Event) -> dict[str, float]:
    place = event.location
    if place is None:
        return {}
    precision = (place.precision or "").lower()
    if precision == COUNTRY_PRECISION or (place.lat is None and not precision):
        return {PLACE_COUNTRY: 1.0}
    if precision in REGION_PRECISIONS:
        return {PLACE_REGION: 1.0}
    return {PLACE_POINT: 1.0}
