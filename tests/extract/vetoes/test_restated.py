"""A copula that characterises an event already reported ("This is his first visit") codes no new event
(loads the spaCy model)."""

from __future__ import annotations

import pytest

from eventwire.extract import extract_events
from tests.tiers import Parse


@pytest.mark.parametrize(
    "text",
    [
        "This is the premier's first visit to Brazil since the election, and his first foreign trip this year.",
        "It will be the first visit by an Indian leader to Lima in a decade.",
        "That was the third attack on the village this month.",
    ],
)
def test_restating_copula_is_no_new_event(parse: Parse, text: str) -> None:
    assert [e for e in extract_events(parse(text)) if e.type in ("CONSULT", "ASSAULT")] == []


@pytest.mark.hand_built
def test_planned_visit_is_still_coded_beside_its_restatement(parse: Parse) -> None:
    doc = parse("Modi will visit Japan next week. It will be his first trip abroad this year.")
    events = [e for e in extract_events(doc) if e.type == "CONSULT"]
    assert [(e.trigger.text, e.status) for e in events] == [("visit", "planned")]
