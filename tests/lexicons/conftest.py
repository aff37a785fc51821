"""Shared helpers of the data-layer tests: a packaged data file with one line replaced."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.lexicons.files import read_text

BreakLine = Callable[[str, str, str], tuple[str, int]]


@pytest.fixture(scope="session")
def break_line() -> BreakLine:
    """``break_line(name, old, new)``: the text of data file ``name`` with ``old`` replaced by ``new`` on the first
    line (not a comment) that holds it, and that line's number."""

    def broken(name: str, old: str, new: str) -> tuple[str, int]:
        lines = read_text(name).splitlines(keepends=True)
        number = next(i for i, line in enumerate(lines) if old in line and not line.startswith("#"))
        lines[number] = lines[number].replace(old, new, 1)
        return "".join(lines), number + 1

    return broken
