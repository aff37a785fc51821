"""The fast tier: which tests are slow, and the guard that fails a fast test loading the spaCy model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NoReturn

import pytest
import spacy
import spacy.util
from spacy.tokens import Doc

import eventwire.nlp

Parse = Callable[[str], Doc]

# fixtures that make a test slow: the model (every fixture parsing with it is built on ``nlp`` or ``parse``), a local
# HTTP server (ingest's ``server``; the explorer's ``api`` and ``writable`` over ``example_db``, coded with the model)
# and a browser
SLOW_FIXTURES = frozenset({"nlp", "server", "api", "writable", "example_db", "browser"})
# the two runs of the ``parse`` fixture: with the model, or with the hand-built parses
MODEL, BUILT = "model", "hand-built"
GUARDED = (
    (spacy, "load"),
    (spacy.util, "load_model"),
    (spacy.util, "load_model_from_path"),
    (spacy.util, "load_model_from_package"),
    (eventwire.nlp, "load_model"),
)


def is_fast(config: pytest.Config) -> bool:
    """Whether this run is the fast tier (``pytest --fast``)."""
    return bool(config.getoption("--fast", default=False))


def is_slow(item: pytest.Item) -> bool:
    """Whether a collected test uses the model or a server through its fixtures."""
    names = set(getattr(item, "fixturenames", ()))
    if names & SLOW_FIXTURES:
        return True
    callspec = getattr(item, "callspec", None)
    run = callspec.params.get("parse", MODEL) if callspec is not None else MODEL
    return "parse" in names and run != BUILT


def refuse_model(*_args: Any, **_kwargs: Any) -> NoReturn:
    """Stand in for every way of loading a spaCy model in the fast tier, failing the test that tried."""
    pytest.fail(
        "this test loads the spaCy model in the fast tier: use the `nlp` fixture (which marks it slow), mark it "
        "@pytest.mark.slow, or build its Doc by hand with tests/docs_builder.py",
        pytrace=True,
    )


def guard_model_loading(patch: pytest.MonkeyPatch) -> None:
    """Replace the model loaders with :func:`refuse_model` until ``patch`` is undone."""
    for owner, name in GUARDED:
        patch.setattr(owner, name, refuse_model)
