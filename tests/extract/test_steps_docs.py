"""docs/extraction.md stays true to the code: its step table is the registry's, its module map names every module."""

from __future__ import annotations

from pathlib import Path

import eventwire.extract
from eventwire.extract.rules import with_step_table

DOC = Path(__file__).resolve().parents[2] / "docs" / "extraction.md"
PACKAGE = Path(eventwire.extract.__file__).parent


def test_the_step_table_is_the_registry_s() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert text == with_step_table(text), "docs/extraction.md has a stale step table: run `make docs`"


def test_the_module_map_names_every_module_of_extract() -> None:
    text = DOC.read_text(encoding="utf-8")
    modules = sorted(p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py"))
    missing = [m for m in modules if f"| `{m}` |" not in text and not m.endswith("/__init__.py")]
    assert not missing, f"docs/extraction.md's module map lacks {missing}"


def test_the_module_map_names_no_module_that_is_gone() -> None:
    text = DOC.read_text(encoding="utf-8")
    listed = [
        line.split("`")[1]
        for line in text.splitlines()
        if line.startswith("| `") and line.split("`")[1].endswith(".py")
    ]
    assert [m for m in listed if not (PACKAGE / m).is_file()] == []
