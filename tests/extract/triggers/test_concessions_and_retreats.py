"""Eighth-round recall: the doer of an action an adjective of readiness governs ("is ready to send"), weapons
that destroy, planted bombs, fighters entering places, broken ceasefires, negotiators returning for talks, and
no RETREAT for people merely coming back (tests load the spaCy model)."""

from __future__ import annotations

import pytest


def _types(events) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(e.type, e.trigger.root.lower_) for e in events}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "cameo"),
    [
        ("Norway is ready to send troops to the peacekeeping mission in Mali.", "Norway", "033"),
        ("Peru says it is willing to withdraw its soldiers from the disputed valley.", "it", "035"),
    ],
)
def test_readiness_adjective_gives_its_subject_and_an_agree(run, text: str, source: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    events = run(text)
    agree = [e for e in events if e.type == "AGREE"]
    assert agree and agree[0].cameo == cameo
    assert agree[0].source is not None and agree[0].source.text == source


@pytest.mark.slow
def test_readiness_to_use_force_is_a_threat(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The cabinet announced that it is prepared to impose a curfew on the northern towns.")
    assert any(e.type == "THREATEN" and e.source is not None for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Two car bombs destroyed a police station and several shops in the old town.", "destroyed"),
        ("Militants planted a landmine on the road to the border post.", "planted"),
        ("A bomb was planted under the bridge overnight.", "planted"),
        ("Gunmen entered the clinic and seized two nurses.", "entered"),
        ("The militia violated the ceasefire twice on Saturday.", "violated"),
    ],
)
def test_armed_actions_are_assault(run, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert ("ASSAULT", trigger) in _types(run(text))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The farmers planted maize after the rains.",
        "The committee destroyed the old ballot papers as the law requires.",
    ],
)
def test_planting_crops_and_shredding_papers_are_no_assault(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.type == "ASSAULT" for e in run(text))


@pytest.mark.slow
def test_negotiators_returning_for_talks_consult(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Chilean and Bolivian negotiators return to Lima next week for talks on the water dispute.")
    assert ("CONSULT", "return") in _types(events)
    assert not any(e.type == "RETREAT" for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Thousands of refugees returned home to the valley after the floods.",
        "The delegation returned to the capital after the summit.",
    ],
)
def test_coming_back_is_no_retreat(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.type == "RETREAT" for e in run(text))


@pytest.mark.slow
def test_returning_a_place_is_still_retreat(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The army returned the border town to the civilian administration.")
    assert ("RETREAT", "returned") in _types(events)
