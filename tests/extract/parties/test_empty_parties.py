"""A party that would be nothing but the trigger itself is no party: coding the sentence must not fail (it once
refused whole documents with "Span index out of range")."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text


@pytest.mark.slow
def test_a_misparsed_conjunct_trigger_leaves_no_empty_party() -> None:
    # the parser hangs "imprisoned" on "volunteer" as a conjunct, so the one imprisoned is read as the trigger
    events = code_text(
        "A volunteer on the wrong side risks being shot by a drone, or imprisoned on return as a suspect."
    )
    assert events
    for event in events:
        for actor in (event.source, event.target):
            assert actor is None or actor.text.strip()
