"""A danger kept off in general is no event: an event noun with no party that a verb of averting takes as object or
a verb of protecting keeps someone from (tests load the spaCy model; sentences are our own)."""

from __future__ import annotations

import pytest

from eventwire.extract.vetoes import averted
from tests.extract.events import Run, of_type


@pytest.mark.parametrize(
    "text",
    [
        "The convoy drove at night to avoid ambushes and roadside mines.",
        "The council failed to shield the villagers from massacres and mass expulsions.",
    ],
)
def test_a_danger_warded_off_is_no_assault(run: Run, text: str) -> None:
    assert of_type(run(text), "ASSAULT") == []


@pytest.mark.parametrize(
    "text",
    [
        "The guards prevented the bombing of the parliament building.",
        "The fence shielded the farmers from the militia's raids.",
        "In his letters he told of narrowly avoiding suicide attacks and car bombs.",
        "The patrol managed to avoid mortar attacks and ambushes by the rebel fighters.",
    ],
)
def test_an_act_with_a_party_or_made_definite_stays(run: Run, text: str) -> None:
    events = run(text)
    assert [e for e in events if e.type in ("ASSAULT", "COERCE")]


def test_the_module_is_the_step() -> None:
    assert averted.averted_danger.__name__ == "averted_danger"
