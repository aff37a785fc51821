"""The README's quickstart works as written in a fresh clone: every command and every Python block runs."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import REPO

pytestmark = pytest.mark.slow  # runs the commands and the model

README = (REPO / "README.md").read_text(encoding="utf-8")
QUICKSTART = README[README.index("## Quickstart") : README.index("## Documentation")]


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", QUICKSTART, flags=re.DOTALL)


def _commands() -> list[str]:
    """Shell lines of the quickstart, continuation lines joined, comments dropped."""
    joined = "".join(_blocks("sh")).replace("\\\n", " ")
    return [line.split("  #", 1)[0].strip() for line in joined.splitlines() if line.strip()]


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """A folder laid out as a fresh clone after `make run`: examples/ and .venv/ (this test's interpreter)."""
    (tmp_path / "examples").symlink_to(REPO / "examples")
    (tmp_path / ".venv").symlink_to(Path(sys.prefix))
    return tmp_path


def test_the_quickstart_names_only_files_that_exist() -> None:
    for command in _commands():
        for path in re.findall(r"\bexamples/[\w./-]*", command):
            assert (REPO / path).exists(), f"the README names {path}, which is not in the repository"


def test_every_quickstart_command_runs_as_written(clone: Path) -> None:
    commands = _commands()
    assert len(commands) >= 4
    outputs = []
    for command in commands:
        run = subprocess.run(["bash", "-c", command], cwd=clone, capture_output=True, text=True, timeout=900)
        assert run.returncode == 0, (command, run.stderr[-3000:])
        assert "Traceback" not in run.stderr
        outputs.append(run.stdout)
    events = [json.loads(line) for line in outputs[0].splitlines() if line.strip()]
    assert events
    assert all(e["doc_id"].startswith("ex-") for e in events)
    assert any(json.loads(line)["type"] == "COERCE" for line in outputs[1].splitlines() if line.strip())
    assert (clone / "news.db").exists()
    assert "events" in outputs[3]


@pytest.mark.parametrize("number", range(len(_blocks("python"))))
def test_every_quickstart_python_block_runs(number: int, clone: Path) -> None:
    code = _blocks("python")[number]
    run = subprocess.run([sys.executable, "-c", code], cwd=clone, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.strip(), "the example printed nothing"
