"""Commitments: being committed to a step is an agreement, committing crimes is not."""

from __future__ import annotations

import pytest

from tests.extract.events import Run


@pytest.mark.hand_built
def test_committing_crimes_is_no_agreement(run: Run) -> None:
    events = run("The militia has committed many abuses since it crossed the river.")
    assert not [e for e in events if e.type == "AGREE"]


def test_being_committed_to_a_step_is_still_an_agreement(run: Run) -> None:
    events = run("Chile is committed to reforming its courts, the justice minister said.")
    assert [e.type for e in events if e.trigger.text.startswith("committed")] == ["AGREE"]
