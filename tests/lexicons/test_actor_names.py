"""names.yaml of the knowledge-base build: words of office, organisation words, name particles, coverage titles;
a broken section fails at load time naming its file and line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.actors.names import FILE, load_name_words
from eventwire.lexicons.files import substituted

BreakLine = Callable[[str, str, str], tuple[str, int]]


def test_words_of_office_are_a_set() -> None:
    assert {"president", "secretary-general", "u.n."} <= load_name_words().office_words


def test_the_particles_keep_the_file_order() -> None:
    assert load_name_words().patronymic_particles[:3] == ("bin", "ibn", "bint")


def test_spelling_variants_of_organisation_words_are_listed_one_by_one() -> None:
    assert {"organisation", "organization", "al-qaeda", "al qaeda"} <= set(load_name_words().organisation_words)


def test_a_section_that_is_not_a_list_names_its_line(break_line: BreakLine) -> None:
    text, line = break_line(FILE, "patronymic_particles: [", "patronymic_particles: bin\nold: [")
    with (
        substituted(FILE, text),
        pytest.raises(DataFileError, match=f"data/{FILE} line {line}: section 'patronymic_particles'"),
    ):
        load_name_words()


def test_a_renamed_section_is_an_error_not_an_empty_list(break_line: BreakLine) -> None:
    text, _ = break_line(FILE, "coverage_titles:", "titles:")
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line \\d+: no section"):
        load_name_words()


def test_a_word_listed_twice_names_its_line(break_line: BreakLine) -> None:
    text, line = break_line(FILE, "  - hamas\n", "  - hamas\n  - army\n")
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line {line + 1}: 'army'"):
        load_name_words()
