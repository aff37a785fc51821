"""Fixtures and tiers shared by every test.

Two tiers: ``make test`` runs everything; ``make test-fast`` (``pytest --fast``) runs the tests not marked ``slow``
and fails any of them that tries to load the spaCy model. A test is marked ``slow`` automatically when it uses the
model (the ``nlp`` fixture, or ``parse`` parsing with the model) or a local HTTP server, and by hand when it starts
something slow itself.

A test marked ``hand_built`` runs twice: on the model's parse of its sentences and on the hand-built parses of
``tests/parses/`` (fast), through the ``parse`` fixture and those built on it (``run``, ``locate``, ``actor_of``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.lexicons.gazetteer.index import Gazetteer
from tests.docs_builder import parsed
from tests.paths import SharedFile, shared_path
from tests.tiers import BUILT, MODEL, Parse, guard_model_loading, is_fast, is_slow

pytest_plugins = ("pytester",)

GUARD = pytest.StashKey[pytest.MonkeyPatch]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--fast",
        action="store_true",
        default=False,
        help="run only the tests not marked slow, and fail any of them that loads the spaCy model",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: loads the spaCy model, starts a server, or scores whole dev sets")
    config.addinivalue_line("markers", "hand_built: also run the test on the hand-built parses of its sentences")
    if is_fast(config):
        config.stash[GUARD] = pytest.MonkeyPatch()
        guard_model_loading(config.stash[GUARD])


def pytest_unconfigure(config: pytest.Config) -> None:
    if GUARD in config.stash:
        config.stash[GUARD].undo()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A ``hand_built`` test parses with the model and with the hand-built parses."""
    if "parse" in metafunc.fixturenames and metafunc.definition.get_closest_marker("hand_built") is not None:
        metafunc.parametrize("parse", [MODEL, BUILT], indirect=True, scope="session")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark slow every test that uses the model or a server; in the fast tier, leave the slow tests out."""
    for item in items:
        if is_slow(item):
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
def parse(request: pytest.FixtureRequest) -> Parse:
    """Text to Doc: the bundled model, or the hand-built parses for the ``hand-built`` run of a ``hand_built`` test."""
    if getattr(request, "param", MODEL) == BUILT:
        return parsed
    model: Language = request.getfixturevalue("nlp")
    return model


@pytest.fixture(scope="session")
def shared_file() -> SharedFile:
    """A path inside ``../shared`` beside the repository (``shared_file("dev", "x.jsonl")``); the test is skipped,
    naming the missing path, when it is not there."""
    return shared_path


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The gazetteer the resolver uses, built once (it takes seconds) for every test that looks places up."""
    from eventwire.resolve import Resolver

    return Resolver().gazetteer
