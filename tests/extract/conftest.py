"""Shared fixtures of the extraction tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from eventwire.extract import extract_events
from eventwire.extract.raw import RawEvent
from eventwire.settings import SETTINGS
from tests.extract.events import Parties, Run
from tests.tiers import Parse


@pytest.fixture(scope="module")
def run(parse: Parse) -> Run:
    """Parse a sentence (with the bundled model, or by hand for a ``hand_built`` test) and extract the events the
    CLI would keep."""
    threshold = float(SETTINGS["min_rule_score"].default)  # the rules' cut, before calibration

    def _run(text: str) -> list[RawEvent]:
        return [e for e in extract_events(parse(text)) if e.confidence >= threshold]

    return _run


@pytest.fixture(scope="session")
def parties() -> Parties:
    """The (source, target) words of each event whose trigger is ``trigger``."""

    def _parties(events: list[RawEvent], trigger: str) -> list[tuple[str | None, ...]]:
        return [(_words(e.source), _words(e.target)) for e in events if e.trigger.text == trigger]

    return _parties


@pytest.fixture(scope="session")
def typed_parties() -> Parties:
    """The (trigger, source, target) words of each event of type ``kind``."""

    def _parties(events: list[RawEvent], kind: str) -> list[tuple[str | None, ...]]:
        return [(e.trigger.text, _words(e.source), _words(e.target)) for e in events if e.type == kind]

    return _parties


def _words(span: Span | None) -> str | None:
    return span.text if span is not None else None
