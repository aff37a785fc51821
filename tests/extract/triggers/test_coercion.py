"""Coercion: holding people is detention, forces encircling a place restrict it, holding people hostage is
abduction, extending a curfew coerces; holding talks, surrounding as description and production quotas do not."""

from __future__ import annotations

import pytest

from tests.extract.events import Run, of_type, roots_of_type


@pytest.mark.hand_built
def test_holding_people_is_detention(run: Run) -> None:
    coerce = of_type(run("The militia has been holding hundreds of villagers in a school near the front."), "COERCE")
    assert coerce
    assert coerce[0].cameo == "173"
    assert coerce[0].target is not None
    assert coerce[0].target.root.lower_ == "villagers"


def test_holding_talks_seats_or_hostages_is_no_detention(run: Run) -> None:
    assert not of_type(run("The two presidents held talks on trade in the capital."), "COERCE")
    assert not of_type(run("The ruling party holds forty seats in the assembly."), "COERCE")
    hostage = run("Gunmen held the passengers hostage for a day.")
    assert not of_type(hostage, "COERCE")
    assert of_type(hostage, "ASSAULT")[0].cameo == "181"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Soldiers encircled the village before dawn and searched every house.", "encircled"),
        ("The rebel-held town has been surrounded by government troops since March.", "surrounded"),
    ],
)
def test_forces_encircling_a_place_restrict_it(run: Run, text: str, trigger: str) -> None:
    assert trigger in roots_of_type(run(text), "COERCE")


@pytest.mark.hand_built
def test_surrounding_as_plain_description_is_no_event(run: Run) -> None:
    assert not roots_of_type(run("The debate surrounding the new budget continued for weeks."), "COERCE")


def test_holding_people_hostage_read_as_a_verb_is_abduction(run: Run) -> None:
    events = run("Pirates held the sailors hostage for two weeks.")
    assault = of_type(events, "ASSAULT")
    assert assault
    assert assault[0].cameo == "181"
    assert not of_type(events, "COERCE")


def test_extending_a_production_quota_is_no_coercion(run: Run) -> None:
    found = {e.type for e in run("Farm ministers decided to extend the milk quota scheme for two more years.")}
    assert not found & {"COERCE", "THREATEN"}, found
    assert "COERCE" in {e.type for e in run("The government extended the curfew for another week.")}
