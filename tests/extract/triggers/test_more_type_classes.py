"""Lexicon classes of the fifth round: joint military exercises (COOPERATE), forces prepared or trained
(MOBILIZE), releases, compensation, demobilising and returned property (RETREAT), closed media and dissolved
parties (COERCE) (loads the spaCy model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "event_type", "cameo"),
    [
        ("Indian and French warships began a week of war games in the Indian Ocean.", "COOPERATE", "062"),
        ("The two navies held joint drills off the coast.", "COOPERATE", "062"),
        ("Border guards of both countries conducted joint patrols along the frontier.", "COOPERATE", "062"),
        ("The army prepared to resume artillery fire on the rebel villages.", "MOBILIZE", "150"),
        ("The militia has trained hundreds of new fighters in the mountains.", "MOBILIZE", "154"),
        ("The government paid compensation to farmers whose land was taken.", "RETREAT", "084"),
        ("The rebels set free twelve hostages.", "RETREAT", "0841"),
        ("The government returned the seized property to the church.", "RETREAT", "084"),
        ("The junta dissolved the main opposition party on Tuesday.", "COERCE", "172"),
        ("Authorities closed two independent newspapers.", "COERCE", "1721"),
        ("Customs officers impounded the ship.", "COERCE", "1711"),
    ],
)
def test_class_of_action_is_coded(run, text: str, event_type: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    found = [(e.type, e.cameo) for e in run(text)]
    assert (event_type, cameo) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party returned to power.",
        "She trained teachers for ten years.",
        "The team prepared a report.",
        "The company closed two stores.",
        "The sugar dissolved in the water.",
    ],
)
def test_everyday_uses_stay_uncoded(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text) == []
