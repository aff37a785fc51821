"""Every data file is loaded once at start-up: ``load_all`` imports the loader modules and runs each loader."""

from __future__ import annotations

import sys

import pytest

from eventwire.lexicons import LOADER_MODULES, files, load_all


def test_loading_everything_imports_every_loader_module() -> None:
    load_all()
    assert [name for name in LOADER_MODULES if name not in sys.modules] == []


def test_every_registered_loader_runs_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "_LOADERS", list(files._LOADERS))
    calls: list[str] = []

    @files.loader
    def count() -> int:
        calls.append("read")
        return len(calls)

    total = load_all()
    load_all()
    assert calls == ["read"]
    assert total == len(files._LOADERS)
