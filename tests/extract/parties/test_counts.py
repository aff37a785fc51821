"""A target that is only a count stands for the people it counts (tests load the spaCy model; sentences are our
own)."""

from __future__ import annotations

import pytest


def _targets(events, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.target.text for e in events if e.trigger.text == trigger and e.target is not None]


@pytest.mark.slow
def test_others_after_a_counted_noun_are_more_of_that_noun(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Gunmen shot two farmers and injured three others near the river on Friday.")
    assert _targets(events, "injured") == ["two farmers"]


@pytest.mark.slow
def test_others_of_a_passive_count_are_the_counted_soldiers(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Two soldiers were killed and 7 others injured when their truck hit a landmine.")
    assert _targets(events, "injured") == ["Two soldiers"]


@pytest.mark.slow
def test_a_count_of_an_of_phrase_is_the_people_named_there(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Bandits killed seven of the herders on Sunday.")
    assert _targets(events, "killed") == ["the herders"]


@pytest.mark.slow
def test_a_count_with_nothing_to_count_stays_the_target(run) -> None:  # type: ignore[no-untyped-def]
    assert _targets(run("Militants killed 7 in an attack on the market."), "killed") == ["7"]
    assert _targets(run("Dozens were injured when police fired tear gas."), "injured") == ["Dozens"]


@pytest.mark.slow
def test_a_counted_doer_is_not_what_a_count_target_counts(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Three gunmen killed two in the market.")
    assert _targets(events, "killed") == ["two"]
