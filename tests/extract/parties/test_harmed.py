"""Seventh-round recall: violence known by its victims (bodies found, wounds sustained: no doer, the harmed as
target), weapons hitting things and things hitting mines, pounding positions (most tests load the spaCy model)."""

from __future__ import annotations

import pytest

from eventwire.lexicons.triggers import LexiconError, parse_triggers


def test_harmed_constraint_must_name_subj_or_obj() -> None:
    with pytest.raises(LexiconError, match="harmed="):
        parse_triggers("find\t-\tV\tASSAULT\t-\t180\t0.6\tharmed=agent", {})


def test_harmed_constraint_is_read() -> None:
    (entry,) = parse_triggers("sustain\t-\tV\tASSAULT\t-\t180\t0.6\tharmed=subj", {})
    assert entry.harmed == "subj"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The bodies of three farmers were found near the dam on Tuesday.", "found", "farmers"),
        ("Soldiers discovered the bodies of six miners in a shallow grave.", "discovered", "miners"),
        ("Nine people sustained gunshot wounds in the ambush.", "sustained", "people"),
    ],
)
def test_victims_without_a_doer_are_the_target(run, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    (event,) = [e for e in run(text) if e.trigger.root.lower_ == trigger]
    assert event.type == "ASSAULT"
    assert event.source is None
    assert event.target is not None and event.target.root.lower_ == target


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A roadside bomb hit a bus carrying pilgrims near the border.", "bomb"),
        ("Several mortar shells hit the market on Sunday.", "shells"),
        ("More than twenty air strikes hit the valley overnight.", "strikes"),
    ],
)
def test_weapon_hitting_something_is_an_assault(run, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    (event,) = [e for e in run(text) if e.trigger.root.lower_ == "hit"]
    assert event.type == "ASSAULT"
    # the weapon is what hit, not who: the doer is unnamed (third precision round)
    assert event.source is None
    assert any(t.lower_ == source for t in event.sentence)


@pytest.mark.slow
def test_vehicle_hitting_a_mine_is_the_harmed(run) -> None:  # type: ignore[no-untyped-def]
    (event,) = [
        e for e in run("Their minibus hit a landmine on the road to the village.") if e.trigger.root.lower_ == "hit"
    ]
    assert event.type == "ASSAULT"
    assert event.source is None
    assert event.target is not None and event.target.root.lower_ == "minibus"


@pytest.mark.slow
def test_pounding_positions_is_an_assault(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Artillery pounded militia positions east of the town.")
    assert [e.type for e in events if e.trigger.root.lower_ == "pounded"] == ["ASSAULT"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Higher fuel costs hit the airline's earnings in the second quarter.",
        "The inquiry found that the governing body had acted within its powers.",
        "The hurricane hit the coast and several bodies were found on the beach.",
        "Divers recovered the bodies of the passengers after the ferry capsized.",
        "The midfielder sustained a knee injury in the second half of the match.",
    ],
)
def test_no_violence_without_a_weapon_or_a_killing(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in run(text) if e.type == "ASSAULT"], run(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The army lifted the state of emergency in Egypt on Monday.", "Egypt"),
        ("The governor lifted the state of emergency after the elections.", None),
    ],
)
def test_state_of_emergency_is_no_party(run, text: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    (event,) = [e for e in run(text) if e.trigger.root.lower_ == "lifted"]
    assert (event.target.text if event.target is not None else None) == target
