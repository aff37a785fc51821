"""Military operations and campaigns, and barrages of fire, are attacks; a barrage of words is none."""

from __future__ import annotations

from tests.extract.events import Run, of_type, text_of


def attacks(run: Run, text: str) -> list[tuple[str, str | None, str | None]]:
    """(trigger words, source, target) of each ASSAULT of ``text``."""
    return [(e.trigger.text, text_of(e.source), text_of(e.target)) for e in of_type(run(text), "ASSAULT")]


def test_operations_against_a_group_are_attacks_on_it(run: Run) -> None:
    found = attacks(run, "Government troops are conducting operations against al-Shabab in the region.")
    assert found == [("conducting operations against", "Government troops", "al-Shabab")]


def test_a_military_operation_is_an_attack(run: Run) -> None:
    found = attacks(run, "The army launched a military operation in the north on Monday.")
    assert [(t, s) for t, s, _ in found] == [("launched a military operation", "The army")]


def test_a_ground_campaign_is_an_attack(run: Run) -> None:
    found = attacks(run, "The militia led the ground campaign against Islamic State.")
    assert [t for t, _, _ in found] == ["led the ground campaign"]


def test_a_barrage_of_rockets_is_an_attack(run: Run) -> None:
    found = attacks(run, "Rebels fired a barrage of rockets at the town.")
    assert [(t, s) for t, s, _ in found] == [("fired a barrage of rockets at", "Rebels")]


def test_a_barrage_of_criticism_is_no_attack(run: Run) -> None:
    assert attacks(run, "The minister faced a barrage of criticism over the plan.") == []


def test_a_surgical_operation_is_no_event(run: Run) -> None:
    assert run("Surgeons said the operation on the patient went well.") == []
