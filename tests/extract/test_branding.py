"""Calling a party by a branding name is an accusation (the ``stigma`` class of ``classes.yaml`` after "call",
"brand", "label", "dub", "describe", "term"); the same word naming the doer brands nobody (sentences are our own)."""

from __future__ import annotations

import pytest

from tests.extract.events import Run, roots_and_parties


@pytest.mark.slow
def test_calling_someone_a_terrorist_is_an_accusation(run: Run) -> None:
    events = run("A soldier stopped the trader and called her a terrorist.")
    assert roots_and_parties(events, "ACCUSE") == [("called", "A soldier", "her")]


@pytest.mark.slow
def test_describing_a_group_as_criminals_is_an_accusation(run: Run) -> None:
    events = run("The ministry describes the militia as criminals.")
    assert roots_and_parties(events, "ACCUSE") == [("describes", "The ministry", "the militia")]


@pytest.mark.slow
def test_a_branding_word_in_the_subject_brands_nobody(run: Run) -> None:
    assert run("A criminal gang called the police.") == []


@pytest.mark.slow
def test_calling_a_meeting_is_no_accusation(run: Run) -> None:
    events = run("The governor called the elders to a meeting.")
    assert [e for e in events if e.type == "ACCUSE"] == []


@pytest.mark.slow
def test_a_call_for_talks_by_a_branded_group_stays_a_request(run: Run) -> None:
    events = run("The terrorist group called for talks with the government.")
    assert [e.type for e in events] == ["REQUEST"]
