"""Where a meeting is held is no side of it: with coordinated doers, the second is the other side, not the
venue in the "at" phrase (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.extract.events import Parties, Run


@pytest.mark.slow
def test_the_second_of_coordinated_doers_is_the_other_side_not_the_venue(run: Run, parties: Parties) -> None:
    events = run("Tribal chiefs and provincial officials were meeting at the Grand Palace Hotel in Kandahar.")
    assert parties(events, "meeting") == [("Tribal chiefs", "provincial officials")]


@pytest.mark.slow
def test_a_named_counterpart_stays_the_target(run: Run, parties: Parties) -> None:
    events = run("Macron met Scholz at the Elysee Palace on Tuesday.")
    assert parties(events, "met") == [("Macron", "Scholz")]
