"""The misspelling rule for trigger words (no model needed)."""

from __future__ import annotations

import pytest

from eventwire.extract.triggers.candidates import find_candidates
from eventwire.extract.triggers.typos import _correction, corrected_lemma, inflections, within_one_edit
from eventwire.lexicons.triggers import load_lexicon
from tests.docs_builder import parsed, word
from tests.extract.events import Run, of_type


@pytest.mark.parametrize(
    ("typo", "word"),
    [
        ("protestd", "protested"),  # a letter dropped
        ("attakced", "attacked"),  # two neighbours swapped
        ("demonstrattion", "demonstration"),  # a letter doubled
        ("violense", "violence"),  # a letter replaced
    ],
)
def test_one_keystroke_away(typo: str, word: str) -> None:
    assert within_one_edit(typo, word)


@pytest.mark.parametrize(("one", "other"), [("protestors", "protested"), ("attacked", "attached"[::-1])])
def test_two_keystrokes_away_is_not_a_match(one: str, other: str) -> None:
    assert not within_one_edit(one, other)


def test_inflections_drop_a_final_e_and_turn_a_final_y() -> None:
    assert {"demonstrated", "demonstrating", "demonstrates"} <= inflections("demonstrate")
    assert {"occupied", "occupies"} <= inflections("occupy")


def test_misspelt_trigger_forms_map_to_their_lemma() -> None:
    assert _correction("demonstated") == "demonstrate"
    assert _correction("attakced") == "attack"
    assert _correction("protestd") == "protest"


def test_a_word_near_no_trigger_is_left_alone() -> None:
    assert _correction("breakfasts") is None


@pytest.mark.hand_built
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Students protestd over the closure of their hostel.", "PROTEST"),
        ("Raiders attakced several houses at night.", "ASSAULT"),
        ("Herders demonstated against the eviction.", "PROTEST"),
    ],
)
def test_misspelt_trigger_is_read_as_meant(run: Run, text: str, event_type: str) -> None:
    assert of_type(run(text), event_type)


def test_an_unknown_word_one_keystroke_from_a_trigger_is_that_trigger() -> None:
    doc = parsed("Raiders attakced several houses at night.")
    assert corrected_lemma(word(doc, "attakced")) == "attack"
    assert [(c.token.text, c.entry.type) for c in find_candidates(doc, load_lexicon())] == [("attakced", "ASSAULT")]


def test_a_known_word_is_never_corrected() -> None:
    assert corrected_lemma(word(parsed("Raiders attakced several houses at night."), "several")) is None
