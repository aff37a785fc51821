"""What each step is worth: the figures with one step switched off, against every step on.

The gold documents are parsed once; each configuration (every step on, then each step off in turn) codes the same
parses again, so an ablation over all steps costs one parse and one extraction and resolution per step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from eventwire.eval.gold import GoldDocument
from eventwire.eval.predictions import Predictions
from eventwire.eval.score import Report, score

log = logging.getLogger(__name__)

__all__ = ["Ablation", "ablate"]


@dataclass(frozen=True, slots=True)
class Ablation:
    """The figures of one configuration: ``step`` switched off (``None``: every step on, the baseline)."""

    step: str | None
    kind: str
    report: Report

    @property
    def fields_right(self) -> int:
        """Matched events' field values that are right, summed over the scored fields."""
        return sum(field.correct for field in self.report.fields.values())


def ablate(
    docs: Sequence[GoldDocument],
    *,
    disable: Iterable[str] = (),
    min_confidence: float | None = None,
    on_step: Callable[[int, int, str], None] | None = None,
) -> list[Ablation]:
    """The baseline (every step on but ``disable``), then one configuration per other step with it switched off, in
    the order the steps run; ``on_step(i, n, name)`` is told of each before it is coded."""
    from eventwire.pipeline import Coder, CodeResult, step_registries

    base = Coder(disable=disable, min_confidence=min_confidence)
    parsed = list(base.parse_many(d.document for d in docs if not d.skip))
    steps = [
        step for registry in step_registries() for step in registry.steps.values() if step.name not in base.disabled
    ]

    def figures(coder: Coder) -> Report:
        predictions: Predictions = {}
        for item in parsed:
            result = item if isinstance(item, CodeResult) else coder.code_parsed(item)
            if result.error is not None:
                log.warning("not coded, scored as no events: %s", result.error)
            predictions[result.document.id] = result.events
        return score(docs, predictions)

    found = [Ablation(None, "", figures(base))]
    for i, step in enumerate(steps, start=1):
        if on_step is not None:
            on_step(i, len(steps), step.name)
        coder = Coder(base.nlp, disable=[*base.disabled, step.name], min_confidence=base.min_confidence)
        found.append(Ablation(step.name, step.kind, figures(coder)))
    return found
