"""Score predictions against gold (spec section 4): one-to-one matching per document, then counts.

``score(gold_docs, predictions)`` is the whole API; ``Report.to_json()`` is the stable JSON form
that ``eventwire eval --json`` prints and the quality gate reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from eventwire.eval.gold import GoldDocument, GoldEvent
from eventwire.eval.rules import FIELDS, can_match, field_results
from eventwire.model import EVENT_TYPES, Event


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives; P/R/F1 are None when undefined (0/0)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    @property
    def n(self) -> int:
        """Gold events counted (the support)."""
        return self.tp + self.fn

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
            "n": self.n,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(slots=True)
class FieldScore:
    """Accuracy of one field over the matched pairs whose gold event scores it."""

    correct: int = 0
    n: int = 0

    @property
    def accuracy(self) -> float | None:
        return _ratio(self.correct, self.n)

    def add(self, right: bool) -> None:
        self.n += 1
        self.correct += int(right)

    def to_json(self) -> dict[str, Any]:
        return {"accuracy": _round(self.accuracy), "n": self.n, "correct": self.correct}


@dataclass(slots=True)
class Strict:
    """Spec section 4.4: how often an event is right as a whole.

    A matched non-optional pair is *fully right* when every field its gold event scores is right. Strict
    precision divides the fully right pairs of exhaustive documents by their TP + FP; strict recall divides all
    fully right pairs by TP + FN.
    """

    right: int = 0  # fully right pairs, all documents
    right_exhaustive: int = 0  # fully right pairs in exhaustive documents
    tp_exhaustive: int = 0
    fp: int = 0
    tp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return _ratio(self.right_exhaustive, self.tp_exhaustive + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.right, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def add(self, other: Strict) -> None:
        self.right += other.right
        self.right_exhaustive += other.right_exhaustive
        self.tp_exhaustive += other.tp_exhaustive
        self.fp += other.fp
        self.tp += other.tp
        self.fn += other.fn

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
            "n": self.tp + self.fn,
            "right": self.right,
        }


@dataclass(frozen=True, slots=True)
class DocumentScore:
    """The event and strict counts of one document."""

    id: str
    exhaustive: bool
    events: Counts
    strict: Strict

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "exhaustive": self.exhaustive,
            "events": self.events.to_json(),
            "strict": self.strict.to_json(),
        }


@dataclass(frozen=True, slots=True)
class Pair:
    """A gold event matched to a prediction, with the verdict on each scored field."""

    gold_index: int
    pred_index: int
    gold: GoldEvent
    pred: Event
    fields: dict[str, bool]


@dataclass(slots=True)
class Report:
    """Every figure of one scoring run."""

    docs: int = 0
    skipped_docs: int = 0
    predicted: int = 0
    events: Counts = field(default_factory=Counts)
    fields: dict[str, FieldScore] = field(default_factory=lambda: {name: FieldScore() for name in FIELDS})
    per_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in EVENT_TYPES})
    strict: Strict = field(default_factory=Strict)
    documents: list[DocumentScore] = field(default_factory=list)

    @property
    def events_per_doc(self) -> float | None:
        """Predicted events per scored document."""
        return _ratio(self.predicted, self.docs)

    def add_document(self, doc: GoldDocument, preds: Sequence[Event]) -> None:
        """Match one document's predictions to its gold events and count the outcome."""
        self.docs += 1
        self.predicted += len(preds)
        counts, strict = Counts(), Strict()
        pairs = match(doc.events, preds)
        for pair in pairs:
            if not pair.gold.optional:
                self._count_match(pair)
                counts.tp += 1
                strict.right += int(all(pair.fields.values()))
        matched_gold = {p.gold_index for p in pairs}
        for i, gold in enumerate(doc.events):
            if i not in matched_gold and not gold.optional:
                self._count_miss(gold)
                counts.fn += 1
        if doc.exhaustive:
            matched_preds = {p.pred_index for p in pairs}
            for j, pred in enumerate(preds):
                if j not in matched_preds:
                    self.events.fp += 1
                    self.per_type[pred.type].fp += 1
                    counts.fp += 1
        strict.tp, strict.fn, strict.fp = counts.tp, counts.fn, counts.fp
        if doc.exhaustive:
            strict.tp_exhaustive, strict.right_exhaustive = counts.tp, strict.right
        self.strict.add(strict)
        self.documents.append(DocumentScore(doc.id, doc.exhaustive, counts, strict))

    def _count_match(self, pair: Pair) -> None:
        self.events.tp += 1
        self.per_type[pair.pred.type].tp += 1
        for name, right in pair.fields.items():
            self.fields[name].add(right)

    def _count_miss(self, gold: GoldEvent) -> None:
        self.events.fn += 1
        if gold.types is not None:
            # A missed event with several acceptable types counts against the first one listed.
            self.per_type[gold.types[0]].fn += 1

    def to_json(self, documents: bool = True) -> dict[str, Any]:
        """The report as JSON; ``documents`` adds the per-document figures."""
        events = self.events.to_json()
        events["predicted"] = self.predicted
        obj: dict[str, Any] = {
            "docs": self.docs,
            "skipped_docs": self.skipped_docs,
            "events_per_doc": _round(self.events_per_doc),
            "events": events,
            "strict": self.strict.to_json(),
            "fields": {name: score.to_json() for name, score in self.fields.items()},
            "per_type": {t: counts.to_json() for t, counts in self.per_type.items()},
        }
        if documents:
            obj["documents"] = [doc.to_json() for doc in self.documents]
        return obj


def score(gold_docs: Iterable[GoldDocument], predictions: Mapping[str, Sequence[Event]]) -> Report:
    """Score ``predictions`` (events by document id) against ``gold_docs``; skip-documents are left out."""
    report = Report()
    for doc in gold_docs:
        if doc.skip:
            report.skipped_docs += 1
            continue
        report.add_document(doc, predictions.get(doc.id, ()))
    return report


def match(gold: Sequence[GoldEvent], preds: Sequence[Event]) -> list[Pair]:
    """The best one-to-one pairing of one document's gold events and predictions.

    Only pairs allowed by type and trigger may match. The pairing first matches as many
    non-optional gold events as it can, then as many optional ones, then prefers pairs that
    agree on more scored fields (a maximum-weight assignment).
    """
    if not gold or not preds:
        return []
    verdicts = [[field_results(g, p) if can_match(g, p) else None for p in preds] for g in gold]
    agreement_cap = len(FIELDS) * min(len(gold), len(preds)) + 1
    optional_weight = agreement_cap
    required_weight = agreement_cap * (len(gold) + 2)
    weights = np.zeros((len(gold), len(preds)))
    for i, g in enumerate(gold):
        base = optional_weight if g.optional else required_weight
        for j, verdict in enumerate(verdicts[i]):
            if verdict is not None:
                weights[i, j] = base + sum(verdict.values())
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return [
        Pair(i, j, gold[i], preds[j], verdict)
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True)
        if (verdict := verdicts[i][j]) is not None
    ]


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
