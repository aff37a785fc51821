"""Concessions and retreats: lifting restrictions is CONCEDE and lifting sanctions RETREAT, returning a
place is RETREAT but people coming back are not, negotiators returning for talks consult, and withdrawn
inspectors are a sanction."""

from __future__ import annotations

import pytest

from tests.extract.events import Run, types_and_cameos, types_by_root


@pytest.mark.hand_built
def test_negotiators_returning_for_talks_consult(run: Run) -> None:
    events = run("Chilean and Bolivian negotiators return to Lima next week for talks on the water dispute.")
    assert ("CONSULT", "return") in types_by_root(events)
    assert not any(e.type == "RETREAT" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of refugees returned home to the valley after the floods.",
        "The delegation returned to the capital after the summit.",
    ],
)
def test_coming_back_is_no_retreat(run: Run, text: str) -> None:
    assert not any(e.type == "RETREAT" for e in run(text))


@pytest.mark.hand_built
def test_returning_a_place_is_still_retreat(run: Run) -> None:
    events = run("The army returned the border town to the civilian administration.")
    assert ("RETREAT", "returned") in types_by_root(events)


def test_an_announced_withdrawal_of_inspectors_is_a_sanction_threatened(run: Run) -> None:
    events = run("The commission chief announced that he will withdraw its weapons inspectors from Ruritania.")
    found = types_and_cameos(events)
    assert ("SANCTION", "1662") in found
    assert ("THREATEN", "130") in found
    assert not any(e.type == "RETREAT" for e in events)


@pytest.mark.parametrize(
    ("text", "event_type", "cameo"),
    [
        ("The government lifted the curfew in the capital.", "CONCEDE", "081"),
        ("Authorities eased the night curfew on Sunday.", "CONCEDE", "081"),
        ("The president lifted the state of emergency in the north.", "CONCEDE", "081"),
        ("The European Union lifted sanctions on Belarus.", "RETREAT", "085"),
        ("Washington eased its embargo on Havana.", "RETREAT", "085"),
        ("The cabinet suspended the sanctions against its neighbour.", "RETREAT", "085"),
    ],
)
def test_restrictions_are_conceded_and_sanctions_retreated(run: Run, text: str, event_type: str, cameo: str) -> None:
    found = {(e.type, e.cameo) for e in run(text)}
    assert (event_type, cameo) in found
    assert not {t for t, _ in found} & ({"CONCEDE", "RETREAT"} - {event_type})


def test_a_lifted_curfew_coordinated_with_another_is_not_imposed(run: Run) -> None:
    types = [e.type for e in run("The army lifted the state of emergency and the curfew in the south.")]
    assert types == ["CONCEDE"]
