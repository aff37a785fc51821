"""Fixtures and tiers shared by every test.

Two tiers: ``make test`` runs everything; ``make test-fast`` (``pytest --fast``) runs the tests not marked
``slow`` and fails any of them that tries to load the spaCy model. A test is marked ``slow`` automatically when it
uses one of ``SLOW_FIXTURES`` (the model, a local HTTP server), or by hand when it starts something slow itself.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.lexicons.gazetteer.index import Gazetteer
from tests.paths import SharedFile, shared_path
from tests.tiers import SLOW_FIXTURES, guard_model_loading, is_fast


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--fast",
        action="store_true",
        default=False,
        help="run only the tests not marked slow, and fail any of them that loads the spaCy model",
    )


GUARD = pytest.StashKey[pytest.MonkeyPatch]()

pytest_plugins = ("pytester",)


def pytest_configure(config: pytest.Config) -> None:
    if is_fast(config):
        config.stash[GUARD] = pytest.MonkeyPatch()
        guard_model_loading(config.stash[GUARD])


def pytest_unconfigure(config: pytest.Config) -> None:
    if GUARD in config.stash:
        config.stash[GUARD].undo()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark slow every test that uses a slow fixture; in the fast tier, leave the slow tests out."""
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
    if not is_fast(config):
        return
    slow = [item for item in items if item.get_closest_marker("slow") is not None]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if item.get_closest_marker("slow") is None]


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The bundled spaCy model, loaded once per session (every test using it is marked slow)."""
    from eventwire.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def shared_file() -> SharedFile:
    """A path inside ``../shared`` beside the repository (``shared_file("dev", "x.jsonl")``); the test is skipped,
    naming the missing path, when it is not there."""
    return shared_path


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """One gazetteer for every test that looks places up (building it takes seconds)."""
    return Gazetteer()
