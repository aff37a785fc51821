"""Second precision round: warnings that only alert, private travel, and accepting a fact are no events, while
real threats, visits and concessions stay (tests load the spaCy model; sentences are our own)."""

from __future__ import annotations

import pytest


def _types(events) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(e.type, e.cameo) for e in events}


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The health agency warned that the situation in the camp is critical.",
        '"The shelters are full," the aid group warned in a statement.',
        "Critics warned that the decision could harm the country's reputation.",
    ],
)
def test_a_warning_that_only_alerts_is_no_threat(run, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" not in {t for t, _ in _types(run(sentence))}


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The city's security chief warned that police will no longer tolerate rallies by the opposition.",
        "The army warned the rebels to lay down their arms.",
        "The government warned of retaliation if its ships were seized.",
        "The president warned that he would impose sanctions on the company.",
    ],
)
def test_a_warning_of_the_speakers_own_act_stays_a_threat(run, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" in {t for t, _ in _types(run(sentence))}


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Three pupils travelled abroad to join the militant group.",
        "Many families travelled for days to reach the camp.",
    ],
)
def test_private_travel_is_no_visit(run, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert ("CONSULT", "042") not in _types(run(sentence))


@pytest.mark.slow
def test_an_officials_journey_stays_a_visit(run) -> None:  # type: ignore[no-untyped-def]
    assert ("CONSULT", "042") in _types(run("The foreign minister travelled to Cairo to hold talks."))


@pytest.mark.slow
def test_accepting_a_fact_is_no_agreement(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Several neighbouring states have accepted that the ruler has survived the war.")
    assert not {t for t, _ in _types(events)} & {"AGREE", "CONCEDE"}


@pytest.mark.slow
def test_admitting_ones_own_act_stays_a_concession(run) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" in {t for t, _ in _types(run("The army admitted that it had shelled the hospital."))}
