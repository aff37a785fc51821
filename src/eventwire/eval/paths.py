"""Where the evaluation finds its files: the repository's ``eval/`` folder and the ``shared/`` folder beside it."""

from __future__ import annotations

from pathlib import Path

REUTERS = Path("corpus/reuters21578/reuters21578.jsonl")


def repo_root() -> Path:
    """The source checkout this package runs from (an editable install), else the working directory."""
    here = Path(__file__).resolve().parents[3]
    return here if (here / "pyproject.toml").is_file() else Path.cwd()


def default_floors() -> Path:
    """``eval/floors.json`` of the checkout."""
    return repo_root() / "eval" / "floors.json"


def find_shared() -> Path | None:
    """The ``shared/`` folder beside the checkout (or beside the working directory), if there is one."""
    for candidate in (repo_root().parent / "shared", Path.cwd().parent / "shared", Path.cwd() / "shared"):
        if (candidate / "dev").is_dir() or (candidate / "corpus").is_dir():
            return candidate
    return None


def default_corpus() -> Path | None:
    """The Reuters-21578 benchmark corpus in ``shared/``, if present."""
    shared = find_shared()
    if shared is None or not (shared / REUTERS).is_file():
        return None
    return shared / REUTERS
