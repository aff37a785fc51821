"""Fighting, battling or attacking an economic or social ill is policy, not violence (loads the spaCy model;
sentences are our own)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The bill gives the senators a chance to attack the trade deficit.",
        "The central bank will fight inflation with higher rates.",
        "The country is battling high unemployment.",
    ],
)
def test_an_ill_fought_is_no_assault(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in [e.type for e in run(text)]


@pytest.mark.parametrize(
    "text", ["The rebels attacked the army base.", "The troops will fight the insurgents near the border."]
)
def test_forces_fought_are_still_an_assault(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in [e.type for e in run(text)]
