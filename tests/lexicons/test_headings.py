"""headings.yaml of the heading cut: closed-class sentence openers; a broken list names its line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons.files import substituted
from eventwire.lexicons.headings import FILE, load_heading_openers

BreakLine = Callable[[str, str, str], tuple[str, int]]


def test_openers_are_listed_without_i_and_a() -> None:
    openers = load_heading_openers()
    assert {"the", "on", "since"} <= openers
    assert not {"i", "a"} & openers


def test_an_unquoted_yaml_boolean_names_its_line(break_line: BreakLine) -> None:
    text, line = break_line(FILE, '  - "on"\n', "  - on\n")
    with substituted(FILE, text), pytest.raises(DataFileError, match=f"data/{FILE} line {line}"):
        load_heading_openers()
