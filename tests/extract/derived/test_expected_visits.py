"""A visit others expect of someone is no stated intent of theirs; one they say they expect or are prepared to
make is."""

from __future__ import annotations

import pytest

from eventwire.extract.raw import RawEvent
from tests.extract.events import Run


def _types(events: list[RawEvent]) -> list[str]:
    return sorted(e.type for e in events)


@pytest.mark.slow
def test_a_visit_expected_of_someone_is_no_agreement(run: Run) -> None:
    assert _types(run("The French president is expected to visit Moscow next week.")) == ["CONSULT"]


@pytest.mark.slow
def test_a_visit_someone_expects_or_is_prepared_to_make_is_a_stated_intent(run: Run) -> None:
    assert _types(run("The French president expects to visit Moscow next week.")) == ["AGREE", "CONSULT"]
    assert _types(run("The French president is prepared to visit Moscow next week.")) == ["AGREE", "CONSULT"]
