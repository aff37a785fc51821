"""Military exercises: one state's war games are a show of force (MOBILIZE), two sides' are cooperation
(COOPERATE 062)."""

from __future__ import annotations

import pytest

from eventwire.extract.derived.exercises import two_sided
from eventwire.extract.parties.record import Parties
from tests.docs_builder import parsed, word
from tests.extract.events import Run


@pytest.mark.hand_built
@pytest.mark.parametrize(
    "text",
    [
        "Iran held war games in the Gulf on Monday.",
        "China staged large-scale war games near the strait.",
        "Russia held military exercises near the border.",
    ],
)
def test_one_state_war_games_are_a_show_of_force(run: Run, text: str) -> None:
    found = {(e.type, e.cameo) for e in run(text)}
    assert ("MOBILIZE", "150") in found
    assert "COOPERATE" not in {t for t, _ in found}


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Belarus held war games.",
        "The navy held war games with the United States.",
        "Russia held military exercises with Belarus.",
        "Chilean and Peruvian warships began a week of war games off the coast.",
        "The two navies began war games off the coast.",
        "Turkey and Azerbaijan held drills near the border.",
    ],
)
def test_two_sides_war_games_are_cooperation(run: Run, text: str) -> None:
    found = {(e.type, e.cameo) for e in run(text)}
    assert ("COOPERATE", "062") in found
    assert "MOBILIZE" not in {t for t, _ in found}


NAVIES = frozenset({"navy"})


def test_coordinated_doers_of_war_games_are_two_sides() -> None:
    doc = parsed("Russia and Belarus held war games.")
    assert two_sided(word(doc, "games"), Parties(source=word(doc, "Russia")), NAVIES)


def test_one_state_holding_war_games_is_one_side() -> None:
    doc = parsed("Iran held war games in the Gulf on Monday.")
    assert not two_sided(word(doc, "games"), Parties(source=word(doc, "Iran")), NAVIES)


def test_a_counted_plural_of_a_side_word_is_several_sides() -> None:
    doc = parsed("The two navies began war games off the coast.")
    games, navies = word(doc, "games"), word(doc, "navies")
    assert two_sided(games, Parties(source=navies), NAVIES)
    assert not two_sided(games, Parties(source=navies), frozenset())
