"""Unit tests of ``extract.modes`` on hand-built parses: an attack's mode from the words around its trigger, the
first mode of ``assault_modes`` whose words appear."""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.context import Extraction, load_data
from eventwire.extract.modes import assault_mode
from eventwire.extract.triggers.candidates import Candidate
from tests.docs_builder import parsed
from tests.extract.candidates import candidate

LANDMINE = "Their minibus hit a landmine on the road to the village."
BOMB = "Nine people were killed and many more wounded by a bomb in the city."
GUNMEN = "Gunmen shot two farmers and injured three others near the river on Friday."
ATTACKS = "Attacks on nurses are attacks on all of us."


def _mode(cand: Candidate) -> str | None:
    return assault_mode(cand, Extraction(cand.token.doc, (cand,), load_data()))


def test_a_landmine_hit_is_by_explosives() -> None:
    assert _mode(candidate(parsed(LANDMINE), "hit", "ASSAULT")) == "explosives"


def test_a_bomb_in_the_passive_agent_makes_the_killing_by_explosives() -> None:
    assert _mode(candidate(parsed(BOMB), "killed", "ASSAULT")) == "explosives"


def test_gunmen_shooting_is_by_firearms() -> None:
    assert _mode(candidate(parsed(GUNMEN), "shot", "ASSAULT")) == "firearms"


def test_no_mode_word_near_gives_no_mode() -> None:
    assert _mode(candidate(parsed(ATTACKS), "attacks", "ASSAULT")) is None


def test_only_attacks_take_a_mode() -> None:
    assert _mode(candidate(parsed(LANDMINE), "hit", "PROTEST")) is None


def test_the_first_listed_mode_wins() -> None:
    data = load_data()
    cues = replace(data.cues, assault_modes=(("ambush", frozenset({"river"})), ("firearms", frozenset({"gunman"}))))
    cand = candidate(parsed(GUNMEN), "shot", "ASSAULT")
    assert assault_mode(cand, Extraction(cand.token.doc, (cand,), replace(data, cues=cues))) == "ambush"
