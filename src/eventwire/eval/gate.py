"""The quality gate: score fixed dev sets and compare the figures with floors pinned in ``eval/floors.json``.

Each set's floors sit beside the sha256 of its gold file and its sample rule, so a changed gold file
cannot pass silently. A score may fall below its floor by at most ``epsilon``. ``update_pins``
raises floors (and lowers ceilings) to the current figures; lowering a floor needs ``allow_lower``.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from eventwire.errors import EvalError
from eventwire.eval.gold import GoldDocument, read_gold, sample
from eventwire.eval.predictions import Predictions
from eventwire.eval.score import Report, score
from eventwire.model import Document

EPSILON = 0.005

#: Said after a failed check: how to accept a drop on purpose.
LOWER_HINT = (
    "a drop that is intended (a trade-off, a corrected gold file) is pinned with "
    "`eventwire gate --update --allow-lower`; say why in the commit message"
)

#: Floors are kept for event recall and for these field accuracies wherever the set's gold scores them.
FLOOR_FIELDS: tuple[str, ...] = (
    "source_country",
    "source_sector",
    "target_country",
    "target_sector",
    "location",
    "date",
    "status",
)
#: Sets annotated exhaustively (whole articles) also keep floors on precision and the strict figures (spec 4.4).
EXHAUSTIVE_METRICS: tuple[str, ...] = ("events.precision", "strict.precision", "strict.recall", "strict.f1")
#: Sets of non-political articles have a ceiling on events per article instead.
CEILING_METRICS: tuple[str, ...] = ("events_per_doc",)


@dataclass(frozen=True, slots=True)
class GateSet:
    """A set the gate scores: a gold file, or a corpus whose articles (by topic) should give no events."""

    name: str
    path: str  # relative to the shared folder
    size: int | None = None  # a seeded sample of this many documents; None: all
    seed: int = 1
    topics: tuple[str, ...] | None = None  # corpus set: articles whose topics are exactly these
    country: str | None = None  # the home country given on every document (``Document.country``)

    @property
    def rule(self) -> str:
        """How the documents are chosen, pinned beside the file hash."""
        chosen = "all documents" if self.size is None else f"{self.size} documents sampled with seed {self.seed}"
        if self.country is not None:
            chosen = f"{chosen}; documents given country {self.country}"
        if self.topics is None:
            return chosen
        return f"articles whose topics are exactly {list(self.topics)}, gold: no events, exhaustive; {chosen}"

    def load(self, shared: Path) -> list[GoldDocument]:
        """The set's documents, sampled (with the set's home country given on each)."""
        path = shared / self.path
        if not path.is_file():
            raise EvalError(f"gate set {self.name}: {path} is missing; give the shared folder with --shared")
        docs = read_gold(path) if self.topics is None else _topic_docs(path, self.topics)
        chosen = sample(docs, self.size, self.seed)
        if self.country is None:
            return chosen
        return [replace(doc, document=replace(doc.document, country=self.country)) for doc in chosen]


GATE_SETS: tuple[GateSet, ...] = (
    GateSet("plover_gsr", "dev/plover_gsr.gold.jsonl"),
    GateSet("acled_kenya", "dev/acled_kenya.gold.jsonl", size=1000),
    GateSet("acled_kenya_home", "dev/acled_kenya.gold.jsonl", size=1000, country="KEN"),
    GateSet("event_location", "dev/event_location.gold.jsonl", size=1000),
    GateSet("reuters_earn", "corpus/reuters21578/reuters21578.jsonl", size=400, topics=("earn",)),
    GateSet("articles", "dev/articles.gold.jsonl"),
)


def _topic_docs(path: Path, topics: tuple[str, ...]) -> list[GoldDocument]:
    docs = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            obj = json.loads(line)
            if obj.get("topics") == list(topics):
                docs.append(GoldDocument(Document.from_json(obj), events=(), exhaustive=True))
    return docs


@dataclass(slots=True)
class Pins:
    """What one set has pinned: the data it was measured on, and its bounds."""

    sha256: str
    rule: str
    floors: dict[str, float] = field(default_factory=dict)
    ceilings: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "rule": self.rule, "floors": self.floors, "ceilings": self.ceilings}


@dataclass(slots=True)
class Floors:
    """The content of ``eval/floors.json``."""

    sets: dict[str, Pins] = field(default_factory=dict)
    epsilon: float = EPSILON

    @classmethod
    def load(cls, path: Path) -> Floors:
        if not path.exists():
            return cls()
        try:
            obj = json.loads(path.read_text(encoding="utf-8"))
            sets = {
                name: Pins(p["sha256"], p["rule"], dict(p.get("floors", {})), dict(p.get("ceilings", {})))
                for name, p in obj["sets"].items()
            }
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise EvalError(f"cannot read floors file {path}: {exc}; restore it from git") from exc
        return cls(sets=sets, epsilon=float(obj.get("epsilon", EPSILON)))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        obj = {"epsilon": self.epsilon, "sets": {name: self.sets[name].to_json() for name in sorted(self.sets)}}
        path.write_text(json.dumps(obj, indent=2, sort_keys=False) + "\n", encoding="utf-8")


@dataclass(slots=True)
class SetRun:
    """One set scored now."""

    set: GateSet
    sha256: str
    docs: list[GoldDocument]
    report: Report
    seconds: float

    def value(self, metric: str) -> float:
        """A figure of the report by its dotted JSON path; undefined figures (n = 0) count as 0."""
        node: Any = self.report.to_json(documents=False)
        for key in metric.split("."):
            node = node[key]
        return float(node) if node is not None else 0.0

    def gated_metrics(self) -> tuple[dict[str, float], dict[str, float]]:
        """The floors and ceilings this set would pin now: figures its gold scores, at their current values."""
        if self.set.topics is not None:
            return {}, {m: self.value(m) for m in CEILING_METRICS}
        scored = {name for doc in self.docs for g in doc.events if not g.optional for name in g.scored_fields()}
        metrics = ["events.recall"] + [f"fields.{name}.accuracy" for name in FLOOR_FIELDS if name in scored]
        if any(doc.exhaustive and doc.events for doc in self.docs):
            metrics += EXHAUSTIVE_METRICS
        return {m: self.value(m) for m in metrics}, {}


Predictor = Callable[[GateSet, list[GoldDocument]], Predictions]


def run_set(gate_set: GateSet, shared: Path, predict: Predictor) -> SetRun:
    """Load, predict and score one set."""
    docs = gate_set.load(shared)
    started = time.perf_counter()
    predictions = predict(gate_set, docs)
    report = score(docs, predictions)
    return SetRun(gate_set, file_sha256(shared / gate_set.path), docs, report, time.perf_counter() - started)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


Kind = Literal["floor", "ceiling", "data", "missing"]


@dataclass(frozen=True, slots=True)
class Check:
    """One comparison of the gate; ``message`` says what failed and what to do."""

    set: str
    metric: str
    kind: Kind
    ok: bool
    value: float | None = None
    bound: float | None = None
    message: str = ""


def check(floors: Floors, runs: Sequence[SetRun]) -> list[Check]:
    """Every comparison for the sets run: pinned data unchanged, floors held, ceilings kept."""
    checks: list[Check] = []
    for run in runs:
        pins = floors.sets.get(run.set.name)
        if pins is None:
            checks.append(_missing(run))
            continue
        data = _data_checks(run, pins)
        checks.extend(data)
        if all(c.ok for c in data):
            checks.extend(_bound_checks(run, pins, floors.epsilon))
    return checks


def _missing(run: SetRun) -> Check:
    msg = f"{run.set.name}: no floors pinned; run `eventwire gate --update` to pin the current figures"
    return Check(run.set.name, "-", "missing", False, message=msg)


def _data_checks(run: SetRun, pins: Pins) -> list[Check]:
    name = run.set.name
    checks = []
    if run.sha256 != pins.sha256:
        msg = (
            f"{name}: {run.set.path} changed (sha256 {run.sha256[:12]}…, floors were pinned on {pins.sha256[:12]}…); "
            "the floors no longer apply: review the change, then re-pin with `eventwire gate --update --allow-lower`"
        )
        checks.append(Check(name, "sha256", "data", False, message=msg))
    if run.set.rule != pins.rule:
        msg = (
            f"{name}: the sample rule changed ({run.set.rule!r}, pinned {pins.rule!r}); "
            "re-pin with `eventwire gate --update --allow-lower`"
        )
        checks.append(Check(name, "rule", "data", False, message=msg))
    return checks or [Check(name, "sha256", "data", True)]


def _bound_checks(run: SetRun, pins: Pins, epsilon: float) -> list[Check]:
    checks = []
    for metric, floor in pins.floors.items():
        value = run.value(metric)
        ok = value >= floor - epsilon
        msg = "" if ok else f"{run.set.name}: {metric} {value:.4f} is below its floor {floor:.4f} (epsilon {epsilon})"
        checks.append(Check(run.set.name, metric, "floor", ok, value, floor, msg))
    for metric, ceiling in pins.ceilings.items():
        value = run.value(metric)
        ok = value <= ceiling + epsilon
        msg = (
            "" if ok else f"{run.set.name}: {metric} {value:.4f} is above its ceiling {ceiling:.4f} (epsilon {epsilon})"
        )
        checks.append(Check(run.set.name, metric, "ceiling", ok, value, ceiling, msg))
    return checks


def update_pins(floors: Floors, runs: Sequence[SetRun], allow_lower: bool = False) -> list[str]:
    """Raise floors and lower ceilings to the current figures (any direction with ``allow_lower``).

    A set whose data or rule changed is re-pinned only with ``allow_lower``. Returns what changed.
    """
    changes: list[str] = []
    for run in runs:
        old = floors.sets.get(run.set.name) or Pins(run.sha256, run.set.rule)
        if (old.sha256 != run.sha256 or old.rule != run.set.rule) and not allow_lower:
            changes.append(f"{run.set.name}: data or rule changed; not re-pinned without --allow-lower")
            continue
        now_floors, now_ceilings = run.gated_metrics()
        new = Pins(
            run.sha256,
            run.set.rule,
            _moved(old.floors, now_floors, max, allow_lower),
            _moved(old.ceilings, now_ceilings, min, allow_lower),
        )
        changes += _changes(run.set.name, old.floors | old.ceilings, new.floors | new.ceilings)
        floors.sets[run.set.name] = new
    return changes


def _moved(
    pinned: dict[str, float], now: dict[str, float], tighter: Callable[[float, float], float], free: bool
) -> dict[str, float]:
    """The new bounds: today's figures where tighter (or wherever, when ``free``); kept bounds stay."""
    moved = {} if free else dict(pinned)
    for metric, value in now.items():
        value = round(value, 4)
        old = pinned.get(metric)
        moved[metric] = value if old is None or free else tighter(old, value)
    return moved


def _changes(name: str, before: dict[str, float], after: dict[str, float]) -> list[str]:
    def show(value: float | None) -> str:
        return "-" if value is None else f"{value:.4f}"

    return [
        f"{name}: {metric} {show(before.get(metric))} -> {show(after.get(metric))}"
        for metric in [*after, *(m for m in before if m not in after)]
        if before.get(metric) != after.get(metric)
    ]
