"""Eleventh round: destruction caused by war or a blast, a share of buildings destroyed, troops encircling a place,
coordinated verbs sharing their subject, and disaster words that are no disaster ("the heart of the city",
"opening fire") (tests load the spaCy model)."""

from __future__ import annotations

import pytest


def _triggers(events, type_: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.trigger.root.lower_ for e in events if e.type == type_]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Most of the old bridges in the province were destroyed in the war.",
        "The town hall was destroyed in the 9 a.m. (0700 GMT) explosion, the governor said.",
        "About a third of the houses in the valley were destroyed by shelling.",
        "A quarter of the village's schools have been destroyed, a relief agency said.",
    ],
)
def test_destruction_by_war_or_blast_is_assault(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "destroyed" in _triggers(run(text), "ASSAULT")


@pytest.mark.slow
def test_destruction_by_fire_or_storm_alone_is_no_assault(run) -> None:  # type: ignore[no-untyped-def]
    assert not _triggers(run("Dozens of homes were destroyed by the wildfire last week."), "ASSAULT")
    assert not _triggers(run("The storm destroyed a quarter of the harvest."), "ASSAULT")


@pytest.mark.slow
def test_a_quarter_of_profits_is_still_market_talk(run) -> None:  # type: ignore[no-untyped-def]
    assert not _triggers(run("The bank said a quarter of its profits were destroyed by the currency slump."), "ASSAULT")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Soldiers encircled the village before dawn and searched every house.", "encircled"),
        ("The rebel-held town has been surrounded by government troops since March.", "surrounded"),
    ],
)
def test_forces_encircling_a_place_restrict_it(run, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in _triggers(run(text), "COERCE")


@pytest.mark.slow
def test_surrounding_as_plain_description_is_no_event(run) -> None:  # type: ignore[no-untyped-def]
    assert not _triggers(run("The debate surrounding the new budget continued for weeks."), "COERCE")


@pytest.mark.slow
def test_a_coordinated_verb_shares_the_subject(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The gunmen arrived in two cars, entered the hotel and took the guests hostage.")
    assert "entered" in _triggers(events, "ASSAULT")


@pytest.mark.slow
def test_the_heart_of_a_city_is_no_illness(run) -> None:  # type: ignore[no-untyped-def]
    assert "entered" in _triggers(run("Armed militants entered a mosque in the heart of the old city."), "ASSAULT")
    assert not _triggers(run("The former minister died of a heart attack on Sunday."), "ASSAULT")


@pytest.mark.slow
def test_opening_fire_is_shooting_not_a_blaze(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Police answered with opening fire on the crowd, killing and wounding at least twenty people.")
    assert "killing" in _triggers(events, "ASSAULT")


@pytest.mark.slow
def test_forces_firing_without_an_object_shoot(run) -> None:  # type: ignore[no-untyped-def]
    assert "fired" in _triggers(run("Two men died when soldiers fired wildly into the market square."), "ASSAULT")


@pytest.mark.slow
def test_striking_military_targets_is_assault(run) -> None:  # type: ignore[no-untyped-def]
    assert "striking" in _triggers(
        run("The guerrillas opened the campaign by striking forty targets in the north."), "ASSAULT"
    )
