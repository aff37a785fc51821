"""Targets the text names beside a verb's object: the people threatened, the party an accusation is about, and the
party inside what a request calls for."""

from __future__ import annotations

import pytest

from eventwire.extract.raw import RawEvent
from tests.extract.events import Run, target_text


def _target(events: list[RawEvent], root: str) -> str | None:
    found = [e for e in events if e.trigger.root.lower_ == root]
    assert found
    return target_text(found[0])


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Armed men threatened the reporters outside the court.", "the reporters"),
        ("The warlord threatened their families with reprisals.", "their families"),
    ],
)
def test_the_people_threatened_are_the_target(run: Run, sentence: str, target: str) -> None:
    assert _target(run(sentence), "threatened") == target


def test_a_threatened_act_is_no_target(run: Run) -> None:
    events = [e for e in run("The dockers threatened a walkout over pay.") if e.type == "THREATEN"]
    assert all(target_text(e) != "a walkout" for e in events)


def test_reservations_about_a_plan_are_about_its_owner(run: Run) -> None:
    events = run("The senator expressed strong reservations about a Brazilian plan to dam the river.")
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert accusations
    assert target_text(accusations[0]) == "Brazilian"


def test_a_call_for_war_against_a_group_targets_the_group(run: Run) -> None:
    events = run("The governor called for an all-out war against Boko Haram.")
    requests = [e for e in events if e.type == "REQUEST"]
    assert requests
    assert target_text(requests[0]) == "Boko Haram"


def test_a_party_asked_to_act_in_a_for_phrase_is_the_target(run: Run) -> None:
    events = run("The opposition called for the electoral commission to recount the votes.")
    requests = [e for e in events if e.type == "REQUEST"]
    assert requests
    assert target_text(requests[0]) == "the electoral commission"


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels called for a new government in the capital.",
        "The families called for the release of the two hostages.",
    ],
)
def test_what_a_request_wishes_for_is_no_target(run: Run, sentence: str) -> None:
    requests = [e for e in run(sentence) if e.type == "REQUEST"]
    assert all(target_text(e) not in ("a new government", "the two hostages") for e in requests)


def test_coordinated_named_targets_are_each_a_target(run: Run) -> None:
    events = [e for e in run("Ghana accused Togo and Benin of smuggling.") if e.type == "ACCUSE"]
    assert {target_text(e) for e in events} == {"Togo", "Benin"}


def test_a_name_after_a_comma_with_no_list_is_no_further_target(run: Run) -> None:
    events = run(
        "Since May, when the governor called for a war against Boko Haram, Maiduguri, a city in the north, has"
        " armed its own militias."
    )
    requests = [e for e in events if e.type == "REQUEST"]
    assert [target_text(e) for e in requests] == ["Boko Haram"]


def test_a_coordinator_after_an_apposition_still_joins_the_names(run: Run) -> None:
    events = run(
        "The interior minister Ana Ruiz met with Pedro Vega, the head of the teachers union, and Luis Mora, the"
        " leader of the dockers, on Monday."
    )
    meetings = [e for e in events if e.type == "CONSULT"]
    assert {target_text(e) for e in meetings} >= {"Pedro Vega", "Luis Mora"}
