"""A step still to come that the text does not date gets no date: it happens after the day reported, not on it."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text


def _dates(text: str, kind: str) -> list[tuple[str, str] | None]:
    events = [e for e in code_text(text, published="2024-05-02") if e.type == kind]
    return [(e.date.start.isoformat(), e.date.end.isoformat()) if e.date else None for e in events]


@pytest.mark.slow
def test_an_undated_planned_step_has_no_date() -> None:
    assert _dates("The two governments will sign a trade agreement.", "SUPPORT") == [None]


@pytest.mark.slow
def test_a_dated_planned_step_keeps_its_date() -> None:
    assert _dates("The two governments will sign a trade agreement on Friday.", "SUPPORT") == [
        ("2024-05-03", "2024-05-03")
    ]


@pytest.mark.slow
def test_an_undated_step_taken_is_the_day_reported() -> None:
    assert _dates("The two governments signed a trade agreement.", "SUPPORT") == [("2024-05-02", "2024-05-02")]
