"""Over-reach found by the precision audit on full news articles: a date is no party, committing crimes is no
pledge, a passive put in a question or shared with an active verb keeps its sufferer as target (tests load the
spaCy model; sentences are our own)."""

from __future__ import annotations

import pytest


@pytest.mark.slow
def test_a_date_owning_an_attack_is_not_its_doer(run, parties) -> None:  # type: ignore[no-untyped-def]
    events = run("Dozens of families were hurt by Monday's rocket attack on the northern district.")
    assert all(source != "Monday" for source, _ in parties(events, "attack"))


@pytest.mark.slow
def test_committing_crimes_is_no_agreement(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The militia has committed many abuses since it crossed the river.")
    assert not [e for e in events if e.type == "AGREE"]


@pytest.mark.slow
def test_being_committed_to_a_step_is_still_an_agreement(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Chile is committed to reforming its courts, the justice minister said.")
    assert [e.type for e in events if e.trigger.text.startswith("committed")] == ["AGREE"]


@pytest.mark.slow
def test_a_passive_in_a_question_keeps_its_subject_as_target(run, parties) -> None:  # type: ignore[no-untyped-def]
    events = run("Why are we shelled every night by the army?")
    assert parties(events, "shelled") == [("the army", "we")]


@pytest.mark.slow
def test_a_passive_conjunct_of_an_active_verb_has_no_doer_from_it(run, parties) -> None:  # type: ignore[no-untyped-def]
    events = run("The rebels entered the town and were attacked by the army.")
    assert parties(events, "attacked") == [("the army", "The rebels")]
