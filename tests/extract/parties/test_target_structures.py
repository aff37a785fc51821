"""Targets from the structures people write: armed groups the parser leaves outside its entities, deeds blamed on
a party, the subject of a for-to clause (loads the spaCy model; sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire.extract import tree
from eventwire.extract.parties.names import is_actorish
from tests.docs_builder import parsed, word
from tests.extract.events import Run, target_text


@pytest.mark.parametrize(
    ("text", "event_type", "trigger", "target"),
    [
        ("The minister promised continued airstrikes against Isis in the desert.", "ASSAULT", "airstrikes", "Isis"),
        ("Local militias fought Isis for two years.", "ASSAULT", "fought", "Isis"),
    ],
)
def test_a_known_armed_group_is_a_target(run: Run, text: str, event_type: str, trigger: str, target: str) -> None:
    found = [e for e in run(text) if e.type == event_type and trigger in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in run(text)]
    assert target_text(found[0]) == target


def test_only_a_name_the_tables_know_counts() -> None:
    doc = parsed("The minister promised continued airstrikes against Isis and Osiris in the desert.")
    isis, osiris = word(doc, "Isis"), word(doc, "Osiris")
    assert not tree.is_actorish(isis, frozenset())  # the parser alone sees no party here
    assert is_actorish(isis, frozenset())
    assert not is_actorish(osiris, frozenset())


@pytest.mark.parametrize(
    ("text", "deed", "blamed"),
    [
        ("The governor blamed the ambush on bandits from the hills.", "ambush", "bandits"),
        ("The ministry blamed last week's attack on Friday on separatist militants.", "attack", "militants"),
        ("Officials attributed the bombings to a breakaway faction.", "bombings", "faction"),
    ],
)
def test_a_deed_blamed_on_a_party_was_done_by_it(run: Run, text: str, deed: str, blamed: str) -> None:
    events = run(text)
    attack = next(e for e in events if e.type == "ASSAULT" and e.trigger.text == deed)
    assert attack.source is not None and blamed in attack.source.text
    assert attack.target is None or blamed not in attack.target.text
    accusations = [e for e in events if e.type == "ACCUSE"]
    for accusation in accusations:  # the verb of blaming, when it is an event, accuses the one blamed
        assert accusation.target is not None and blamed in accusation.target.text


@pytest.mark.parametrize(
    ("text", "trigger", "asked"),
    [
        ("The envoy called for the generals to release every detained journalist.", "called", "the generals"),
        ("Church leaders appealed for Malawi to reopen its border.", "appealed", "Malawi"),
    ],
)
def test_the_subject_of_a_for_clause_is_the_one_asked(run: Run, text: str, trigger: str, asked: str) -> None:
    found = [e for e in run(text) if e.type == "REQUEST" and trigger in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in run(text)]
    assert target_text(found[0]) == asked


def test_a_for_clause_inside_an_object_names_no_one_asked(run: Run) -> None:
    events = run("The minister met his Kenyan counterpart in Nairobi to push his plan for Uganda to build a new road.")
    assert all(target_text(e) != "Uganda" for e in events)


def test_doers_joined_in_a_by_phrase_are_no_two_sides(run: Run) -> None:
    events = run("Airstrikes by the Chadian army and allied militias continued through the night.")
    raids = next(e for e in events if e.type == "ASSAULT" and e.trigger.text.startswith("Airstrikes"))
    assert raids.source is not None and "army" in raids.source.text
    assert raids.target is None or "militias" not in raids.target.text
    assert not raids.symmetric


def test_an_agreement_by_two_parties_is_between_them(run: Run) -> None:
    events = run("The plan was agreed by the Russian president and his Turkish counterpart at a summit.")
    agreed = next(e for e in events if e.type == "AGREE")
    assert target_text(agreed) == "his Turkish counterpart"


def test_the_it_of_fighting_it_out_is_no_one(run: Run) -> None:
    found = next(e for e in run("Sudanese soldiers fought it out with the militants near the border."))
    assert found.type == "ASSAULT"
    assert target_text(found) == "the militants"
