"""Violence known by its victims: the harmed are the target when no doer is named (bodies found,
wounds sustained, a vehicle hitting a mine), and -ing clauses with victims of their own ("..., killing five",
"..., leaving ten dead") are assaults on them."""

from __future__ import annotations

import pytest

from eventwire.extract.parties.harmed import harmed_parties
from eventwire.extract.vetoes.natural_deaths import natural_death
from tests.docs_builder import parsed, text, word
from tests.extract.events import Run, roots_and_parties


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The bodies of three farmers were found near the dam on Tuesday.", "found", "farmers"),
        ("Soldiers discovered the bodies of six miners in a shallow grave.", "discovered", "miners"),
        ("Nine people sustained gunshot wounds in the ambush.", "sustained", "people"),
    ],
)
def test_victims_without_a_doer_are_the_target(run: Run, text: str, trigger: str, target: str) -> None:
    (event,) = [e for e in run(text) if e.trigger.root.lower_ == trigger]
    assert event.type == "ASSAULT"
    assert event.source is None
    assert event.target is not None
    assert event.target.root.lower_ == target


@pytest.mark.hand_built
def test_vehicle_hitting_a_mine_is_the_harmed(run: Run) -> None:
    (event,) = [
        e for e in run("Their minibus hit a landmine on the road to the village.") if e.trigger.root.lower_ == "hit"
    ]
    assert event.type == "ASSAULT"
    assert event.source is None
    assert event.target is not None
    assert event.target.root.lower_ == "minibus"


@pytest.mark.hand_built
def test_a_killing_clause_is_its_own_assault_with_the_attackers_and_victims(run: Run) -> None:
    found = roots_and_parties(run("Gunmen opened fire on a wedding party, killing 9 and wounding 15."), "ASSAULT")
    assert ("killing", "Gunmen", "9") in found
    assert ("wounding", "Gunmen", "15") in found


@pytest.mark.hand_built
def test_leaving_people_dead_is_an_assault_on_them(run: Run) -> None:
    found = roots_and_parties(run("A mortar round landed near the clinic, leaving six patients dead."), "ASSAULT")
    assert ("leaving", "", "six patients") in found  # a mortar round is the means, not the doer


def test_leaving_without_casualties_is_no_assault(run: Run) -> None:
    found = roots_and_parties(run("The governor left the hall at noon, leaving the delegates puzzled."), "ASSAULT")
    assert not [f for f in found if f[0] == "leaving"]


def test_a_quantity_word_counts_the_victims(run: Run) -> None:
    found = roots_and_parties(run("Riot police charged the marchers with batons, injuring dozens."), "ASSAULT")
    assert ("injuring", "Riot police", "dozens") in found


def test_an_ing_clause_with_no_victims_of_its_own_adds_no_event(run: Run) -> None:
    found = roots_and_parties(run("The army shelled the hill villages for hours, killing."), "ASSAULT")
    assert [f[0] for f in found] == ["shelled"]


def test_the_harmed_subject_is_the_target_and_no_doer_is_named() -> None:
    doc = parsed("Their minibus hit a landmine on the road to the village.")
    parties = harmed_parties(word(doc, "hit"), "subj")
    assert parties.source is None
    assert text(parties.target) == "minibus"


def test_a_disaster_word_in_the_sentence_makes_a_death_natural() -> None:
    doc = parsed("Floods hit Kisumu and Homa Bay last week. Police fired tear gas at a crowd.")
    assert natural_death(word(doc, "hit"), frozenset({"flood"}), frozenset({"sniper"}))


def test_a_death_with_no_disaster_word_is_no_natural_death() -> None:
    doc = parsed("Two soldiers were killed and 7 others injured when their truck hit a landmine.")
    assert not natural_death(word(doc, "killed"), frozenset({"flood"}), frozenset({"sniper"}))
