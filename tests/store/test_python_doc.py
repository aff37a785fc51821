"""Every Python block of docs/python.md runs, on the store of the bundled examples coded by the real coder."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main

pytestmark = pytest.mark.slow  # runs the spaCy model

REPO = Path(__file__).resolve().parents[2]
BLOCKS = re.findall(r"```python\n(.*?)```", (REPO / "docs" / "python.md").read_text(encoding="utf-8"), re.DOTALL)


def test_the_page_has_code_blocks() -> None:
    assert len(BLOCKS) >= 6


def test_the_python_page_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    coded = CliRunner().invoke(main, ["code", str(REPO / "examples"), "--db", "eventwire.db"])
    assert coded.exit_code == 0, coded.stderr
    namespace: dict[str, object] = {}
    for block in BLOCKS:
        exec(compile(block, "docs/python.md", "exec"), namespace)
    assert "top" in namespace
    assert "series" in namespace
