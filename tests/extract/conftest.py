"""Shared fixtures of the extraction tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.extract import extract_events
from eventwire.extract.raw import RawEvent
from eventwire.settings import SETTINGS

Run = Callable[[str], list[RawEvent]]


@pytest.fixture(scope="module")
def run() -> Run:
    """Parse a sentence with the bundled model and extract the events the CLI would keep."""
    from eventwire.nlp import load_model

    nlp = load_model()
    threshold = float(SETTINGS["min_confidence"].default)

    def _run(text: str) -> list[RawEvent]:
        return [e for e in extract_events(nlp(text)) if e.confidence >= threshold]

    return _run
