"""The word classes of ``data/extract/classes.yaml``: loaded once, a class the rules ask for must exist, and a bad
section names the file and line."""

from __future__ import annotations

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.classes import CLASSES_FILE, load_classes
from eventwire.lexicons.files import read_text, substituted


def test_classes_are_lower_case_word_sets() -> None:
    classes = load_classes()
    assert "soldier" in classes.words("troop")


def test_a_class_the_file_lacks_is_an_error_naming_the_file() -> None:
    with pytest.raises(DataFileError, match=r"data/extract/classes.yaml: no word class 'nonsense'"):
        load_classes().words("nonsense")


def test_union_joins_the_named_classes() -> None:
    classes = load_classes()
    assert classes.union(["troop", "device"]) == classes.words("troop") | classes.words("device")


def test_a_class_that_is_no_list_names_its_line() -> None:
    broken = read_text(CLASSES_FILE) + "broken: {a: b}\n"
    line = broken.count("\n")
    with substituted(CLASSES_FILE, broken), pytest.raises(DataFileError, match=f"classes.yaml line {line}: "):
        load_classes()
