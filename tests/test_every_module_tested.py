"""Every module of the package is imported by some test, so none goes untested by accident.

A package whose ``__init__.py`` holds nothing but its docstring counts as imported when one of its modules is.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from tests.paths import REPO

SRC = REPO / "src"
TESTS = REPO / "tests"


@cache
def modules() -> dict[str, Path]:
    """Every module of ``eventwire`` by its dotted name."""
    found = {}
    for path in sorted((SRC / "eventwire").rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imported_names(tree: ast.AST) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module is not None and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


@cache
def imported_by_tests() -> frozenset[str]:
    """The dotted names the test files import (``from a.b import c`` counts ``a.b`` and ``a.b.c``)."""
    names: set[str] = set()
    for path in TESTS.rglob("*.py"):
        names.update(_imported_names(ast.parse(path.read_text(encoding="utf-8"))))
    return frozenset(names)


def _docstring_only(path: Path) -> bool:
    body = ast.parse(path.read_text(encoding="utf-8")).body
    return all(isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) for node in body)


def untested() -> list[str]:
    """The modules no test imports."""
    imported = imported_by_tests()
    missing = []
    for name, path in modules().items():
        if name in imported:
            continue
        if path.name == "__init__.py" and _docstring_only(path) and any(m.startswith(name + ".") for m in imported):
            continue
        missing.append(name)
    return missing


def test_every_module_is_imported_by_a_test() -> None:
    assert untested() == []


def test_the_scan_sees_the_modules_and_the_imports() -> None:
    assert "eventwire.extract.tree" in modules()
    assert "eventwire.extract.triggers" in modules()
    assert "eventwire.model" in imported_by_tests()
