"""The doer of an -ing clause giving the reason for what is done to someone is the one it is done to: "was jailed for
fighting", "charged with attacking", "accused the men of attacking"."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text


def _source(text: str, trigger: str) -> str | None:
    (event,) = [e for e in code_text(text, published="2024-05-02") if e.evidence.trigger == trigger]
    return event.source.text if event.source is not None else None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("A Danish man was jailed for fighting with Islamic State in Iraq.", "fighting", "A Danish man"),
        ("The Canadian activist was charged with attacking a police officer.", "attacking", "The Canadian activist"),
        (
            "A former Danish soldier, charged with fighting against Islamic State, appeared in court.",
            "fighting",
            "A former Danish soldier",
        ),
        ("Police accused the men of attacking a patrol near the border.", "attacking", "the men"),
    ],
)
def test_the_one_acted_on_did_what_it_is_acted_on_for(text: str, trigger: str, doer: str) -> None:
    assert _source(text, trigger) == doer


@pytest.mark.slow
def test_a_clause_with_its_own_subject_keeps_it() -> None:
    events = code_text("The country is divided over the refugees, with some complaining about the police.")
    assert not any(e.source is not None and e.source.text == "The country" for e in events)


@pytest.mark.slow
def test_fighters_and_their_families_surrendering_are_the_fighters() -> None:
    events = code_text("Witnesses saw rebel fighters and their families surrendering to the army near the town.")
    (event,) = [e for e in events if e.evidence.trigger == "surrendering"]
    assert event.source is not None and event.source.text == "rebel fighters"


@pytest.mark.slow
def test_a_pronoun_the_ing_word_defines_stays_its_doer() -> None:
    events = code_text("The plan is opposed by officials and those backing the old policy.")
    assert not any(
        e.evidence.trigger == "backing" and e.source is not None and e.source.text == "officials" for e in events
    )
