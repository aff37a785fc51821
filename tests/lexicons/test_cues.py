"""The extraction cues of ``data/extract/cues.yaml``: one typed section each, checked at load, a bad or missing
section naming the file and line."""

from __future__ import annotations

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.cues import CUES_FILE, load_cues
from eventwire.lexicons.files import read_text, substituted
from eventwire.model import EVENT_TYPES


def _broken(old: str, new: str) -> str:
    text = read_text(CUES_FILE)
    assert text.count(old) == 1, old
    return text.replace(old, new)


def _line_of(text: str, words: str) -> int:
    return text[: text.index(words)].count("\n") + 1


def test_sections_are_typed_word_sets() -> None:
    cues = load_cues()
    assert "warn" in cues.alerts.verbs


def test_status_words_map_to_statuses() -> None:
    assert load_cues().status.aux["might"] == "hypothetical"


def test_background_prepositions_list_event_types() -> None:
    assert load_cues().background.preps["amid"] <= frozenset(EVENT_TYPES)


def test_assault_modes_keep_the_order_of_the_file() -> None:
    assert [mode for mode, _ in load_cues().assault_modes][:2] == ["drone", "aerial"]


def test_class_groups_are_unions_of_word_classes() -> None:
    assert "soldier" in load_cues().class_groups.modifier_doers


def test_a_missing_section_is_an_error_not_an_empty_list() -> None:
    text = _broken("  state_verbs: [", "  stateverbs: [")
    with substituted(CUES_FILE, text), pytest.raises(DataFileError, match="no section 'state_verbs'"):
        load_cues()


def test_a_status_word_with_an_unknown_status_names_its_line() -> None:
    text = _broken("    will: planned\n", "    will: someday\n")
    line = _line_of(text, "    will: someday")
    with substituted(CUES_FILE, text), pytest.raises(DataFileError, match=f"cues.yaml line {line}: 'someday'"):
        load_cues()


def test_a_background_type_that_is_no_event_type_names_its_line() -> None:
    text = _broken("    amidst: [SANCTION,", "    amidst: [SANCTIONS,")
    line = _line_of(text, "    amidst:")
    with substituted(CUES_FILE, text), pytest.raises(DataFileError, match=f"cues.yaml line {line}: 'amidst'"):
        load_cues()


def test_a_class_group_naming_no_class_names_its_line() -> None:
    text = _broken("  ing_doers: [human, crowd, worker]", "  ing_doers: [human, crowds]")
    line = _line_of(text, "  ing_doers:")
    with substituted(CUES_FILE, text), pytest.raises(DataFileError, match=f"cues.yaml line {line}: .*crowds"):
        load_cues()
