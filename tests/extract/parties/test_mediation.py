"""Mediation between two sides targets both sides."""

from __future__ import annotations

import pytest

from tests.extract.events import Run, of_type, target_text


@pytest.mark.hand_built
def test_mediation_between_two_sides_targets_them(run: Run) -> None:
    text = "The Norwegian envoy began a mediation effort between Colombia and Venezuela."
    consult = of_type(run(text), "CONSULT")
    assert {target_text(e) for e in consult} == {"Colombia", "Venezuela"}
    assert all(e.source is not None and e.source.root.lower_ == "envoy" for e in consult)
