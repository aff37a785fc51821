"""A denial whose text names no target answers the accuser of the nearest accusation before it (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text


def _denials(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in code_text(text, published="2020-05-01")
        if e.type == "REJECT"
    ]


@pytest.mark.slow
def test_a_denial_answers_the_accuser_before_it() -> None:
    assert _denials("Nairobi has accused Kampala of arming the rebels. Uganda denied the charges on Monday.") == [
        ("UGA", "KEN")
    ]


@pytest.mark.slow
def test_a_denial_with_no_accusation_before_it_keeps_no_target() -> None:
    assert _denials("Nairobi hosted talks on Sunday. Uganda denied the charges on Monday.") == [("UGA", None)]


@pytest.mark.slow
def test_an_accusation_too_far_back_is_not_answered() -> None:
    text = (
        "Nairobi has accused Kampala of arming the rebels. The rebels took two towns. Aid agencies left the region. "
        "Thousands fled their homes. Uganda denied the charges on Monday."
    )
    assert _denials(text) == [("UGA", None)]
