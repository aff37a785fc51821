"""A list of pairs after "between" gives one event per pair."""

from __future__ import annotations

from eventwire.extract.derived.pairs import list_of_pairs
from tests.extract.events import Parties, Run
from tests.tiers import Parse


def test_each_pair_after_between_is_an_event(run: Run, parties: Parties) -> None:
    events = run(
        "The war brought clashes between Ruritania and Borduria, Syldavia and Borduria, and the army and the rebels."
    )
    assert parties(events, "clashes") == [
        ("Ruritania", "Borduria"),
        ("Syldavia", "Borduria"),
        ("the army", "the rebels"),
    ]


def test_talks_between_two_pairs_are_two_talks(run: Run, parties: Parties) -> None:
    events = run("Talks between the government and the rebels, and the army and the militias began on Monday.")
    assert parties(events, "Talks") == [("the government", "the rebels"), ("the army", "the militias")]


def test_a_list_of_single_names_is_not_split_into_pairs(run: Run) -> None:
    events = run("Fighting between Ruritania, Borduria and Syldavia continued for a week.")
    assert len([e for e in events if e.trigger.text == "Fighting"]) == 1


def test_one_pair_stays_one_event(run: Run) -> None:
    events = run("Clashes between the police and the protesters left the square in ruins.")
    assert len([e for e in events if e.trigger.text.startswith("Clashes")]) == 1


def test_the_list_after_between_is_read_as_pairs_only_when_every_item_is_one(parse: Parse) -> None:
    doc = parse("Fighting broke out between Kenya and Somalia, Sudan and Chad, and Mali and Niger.")
    between = next(t for t in doc if t.lower_ == "between")
    assert [(a.text, b.text) for a, b in list_of_pairs(between)] == [
        ("Kenya", "Somalia"),
        ("Sudan", "Chad"),
        ("Mali", "Niger"),
    ]
    doc = parse("Fighting broke out between Kenya, Somalia and Sudan.")
    assert list_of_pairs(next(t for t in doc if t.lower_ == "between")) == []
