"""One event per attack: casualties told without a doer in the sentence after an attack are its toll, not a second
event (``dedup.casualty_tolls``; loads the spaCy model)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from eventwire.extract import RawEvent, extract_events
from eventwire.nlp import load_model

pytestmark = pytest.mark.slow

Parse = Callable[[str], Doc]
STEP = "dedup.casualty_tolls"


@pytest.fixture(scope="module")
def parse() -> Parse:
    return load_model()


def attacks(doc: Doc, *off: str) -> list[str]:
    found: list[RawEvent] = extract_events(doc, frozenset(off))
    return [e.trigger.root.text for e in found if e.type == "ASSAULT"]


def test_casualties_told_after_an_attack_are_its_toll(parse: Parse) -> None:
    doc = parse("Militants stormed a police station in the north. Six officers were killed.")
    assert attacks(doc) == ["stormed"]
    assert attacks(doc, STEP) == ["stormed", "killed"]


def test_the_wounded_told_after_a_bombing_are_its_toll(parse: Parse) -> None:
    doc = parse("A car bomb exploded outside the ministry. Nine people were wounded.")
    assert "wounded" not in attacks(doc)
    assert "wounded" in attacks(doc, STEP)


def test_a_killing_with_a_doer_is_no_toll(parse: Parse) -> None:
    doc = parse("Militants stormed a police station. Soldiers later killed two of the gunmen.")
    assert attacks(doc) == ["stormed", "killed"]


def test_casualties_with_a_time_of_their_own_are_another_attack(parse: Parse) -> None:
    doc = parse("Militants stormed a police station. On Friday two teachers were killed in the capital.")
    assert attacks(doc) == ["stormed", "killed"]


def test_casualties_told_as_more_victims_stand_alone(parse: Parse) -> None:
    doc = parse("Militants stormed a police station. Two guards were also killed.")
    assert attacks(doc) == ["stormed", "killed"]


def test_casualties_after_casualties_stand_alone(parse: Parse) -> None:
    doc = parse("Three soldiers were killed near the border. Two teachers were killed in the capital.")
    assert attacks(doc) == ["killed", "killed"]


def test_an_attack_named_before_its_dead_is_no_toll(parse: Parse) -> None:
    doc = parse("Militants stormed a police station. The second attack killed nine people.")
    assert attacks(doc).count("killed") == 1


def test_the_attack_a_victim_was_wounded_in_is_the_wounding(parse: Parse) -> None:
    doc = parse("Five others were wounded in the attack.")
    assert attacks(doc) == ["wounded"]
    assert sorted(attacks(doc, "dedup.attacks_told_by_their_toll")) == ["attack", "wounded"]


def test_the_bomb_that_killed_two_soldiers_is_their_killing(parse: Parse) -> None:
    doc = parse("Two soldiers were killed in a bombing near the border on Monday.")
    assert attacks(doc) == ["killed"]


def test_deaths_in_a_clash_between_two_sides_keep_both_sides(parse: Parse) -> None:
    doc = parse("Ten people died in clashes between the army and the rebels.")
    (found,) = extract_events(doc)
    assert found.source is not None and found.target is not None
