"""Objects that give a trigger word a sense that is no act, also as the noun a relative clause or a participle
describes (tests load the spaCy model; sentences are our own)."""

from __future__ import annotations

from tests.extract.events import Run, of_type


def test_a_post_held_is_no_occupation(run: Run) -> None:
    events = run("She remains the dominant figure in the party, a post she has occupied since 2011.")
    assert of_type(events, "ASSAULT") == []


def test_ground_seized_is_still_an_occupation(run: Run) -> None:
    assert of_type(run("The rebels occupied the airport and the radio station on Sunday."), "ASSAULT")


def test_offering_a_view_is_no_agreement(run: Run) -> None:
    events = run("The finance minister offered no explanation for the sudden delay.")
    assert of_type(events, "AGREE") == []


def test_offering_a_step_is_still_an_agreement(run: Run) -> None:
    assert of_type(run("Norway offered to host the next round of negotiations."), "AGREE")


def test_pulling_out_front_in_a_race_is_no_withdrawal(run: Run) -> None:
    assert of_type(run("The two carmakers have pulled out front in the electric vehicle race."), "RETREAT") == []


def test_pulling_out_of_a_town_is_still_a_withdrawal(run: Run) -> None:
    assert of_type(run("The army pulled out of the northern town on Friday."), "RETREAT")


def test_a_plan_sanctioned_is_approved_not_penalised(run: Run) -> None:
    events = run("The new budget would need a spending plan sanctioned by the senate.")
    assert of_type(events, "SANCTION") == []


def test_banks_sanctioned_are_penalised(run: Run) -> None:
    assert of_type(run("The banks sanctioned by the treasury lost access to the dollar."), "SANCTION")


def test_resisting_an_easy_answer_is_no_rejection(run: Run) -> None:
    events = run("Voters found it hard to resist quick military solutions to the crisis.")
    assert of_type(events, "REJECT") == []
