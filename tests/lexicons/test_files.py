"""Reading data files: rows and sections remember their line, and a fault names the file and line."""

from __future__ import annotations

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.files import data_path, loader, read_tsv, read_yaml, substituted

TABLE = "# a comment\nname\tcountry\nAlpha\tKEN\n\nBeta\tUGA;TZA\n"
WORDS = "# words\nroads:\n  - road\n  - Highway\nnested:\n  inner:\n    - x\n"


def test_rows_keep_their_line() -> None:
    with substituted("test/table.tsv", TABLE):
        rows = read_tsv("test/table.tsv", ["name", "country"])
    assert [row.line for row in rows] == [3, 5]


def test_list_cells_split_on_semicolons() -> None:
    with substituted("test/table.tsv", TABLE):
        rows = read_tsv("test/table.tsv", ["name", "country"])
    assert rows[1].list("country") == ["UGA", "TZA"]


def test_missing_column_names_the_header_line() -> None:
    with substituted("test/table.tsv", TABLE), pytest.raises(DataFileError, match=r"data/test/table.tsv line 2"):
        read_tsv("test/table.tsv", ["name", "country", "sector"])


def test_stray_tab_names_its_line() -> None:
    bad = TABLE + "Gamma\tKEN\textra\n"
    with substituted("test/table.tsv", bad), pytest.raises(DataFileError, match=r"line 6: 3 cells for 2 columns"):
        read_tsv("test/table.tsv", ["name", "country"])


def test_row_error_is_code_e303() -> None:
    with substituted("test/table.tsv", TABLE):
        row = read_tsv("test/table.tsv", ["name", "country"])[0]
    assert row.error("bad").code == "E303"


def test_missing_file_is_e301() -> None:
    with pytest.raises(DataFileError) as caught:
        data_path("no/such/file.tsv")
    assert caught.value.code == "E301"


def test_words_are_lower_case() -> None:
    with substituted("test/words.yaml", WORDS):
        section = read_yaml("test/words.yaml")
    assert section.words("roads") == frozenset({"road", "highway"})


def test_missing_section_is_an_error_not_an_empty_list() -> None:
    with substituted("test/words.yaml", WORDS):
        section = read_yaml("test/words.yaml")
    with pytest.raises(DataFileError, match="no section 'bridges'"):
        section.words("bridges")


def test_section_that_is_not_a_word_list_names_its_line() -> None:
    with substituted("test/words.yaml", WORDS):
        section = read_yaml("test/words.yaml")
    with pytest.raises(DataFileError, match=r"words.yaml line 6: section 'nested'"):
        section.words("nested")


def test_child_sections_keep_their_line() -> None:
    with substituted("test/words.yaml", WORDS):
        inner = read_yaml("test/words.yaml").child("nested").child("inner")
    assert inner.line == 7


def test_malformed_yaml_names_the_line() -> None:
    with substituted("test/words.yaml", "a:\n  - x\n b: [\n"), pytest.raises(DataFileError, match=r"line 3"):
        read_yaml("test/words.yaml")


def test_registered_loader_reads_once() -> None:
    calls: list[int] = []

    @loader
    def count() -> int:
        calls.append(1)
        return len(calls)

    count()
    count()
    assert calls == [1]


def test_unquoted_yaml_boolean_is_refused_with_its_line() -> None:
    with substituted("test/words.yaml", "preps:\n  - over\n  - on\n"):
        section = read_yaml("test/words.yaml")
    with pytest.raises(DataFileError, match=r"words.yaml line 3: item True of 'preps' is not a word"):
        section.words("preps")
