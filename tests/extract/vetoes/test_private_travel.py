"""Private travel is no visit; an official's journey stays one."""

from __future__ import annotations

import pytest

from tests.extract.events import Run, types_and_cameos


@pytest.mark.parametrize(
    "sentence",
    [
        "Three pupils travelled abroad to join the militant group.",
        "Many families travelled for days to reach the camp.",
    ],
)
def test_private_travel_is_no_visit(run: Run, sentence: str) -> None:
    assert ("CONSULT", "042") not in types_and_cameos(run(sentence))


@pytest.mark.hand_built
def test_an_officials_journey_stays_a_visit(run: Run) -> None:
    assert ("CONSULT", "042") in types_and_cameos(run("The foreign minister travelled to Cairo to hold talks."))
