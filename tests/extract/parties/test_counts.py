"""A target that is only a count stands for the people it counts (tests load the spaCy model; sentences are our
own)."""

from __future__ import annotations

import pytest

from eventwire.extract.parties.counts import counted_noun, is_count
from eventwire.extract.raw import RawEvent
from tests.docs_builder import parsed, word
from tests.extract.events import Run

HEADCOUNTS = frozenset({"other", "dozen", "several"})


def _targets(events: list[RawEvent], trigger: str) -> list[str]:
    return [e.target.text for e in events if e.trigger.text == trigger and e.target is not None]


@pytest.mark.hand_built
def test_others_after_a_counted_noun_are_more_of_that_noun(run: Run) -> None:
    events = run("Gunmen shot two farmers and injured three others near the river on Friday.")
    assert _targets(events, "injured") == ["two farmers"]


@pytest.mark.hand_built
def test_others_of_a_passive_count_are_the_counted_soldiers(run: Run) -> None:
    events = run("Two soldiers were killed and 7 others injured when their truck hit a landmine.")
    assert _targets(events, "injured") == ["Two soldiers"]


def test_a_count_of_an_of_phrase_is_the_people_named_there(run: Run) -> None:
    events = run("Bandits killed seven of the herders on Sunday.")
    assert _targets(events, "killed") == ["the herders"]


def test_a_count_with_nothing_to_count_stays_the_target(run: Run) -> None:
    assert _targets(run("Militants killed 7 in an attack on the market."), "killed") == ["7"]
    assert _targets(run("Dozens were injured when police fired tear gas."), "injured") == ["Dozens"]


def test_a_counted_doer_is_not_what_a_count_target_counts(run: Run) -> None:
    events = run("Three gunmen killed two in the market.")
    assert _targets(events, "killed") == ["two"]


def test_others_after_counted_people_are_more_of_them() -> None:
    doc = parsed("Gunmen shot two farmers and injured three others near the river on Friday.")
    others = word(doc, "others")
    assert is_count(others, HEADCOUNTS)
    assert counted_noun(others, word(doc, "Gunmen"), frozenset({"farmer"}), HEADCOUNTS, frozenset()).text == "farmers"


def test_a_noun_is_no_count() -> None:
    doc = parsed("Gunmen shot two farmers and injured three others near the river on Friday.")
    assert not is_count(word(doc, "farmers"), HEADCOUNTS)
    farmers = word(doc, "farmers")
    assert counted_noun(farmers, None, frozenset({"farmer"}), HEADCOUNTS, frozenset()) is farmers
