"""The partners of talks: a with-phrase the parser hung on the main verb is taken back by the talks, one of a
meeting verb or after the main subject stays with its verb."""

from __future__ import annotations

import pytest

from eventwire.extract.parties.partners import with_partners
from tests.docs_builder import parsed, word
from tests.extract.events import Run, text_of


@pytest.mark.hand_built
def test_talks_partner_hung_on_the_main_verb_is_taken_back(run: Run) -> None:
    text = (
        "After talks of the Turkish envoy, first with European diplomats, and then with Lavrov in Ankara in May, "
        "Turkey presented a plan to end the war."
    )
    talks = [e for e in run(text) if e.type == "CONSULT" and e.trigger.text == "talks"]
    assert {text_of(e.target) for e in talks} == {"European diplomats", "Lavrov"}
    assert all(text_of(e.source) == "the Turkish envoy" for e in talks)


def test_with_phrase_of_a_meeting_verb_stays_its_own(run: Run) -> None:
    events = run("After talks in Geneva, the minister met with rebel leaders.")
    talks = [e for e in events if e.trigger.text == "talks"]
    assert all(e.target is None for e in talks)


def test_with_phrase_after_the_main_subject_stays_with_its_verb(run: Run) -> None:
    events = run("After the negotiations, the president returned home with his ministers.")
    assert all(e.target is None for e in events if e.trigger.text == "negotiations")


ENVOY = (
    "After talks of the Turkish envoy, first with European diplomats, and then with Lavrov in Ankara in May, "
    "Turkey presented a plan to end the war."
)
ACTORS = frozenset({"diplomat", "envoy"})


def test_with_phrases_hung_elsewhere_are_the_partners_of_the_talks() -> None:
    doc = parsed(ENVOY)
    talks = word(doc, "talks")
    assert [t.text for t in with_partners(talks, frozenset({talks.i}), ACTORS)] == ["diplomats", "Lavrov"]


def test_an_event_word_between_keeps_the_with_phrases_for_itself() -> None:
    doc = parsed(ENVOY)
    talks, first = word(doc, "talks"), word(doc, "first")
    assert with_partners(talks, frozenset({talks.i, first.i}), ACTORS) == []
