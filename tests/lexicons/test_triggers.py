"""The trigger lexicon ``data/extract/triggers.tsv``: a bad line fails when the lexicon loads, naming file and line."""

from __future__ import annotations

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.files import read_text, substituted
from eventwire.lexicons.triggers import TRIGGERS_FILE, load_lexicon


def test_a_bad_line_names_the_file_and_its_line() -> None:
    broken = read_text(TRIGGERS_FILE) + "meet\t-\tV\tMEETING\t-\t040\t0.7\t-\n"
    line = broken.rstrip("\n").count("\n") + 1
    with substituted(TRIGGERS_FILE, broken), pytest.raises(DataFileError) as caught:
        load_lexicon()
    assert f"data/extract/triggers.tsv line {line}: unknown PLOVER type 'MEETING'" in str(caught.value)
    assert caught.value.code == "E303"


def test_an_unknown_word_class_in_a_constraint_is_refused() -> None:
    broken = read_text(TRIGGERS_FILE) + "storm\t-\tV\tASSAULT\t-\t180\t0.5\tdobj=castles\n"
    with substituted(TRIGGERS_FILE, broken), pytest.raises(DataFileError, match="unknown word class"):
        load_lexicon()
