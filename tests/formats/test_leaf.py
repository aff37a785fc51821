"""``eventwire.formats`` is a leaf: it imports only the record model, errors and settings of eventwire."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import eventwire.formats

PACKAGE = Path(eventwire.formats.__file__).parent
ALLOWED = ("eventwire.model", "eventwire.errors", "eventwire.settings", "eventwire.formats")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {n for n in names if n.startswith("eventwire")}


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_a_formats_module_imports_no_other_stage(path: Path) -> None:
    outside = sorted(n for n in _imports(path) if not n.startswith(ALLOWED))
    assert outside == [], f"{path.name} imports {outside}"
