"""Unit tests of ``extract.context`` on hand-built parses: the data the steps read, and one document's trigger
matches looked up by token, by kind, and behind an event."""

from __future__ import annotations

from eventwire.extract.context import Extraction, load_data
from eventwire.extract.raw import RawEvent
from tests.docs_builder import parsed, word

ARREST = "The army's arrest of the mayor angered the town."
GUNMEN = "Gunmen shot two farmers and injured three others near the river on Friday."


def test_the_data_is_loaded_once() -> None:
    assert load_data() is load_data()


def test_the_party_finders_word_lists_come_from_the_word_classes() -> None:
    assert "clash" in load_data().arguments.reciprocal


def test_each_trigger_match_is_found_at_its_token() -> None:
    doc = parsed(ARREST)
    ex = Extraction.of(doc, load_data())
    assert ex.by_token[word(doc, "arrest").i].entry.type == "COERCE"


def test_the_triggers_are_the_tokens_of_the_matches() -> None:
    doc = parsed(GUNMEN)
    ex = Extraction.of(doc, load_data())
    assert ex.triggers == {word(doc, w).i for w in ("Gunmen", "shot", "injured")}


def test_an_arrest_trigger_is_listed_with_the_arrests() -> None:
    doc = parsed(ARREST)
    assert Extraction.of(doc, load_data()).arrests == {word(doc, "arrest").i}


def test_a_shooting_is_no_arrest() -> None:
    assert Extraction.of(parsed(GUNMEN), load_data()).arrests == frozenset()


def test_attacks_and_their_backup_doers_are_of_the_types_a_command_orders() -> None:
    doc = parsed(GUNMEN)
    assert Extraction.of(doc, load_data()).ordered == {word(doc, w).i for w in ("Gunmen", "shot", "injured")}


def test_the_match_behind_an_event_is_found_in_a_longer_trigger_span() -> None:
    doc = parsed(GUNMEN)
    ex = Extraction.of(doc, load_data())
    found = ex.candidate(RawEvent("ASSAULT", doc[1:4], doc[:]))
    assert found is ex.by_token[word(doc, "shot").i]


def test_an_event_on_no_matched_word_has_no_match() -> None:
    doc = parsed(GUNMEN)
    river = word(doc, "river")
    assert Extraction.of(doc, load_data()).candidate(RawEvent("ASSAULT", doc[river.i : river.i + 1], doc[:])) is None


def test_the_steps_switched_off_are_kept() -> None:
    ex = Extraction.of(parsed(GUNMEN), load_data(), frozenset({"some_step"}))
    assert ex.disabled == {"some_step"}
