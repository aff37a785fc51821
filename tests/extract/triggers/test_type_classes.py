"""Lexicon classes of the fourth round: peacekeepers and aid agencies sent (AID) or withdrawn and expelled
(SANCTION), people evacuated, steps of force a command verb orders, halted mediation, shares of an aid
programme suspended, borders opened (loads the spaCy model)."""

from __future__ import annotations

import pytest

from tests.extract.events import Run


@pytest.mark.parametrize(
    ("text", "event_type", "cameo"),
    [
        ("The African Union deployed peacekeepers to Somalia last week.", "AID", "074"),
        ("The first Ghanaian peacekeeping troops arrived in Lebanon on Monday.", "AID", "074"),
        ("Two hundred peacekeepers were withdrawn from the border region.", "SANCTION", "1661"),
        ("Fifty UN peacekeepers were shipped out of the enclave on Sunday.", "SANCTION", "1661"),
        ("The junta forced the aid agency out of the country.", "SANCTION", "1663"),
        ("The government expelled the Red Cross from the northern province.", "SANCTION", "1663"),
        ("The envoys ended their mediation efforts between the two factions.", "SANCTION", "164"),
        ("The rebels broke off talks with the government on Friday.", "SANCTION", "164"),
        ("The European Union suspended part of its economic aid program for the country.", "SANCTION", "160"),
        ("Rescue helicopters evacuated the injured from the shelled town.", "AID", "073"),
        ("The governor ordered patrols by police after the riots.", "MOBILIZE", "153"),
        ("Turkey opened its border with Armenia for the first time in years.", "RETREAT", "086"),
    ],
)
def test_class_of_action_is_coded(run: Run, text: str, event_type: str, cameo: str) -> None:
    found = [(e.type, e.cameo) for e in run(text)]
    assert (event_type, cameo) in found, found


@pytest.mark.hand_built
def test_withdrawn_troops_stay_a_retreat(run: Run) -> None:
    assert [e.type for e in run("Russia withdrew its troops from the border.")] == ["RETREAT"]


@pytest.mark.hand_built
def test_evacuated_town_stays_a_retreat(run: Run) -> None:
    assert "RETREAT" in [e.type for e in run("The army evacuated the town before the offensive.")]


@pytest.mark.hand_built
def test_people_named_by_a_participle_are_no_attack(run: Run) -> None:
    assert not [e for e in run("The injured were taken to hospital in the capital.") if e.type == "ASSAULT"]


@pytest.mark.hand_built
def test_ended_visit_is_no_sanction(run: Run) -> None:
    assert not [e for e in run("The minister ended his visit to China on Sunday.") if e.type == "SANCTION"]


def test_opened_store_is_no_event(run: Run) -> None:
    assert run("The company opened a new store in Nairobi.") == []


def test_ordered_arrest_is_carried_out_by_the_commander(run: Run) -> None:
    coerce = [e for e in run("The president ordered the arrest of the opposition leader.") if e.type == "COERCE"]
    assert coerce
    assert coerce[0].source is not None
    assert coerce[0].source.text == "The president"


def test_asked_for_talks_stay_content(run: Run) -> None:
    assert [e.type for e in run("The opposition demanded talks with the government.")] == ["REQUEST"]


def test_plural_doer_of_a_clash_is_both_sides(run: Run) -> None:
    event = next(
        e for e in run("Two rival herding communities clashed in the county on Sunday.") if e.type == "ASSAULT"
    )
    assert event.symmetric
    assert event.target is not None
    assert event.source is not None
    assert event.target.text == event.source.text


def test_plural_attacker_is_no_target_of_itself(run: Run) -> None:
    event = next(e for e in run("Gunmen attacked in the night.") if e.type == "ASSAULT")
    assert event.target is None


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
def test_class_of_force_restitution_or_closure_is_coded(run: Run, text: str, event_type: str, cameo: str) -> None:
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
def test_everyday_uses_of_those_words_stay_uncoded(run: Run, text: str) -> None:
    assert run(text) == []
