"""Predictions to score: coded by the pipeline, read from event JSONL, or made from the gold itself."""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.errors import EvalError
from eventwire.eval.gold import GoldActor, GoldDocument, GoldEvent, GoldPlace
from eventwire.model import Actor, Event, EventDate, Evidence, Place

if TYPE_CHECKING:
    from eventwire.pipeline import Coder

log = logging.getLogger(__name__)

Predictions = dict[str, list[Event]]


def code_gold(
    docs: Sequence[GoldDocument],
    coder: Coder | None = None,
    min_confidence: float | None = None,
    disable: Iterable[str] = (),
    processes: int | None = 1,
) -> Predictions:
    """Code the gold documents with the pipeline, keeping what ``eventwire code`` would output (the coder drops
    events below its ``min_confidence``). Without ``coder``, one is made with ``min_confidence`` (default: the
    setting) and the steps ``disable`` switched off; ``processes`` worker processes of the local engine (None: one
    per core)."""
    from eventwire.scale.local import LocalEngine

    if coder is None:
        from eventwire.pipeline import Coder

        coder = Coder(disable=disable, min_confidence=min_confidence)
    predictions: Predictions = {}
    engine = LocalEngine(processes, coder=coder)
    for result in engine.code(d.document for d in docs if not d.skip):
        if result.error is not None:
            log.warning("not coded, scored as no events: %s", result.error)
        predictions[result.document.id] = result.events
    return predictions


def read_predictions(path: Path) -> Predictions:
    """Events from a JSONL file (spec section 2), grouped by ``doc_id``."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"cannot read prediction file {path}: {exc}; give event JSONL") from exc
    predictions: Predictions = defaultdict(list)
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            event = Event.from_json(json.loads(line))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise EvalError(f"{path}:{lineno} is not a valid event: {exc}; see docs/schema.md section 2") from exc
        predictions[event.doc_id].append(event)
    return dict(predictions)


def write_predictions(path: Path, predictions: Mapping[str, Iterable[Event]]) -> int:
    """Write events as JSONL; returns how many were written."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for events in predictions.values():
            for event in events:
                out.write(json.dumps(event.to_json(), ensure_ascii=False) + "\n")
                count += 1
    return count


def gold_as_predictions(docs: Iterable[GoldDocument], untyped: str = "ASSAULT") -> Predictions:
    """The gold events written as predictions: what a perfect coder would output.

    A list type becomes its first type; ``untyped`` stands in where the gold type is null.
    """
    return {
        doc.id: [_as_event(doc, i, gold, untyped) for i, gold in enumerate(doc.events)] for doc in docs if not doc.skip
    }


def _as_event(doc: GoldDocument, index: int, gold: GoldEvent, untyped: str) -> Event:
    text = doc.document.text
    return Event(
        id=f"{doc.id}#{index}",
        doc_id=doc.id,
        type=gold.types[0] if gold.types else untyped,
        source=_as_actor(gold.source),
        target=_as_actor(gold.target),
        date=EventDate(gold.date.start, gold.date.end, gold.date.precision) if gold.date else None,
        location=None if gold.location_absent else _as_place(gold.location),
        status=gold.status or "asserted",  # type: ignore[arg-type]
        evidence=Evidence(sentence=text, start=0, end=len(text), trigger=gold.trigger or ""),
        confidence=1.0,
    )


def _as_actor(gold: GoldActor | None) -> Actor | None:
    if gold is None:
        return None
    return Actor(text=gold.text or "", country=gold.country, sector=gold.sector)


def _as_place(gold: GoldPlace | None) -> Place | None:
    if gold is None:
        return None
    return Place(name=gold.name or "", country=gold.country, lat=gold.lat, lon=gold.lon)
