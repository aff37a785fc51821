"""Every module that registers a data-file loader is listed in LOADER_MODULES, so load_all() checks its file."""

from __future__ import annotations

import pytest

from eventwire.lexicons import LOADER_MODULES, load_all
from tests.paths import REPO

LEXICONS = REPO / "src" / "eventwire" / "lexicons"


def _loader_modules() -> list[str]:
    found = []
    for path in sorted(LEXICONS.rglob("*.py")):
        if "@loader" in path.read_text(encoding="utf-8") and path.name != "files.py":
            parts = path.relative_to(LEXICONS.parents[1]).with_suffix("").parts
            found.append(".".join(parts))
    return found


@pytest.mark.parametrize("module", _loader_modules())
def test_a_module_with_a_loader_is_listed(module: str) -> None:
    assert module in LOADER_MODULES


def test_load_all_runs_the_actor_and_date_loaders() -> None:
    assert load_all() >= 10
