"""Documents and media do nothing themselves: their doer is their issuer, and an outlet reporting a court's words
is no requester (sentences are our own)."""

from __future__ import annotations

import pytest

from eventwire.extract.raw import RawEvent
from tests.extract.events import Run


def _source(events: list[RawEvent], kind: str) -> str | None:
    (event,) = [e for e in events if e.type == kind]
    return event.source.text if event.source is not None else None


@pytest.mark.hand_built
def test_a_report_named_for_an_organisation_is_that_organisation(run: Run) -> None:
    assert _source(run("A UN report accused the army of killing civilians."), "ACCUSE") == "UN"


@pytest.mark.hand_built
def test_a_statement_by_a_ministry_is_the_ministry(run: Run) -> None:
    assert _source(run("The statement by the ministry condemned the raid."), "ACCUSE") == "the ministry"


def test_a_report_released_by_a_group_is_the_group(run: Run) -> None:
    text = "A report released by the rights group accused police of torture."
    assert _source(run(text), "ACCUSE") == "the rights group"


def test_videos_with_no_maker_are_no_doer(run: Run) -> None:
    events = run("Propaganda videos exhorting supporters to attack police were circulated online.")
    assert all(e.source is None or "video" not in e.source.text.lower() for e in events)
    assert all(e.source is None or e.source.text != "Propaganda" for e in events)


def test_an_outlet_reporting_a_court_is_not_the_one_who_demands(run: Run) -> None:
    events = run("The court said the government must release the detained activists, News Corp reported.")
    assert _source(events, "REQUEST") == "The court"


def test_a_speaker_after_the_content_still_makes_the_demand(run: Run) -> None:
    assert _source(run("Kenya must withdraw its troops, the minister said."), "REQUEST") == "the minister"
