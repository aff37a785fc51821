"""The word lists of the place rules (data/places/cues.yaml): every section present, read and made of words."""

from __future__ import annotations

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.files import read_text, substituted
from eventwire.lexicons.places.cues import FILE, PlaceCues, hyphenated_article, load_place_cues


def _with(old: str, new: str) -> str:
    """The shipped file with one line changed."""
    text = read_text(FILE)
    assert old in text
    return text.replace(old, new, 1)


def _line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if line.startswith(start))


def test_every_section_is_a_field() -> None:
    cues = load_place_cues()
    assert all(getattr(cues, name) for name in PlaceCues.__dataclass_fields__)


def test_a_renamed_section_fails_naming_its_line() -> None:
    text = _with("road_nouns:", "roads_nouns:")
    line = _line_of(text, "roads_nouns:")
    with substituted(FILE, text), pytest.raises(DataFileError, match=rf"^data/places/cues.yaml line {line}: section"):
        load_place_cues()


def test_a_missing_section_is_an_error_not_an_empty_list() -> None:
    text = "\n".join(line for line in read_text(FILE).splitlines() if not line.startswith("water_tails:"))
    with substituted(FILE, text), pytest.raises(DataFileError, match=r"no section 'water_tails'"):
        load_place_cues()


def test_an_unquoted_yaml_boolean_names_its_line() -> None:
    text = _with("motion_preps: [from, to, toward, towards]", "motion_preps: [from, to, toward, towards,\n  off]")
    line = _line_of(text, "  off]")
    with substituted(FILE, text), pytest.raises(DataFileError, match=rf"line {line}: section 'motion_preps': False"):
        load_place_cues()


def test_malformed_yaml_names_its_line() -> None:
    text = _with("water_tails: [canal, river]", "water_tails: [canal, river")
    with substituted(FILE, text), pytest.raises(DataFileError, match=r"^data/places/cues.yaml line \d+: malformed"):
        load_place_cues()


def test_the_hyphenated_article_pattern_is_built_from_its_list() -> None:
    assert hyphenated_article().match("Al-Madiyounah")


def test_the_hyphenated_article_pattern_holds_only_listed_articles() -> None:
    assert not hyphenated_article().match("Abu-Madiyounah")


def test_quoted_words_are_read_as_words() -> None:
    assert {"on", "off"} <= load_place_cues().locative_preps
