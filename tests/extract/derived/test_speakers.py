"""Coordinated doers of a statement are one statement each; coordinated doers of force act together."""

from __future__ import annotations

from eventwire.extract import extract_events
from eventwire.extract.context import Extraction, load_data
from eventwire.extract.derived import speakers
from tests.extract.events import Parties, Run, of_type
from tests.tiers import Parse


def test_each_of_two_coordinated_speakers_makes_a_condemnation(run: Run, parties: Parties) -> None:
    events = run("Kenya and Uganda condemned the attack on the embassy.")
    assert parties(events, "condemned") == [("Kenya", None), ("Uganda", None)]


def test_a_list_of_three_speakers_is_three_accusations(run: Run) -> None:
    events = run("The US, Britain and France accused Iran of breaking the truce.")
    sources = [e.source.text for e in of_type(events, "ACCUSE") if e.source is not None]
    assert sources == ["The US", "Britain", "France"]


def test_speakers_after_a_repeated_by_each_make_a_statement(run: Run) -> None:
    events = run("The minister was contradicted by his own generals and by the Chinese government.")
    sources = [e.source.text for e in of_type(events, "REJECT") if e.source is not None]
    assert sources == ["his own generals", "the Chinese government"]


def test_coordinated_doers_of_force_stay_one_event(run: Run) -> None:
    events = run("Russia and Syria bombed the town on Sunday.")
    assert len(of_type(events, "ASSAULT")) == 1


def test_a_speaker_coordinated_with_a_pronoun_alone_is_not_split(run: Run) -> None:
    events = run("He and his wife denied the charges.")
    assert len(of_type(events, "REJECT")) == 1


def test_without_the_step_the_second_speaker_makes_no_event(parse: Parse) -> None:
    doc = parse("Kenya and Uganda condemned the attack on the embassy.")
    assert len(of_type(extract_events(doc), "ACCUSE")) == 2
    off = frozenset({"derived.coordinated_speakers"})
    assert len(of_type(extract_events(doc, off), "ACCUSE")) == 1
    assert speakers.coordinated_speakers([], Extraction.of(doc, load_data())) == []
