"""Parties of event nouns: a nominal -ing form takes its parties from the noun phrase."""

from __future__ import annotations

import pytest

from tests.extract.events import Run, of_type


@pytest.mark.hand_built
def test_nominal_ing_form_takes_noun_parties(run: Run) -> None:
    event = of_type(run("Fighting between rival clans left five dead."), "ASSAULT")[0]
    assert event.source is not None
    assert "clans" in event.source.text
