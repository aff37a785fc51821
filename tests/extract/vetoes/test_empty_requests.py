"""Asking words that ask no party: legal appeals, striving to act, requests for comment, insisting that something
is so; and the people a release frees (tests load the spaCy model; sentences are our own)."""

from __future__ import annotations

import pytest

from eventwire.extract.raw import RawEvent
from eventwire.extract.vetoes.empty_requests import asks_nobody, orders_an_act
from eventwire.lexicons.cues import AskCues
from tests.docs_builder import parsed, word
from tests.extract.events import Run


def _types(events: list[RawEvent], trigger: str) -> list[str]:
    return [e.type for e in events if e.trigger.text.split()[-1] == trigger or e.trigger.text == trigger]


@pytest.mark.hand_built
def test_an_appeal_against_a_verdict_is_no_request(run: Run) -> None:
    assert "REQUEST" not in _types(run("The lawyers said they would appeal against the verdict."), "appeal")


@pytest.mark.hand_built
def test_appealing_a_ruling_is_no_request(run: Run) -> None:
    assert "REQUEST" not in _types(run("The ministry plans to appeal the ruling."), "appeal")


@pytest.mark.hand_built
def test_an_appeal_to_a_party_is_still_a_request(run: Run) -> None:
    events = run("The governor appealed to residents to stay indoors.")
    assert [(e.type, e.source.text if e.source else None) for e in events if e.trigger.text == "appealed"] == [
        ("REQUEST", "The governor")
    ]


@pytest.mark.hand_built
def test_seeking_to_act_is_no_request(run: Run) -> None:
    assert "REQUEST" not in _types(run("The rebels are seeking to overthrow the king."), "seeking")


@pytest.mark.hand_built
def test_seeking_talks_is_still_a_request(run: Run) -> None:
    assert _types(run("The rebels sought talks with the army."), "sought") == ["REQUEST"]


def test_a_request_for_comment_is_no_event(run: Run) -> None:
    assert run("The embassy did not respond to a request for comment.") == []


def test_insisting_on_a_claim_is_no_request(run: Run) -> None:
    assert "REQUEST" not in _types(run("The minister insisted he had done nothing wrong."), "insisted")


def test_insisting_on_a_step_is_a_request(run: Run) -> None:
    assert _types(run("The minister insisted on the release of the hostages."), "insisted") == ["REQUEST"]


def test_the_people_released_are_the_target(run: Run) -> None:
    events = [e for e in run("The deal secured the release of 300 prisoners.") if e.trigger.text == "release"]
    assert [(e.source, e.target.text if e.target else None) for e in events] == [(None, "300 prisoners")]


def test_ordering_an_arrest_is_the_arrest_not_a_request(run: Run) -> None:
    events = run("The governor ordered the arrest of the mayor.")
    assert [e.type for e in events] == ["COERCE"]


def test_ordering_a_release_is_still_a_request(run: Run) -> None:
    assert [e.type for e in run("The court ordered the release of the journalists.")] == ["REQUEST"]


def test_troops_stationed_somewhere_are_no_deployment(run: Run) -> None:
    assert run("About 2,000 US troops stationed in the region will leave.") == []


def test_stationing_troops_is_a_deployment(run: Run) -> None:
    assert [e.type for e in run("The ministry stationed troops on the border.")] == ["MOBILIZE"]


ASKS = AskCues(
    appeals=frozenset({"appeal"}),
    striving=frozenset({"seek"}),
    requests=frozenset({"request"}),
    comment=frozenset({"comment"}),
    claims=frozenset({"insist"}),
)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The lawyers said they would appeal against the verdict.", "appeal"),
        ("The ministry plans to appeal the ruling.", "appeal"),
        ("The rebels are seeking to overthrow the king.", "seeking"),
    ],
)
def test_legal_appeals_and_striving_ask_nobody(sentence: str, trigger: str) -> None:
    assert asks_nobody(word(parsed(sentence), trigger), ASKS)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The governor appealed to residents to stay indoors.", "appealed"),
        ("The rebels sought talks with the army.", "sought"),
    ],
)
def test_appealing_to_a_party_and_seeking_a_step_ask_someone(sentence: str, trigger: str) -> None:
    assert not asks_nobody(word(parsed(sentence), trigger), ASKS)


def test_ordering_an_act_the_sentence_names_orders_that_act() -> None:
    doc = parsed("The governor ordered the arrest of the mayor.")
    ordered, arrest = word(doc, "ordered"), word(doc, "arrest")
    assert orders_an_act(ordered, frozenset({ordered.i, arrest.i}), frozenset({"order"}))
    assert not orders_an_act(ordered, frozenset({ordered.i, arrest.i}), frozenset({"command"}))
