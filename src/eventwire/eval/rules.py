"""The scoring rules of spec section 4 for one gold event and one prediction."""

from __future__ import annotations

import math
import re

from eventwire.eval.gold import PRECISION_RANK, GoldActor, GoldDate, GoldEvent, GoldPlace
from eventwire.model import Actor, Event, EventDate, Place

#: The scored fields, in report order.
FIELDS: tuple[str, ...] = (
    "source_country",
    "source_sector",
    "target_country",
    "target_sector",
    "date",
    "location",
    "status",
)

#: A predicted place this close to the gold coordinates is right.
MAX_KM = 25.0
EARTH_RADIUS_KM = 6371.0088

_WORD = re.compile(r"\w+")


def can_match(gold: GoldEvent, pred: Event) -> bool:
    """A pair may match only when the type is acceptable and the trigger rule holds."""
    return gold.accepts(pred.type) and trigger_ok(gold.trigger, pred.evidence.trigger)


def trigger_ok(gold_trigger: str | None, pred_trigger: str) -> bool:
    """True when there is no gold trigger, or both share a word on its first four letters."""
    if gold_trigger is None:
        return True
    return bool(_stems(gold_trigger) & _stems(pred_trigger))


def _stems(text: str) -> set[str]:
    return {w[:4] for w in _WORD.findall(text.casefold())}


def field_results(gold: GoldEvent, pred: Event) -> dict[str, bool]:
    """Right or wrong for every field the gold event scores (absent fields are left out)."""
    results = _actor_results(gold, pred)
    if gold.date is not None:
        results["date"] = date_ok(gold.date, pred.date)
    if gold.location_absent:
        results["location"] = pred.location is None
    elif gold.location is not None:
        results["location"] = location_ok(gold.location, pred.location)
    if gold.status is not None:
        results["status"] = pred.status == gold.status
    return results


def _actor_results(gold: GoldEvent, pred: Event) -> dict[str, bool]:
    straight = _oriented(gold, pred.source, pred.target)
    if not gold.symmetric:
        return straight
    swapped = _oriented(gold, pred.target, pred.source)
    return swapped if sum(swapped.values()) > sum(straight.values()) else straight


def _oriented(gold: GoldEvent, source: Actor | None, target: Actor | None) -> dict[str, bool]:
    results: dict[str, bool] = {}
    for role, gold_actor, actor in (("source", gold.source, source), ("target", gold.target, target)):
        results.update(_actor_fields(role, gold_actor, actor))
    return results


def _actor_fields(role: str, gold: GoldActor | None, actor: Actor | None) -> dict[str, bool]:
    if gold is None:
        return {}
    results: dict[str, bool] = {}
    if gold.country is not None:
        results[f"{role}_country"] = _same_code(gold.country, actor.country if actor else None)
    if gold.sector is not None:
        results[f"{role}_sector"] = _same_code(gold.sector, actor.sector if actor else None)
    return results


def _same_code(gold: str, pred: str | None) -> bool:
    return pred is not None and pred.strip().upper() == gold


def date_ok(gold: GoldDate, pred: EventDate | None) -> bool:
    """The predicted range lies inside the gold range, with a precision no coarser than the gold needs."""
    if pred is None:
        return False
    inside = gold.start <= pred.start and pred.end <= gold.end
    return inside and PRECISION_RANK[pred.precision] <= PRECISION_RANK[gold.precision]


def location_ok(gold: GoldPlace, pred: Place | None) -> bool:
    """Within 25 km when the gold has coordinates; else the same name; else the same country."""
    if pred is None:
        return False
    if gold.has_coordinates:
        if pred.lat is None or pred.lon is None:
            return False
        assert gold.lat is not None and gold.lon is not None
        return haversine_km(gold.lat, gold.lon, pred.lat, pred.lon) <= MAX_KM
    if gold.name is not None:
        return _name(gold.name) == _name(pred.name)
    return gold.country is not None and _same_code(gold.country, pred.country)


def _name(text: str) -> str:
    return " ".join(text.casefold().split())


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
