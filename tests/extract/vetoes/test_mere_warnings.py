"""Warnings that only alert are no threat; a warning of the speaker's own act stays one."""

from __future__ import annotations

import pytest

from eventwire.extract.vetoes.mere_warnings import mere_alert
from eventwire.lexicons.cues import AlertCues
from tests.docs_builder import parsed, word
from tests.extract.events import Run, types_and_cameos


@pytest.mark.hand_built
@pytest.mark.parametrize(
    "sentence",
    [
        "The health agency warned that the situation in the camp is critical.",
        '"The shelters are full," the aid group warned in a statement.',
        "Critics warned that the decision could harm the country's reputation.",
    ],
)
def test_a_warning_that_only_alerts_is_no_threat(run: Run, sentence: str) -> None:
    assert "THREATEN" not in {t for t, _ in types_and_cameos(run(sentence))}


@pytest.mark.parametrize(
    "sentence",
    [
        "The city's security chief warned that police will no longer tolerate rallies by the opposition.",
        "The army warned the rebels to lay down their arms.",
        "The government warned of retaliation if its ships were seized.",
        "The president warned that he would impose sanctions on the company.",
    ],
)
def test_a_warning_of_the_speakers_own_act_stays_a_threat(run: Run, sentence: str) -> None:
    assert "THREATEN" in {t for t, _ in types_and_cameos(run(sentence))}


ALERTS = AlertCues(
    verbs=frozenset({"warn"}),
    consequences=frozenset({"retaliation"}),
    modals=frozenset({"will", "would"}),
    state_verbs=frozenset({"be"}),
)
PARTIES = frozenset({"army", "rebel", "police"})


def test_warning_that_a_situation_is_critical_only_alerts() -> None:
    warned = word(parsed("The health agency warned that the situation in the camp is critical."), "warned")
    assert mere_alert(warned, ALERTS, PARTIES)


def test_warning_a_party_to_act_is_more_than_an_alert() -> None:
    assert not mere_alert(word(parsed("The army warned the rebels to lay down their arms."), "warned"), ALERTS, PARTIES)
