"""Disapproval and refusal told with a light verb: "expressed reservations", "leveled criticism", "declined to join"."""

from __future__ import annotations

from tests.extract.events import Run, types_and_cameos


def _codes(run: Run, text: str) -> set[tuple[str, str | None]]:
    return set(types_and_cameos(run(text)))


def test_expressed_reservations_are_disapproval(run: Run) -> None:
    assert ("ACCUSE", "111") in _codes(run, "The opposition leader expressed strong reservations about the new plan.")


def test_leveled_criticism_and_accusations(run: Run) -> None:
    assert ("ACCUSE", "111") in _codes(run, "The senator leveled criticism at the defence minister over the deal.")
    assert ("ACCUSE", "112") in _codes(run, "The rebels leveled accusations against the army on Monday.")


def test_declining_to_take_part_is_a_refusal(run: Run) -> None:
    assert ("REJECT", "120") in _codes(run, "Several governments declined to participate in the burden-sharing plan.")
    assert ("REJECT", "120") in _codes(run, "Ruritania declined to join the coalition against the rebels.")


def test_declining_to_comment_is_no_event(run: Run) -> None:
    assert _codes(run, "The minister declined to comment on the report.") == set()
