"""Releases: the people let go are the target, whether named, counted or a pronoun."""

from __future__ import annotations

import pytest

from tests.extract.events import Run


def _release(run: Run, text: str) -> tuple[str | None, str | None]:
    (event,) = [e for e in run(text) if e.type == "RETREAT"]
    source = event.source.text if event.source is not None else None
    target = event.target.text if event.target is not None else None
    return source, target


@pytest.mark.hand_built
def test_counted_people_released_are_the_target(run: Run) -> None:
    assert _release(run, "Police released the two journalists on Monday.") == ("Police", "the two journalists")


@pytest.mark.hand_built
def test_released_pronoun_object_is_an_event_with_that_target(run: Run) -> None:
    assert _release(run, "Police released them on Monday.") == ("Police", "them")


@pytest.mark.hand_built
def test_freed_pronoun_object_is_an_event(run: Run) -> None:
    assert _release(run, "Soldiers freed them near the river.") == ("Soldiers", "them")


def test_number_of_hostages_released(run: Run) -> None:
    assert _release(run, "The army released three hostages.") == ("The army", "three hostages")


def test_passive_release_by_an_agent(run: Run) -> None:
    assert _release(run, "The hostages were released by the rebels.") == ("the rebels", "The hostages")


def test_passive_pronoun_release(run: Run) -> None:
    assert _release(run, "They were released by the rebels on Friday.") == ("the rebels", "They")


def test_released_figures_are_no_release_of_people(run: Run) -> None:
    assert not [e for e in run("The ministry released the figures on Monday.") if e.type == "RETREAT"]


def test_returned_people_keep_the_recipient_as_target(run: Run) -> None:
    assert _release(run, "The army returned five prisoners to Ethiopia.") == ("The army", "Ethiopia")
