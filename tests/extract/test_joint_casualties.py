"""One event per attack: two casualty verbs side by side over one object are one act (``dedup.joint_casualties``;
loads the spaCy model; sentences are our own)."""

from __future__ import annotations

import pytest

from eventwire.extract.raw import RawEvent
from tests.extract.events import Run, text_of

pytestmark = pytest.mark.slow
STEP = "dedup.joint_casualties"


def _attacks(events: list[RawEvent]) -> list[tuple[str, str | None]]:
    return [(e.trigger.text, text_of(e.target)) for e in events if e.type == "ASSAULT"]


def test_killing_and_wounding_is_one_attack(run: Run) -> None:
    events = run("Reports said the shelling was killing and wounding dozens of villagers.")
    assert ("killing and wounding", "villagers") in _attacks(events)
    assert "wounding" not in [e.trigger.text for e in events]


def test_killed_or_wounded_takes_the_shared_object(run: Run) -> None:
    events = run("The air force said its jets killed or wounded 300 fighters last year.")
    assert _attacks(events) == [("killed or wounded", "300 fighters")]


def test_casualty_verbs_with_objects_of_their_own_stay_two(run: Run) -> None:
    events = run("Gunmen killed five farmers and wounded three herders near the river.")
    assert [t for t, _ in _attacks(events)] == ["killed", "wounded"]


def test_a_casualty_verb_with_its_own_subject_stays(run: Run) -> None:
    events = run("Soldiers killed two gunmen and the gunmen wounded a guard.")
    assert len(_attacks(events)) == 2
