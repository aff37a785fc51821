"""Headlines: a verb the parser read as a noun is still an event, its object phrase leaves the verb out, and
a noun compound in a sentence with a verb stays a noun."""

from __future__ import annotations

import pytest

from eventwire.extract.triggers.headlines import headline_object, headline_subject, is_headline_verb
from tests.docs_builder import parsed, text, word
from tests.extract.events import Run, of_type, text_of


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Police battle gang in slum", "battle", "Police"),
        ("Bandits raid villages and attack herders", "raid", "Bandits"),
        ("Bandits raid villages and attack herders", "attack", "Bandits"),
        ("Herdsmen from the hills attack farmers in the valley", "attack", "Herdsmen"),
        ("Crowd lynches man in market town", "lynches", "Crowd"),
    ],
)
def test_headline_verb_tagged_as_noun_is_an_event(run: Run, text: str, trigger: str, source: str) -> None:
    found = [e for e in run(text) if e.trigger.text == trigger]
    assert found, f"no event on {trigger!r} in {[(e.type, e.trigger.text) for e in run(text)]}"
    assert text_of(found[0].source) == source
    assert found[0].target is None or trigger not in found[0].target.text


@pytest.mark.hand_built
def test_headline_object_phrase_leaves_the_verb_out(run: Run) -> None:
    event = of_type(run("Herdsmen from the hills attack farmers in the valley"), "ASSAULT")[0]
    assert text_of(event.target) == "farmers"


def test_noun_compound_in_a_sentence_with_a_verb_stays_a_noun(run: Run) -> None:
    assert not of_type(run("The police found battle gear in the house."), "ASSAULT")


HERDSMEN = "Herdsmen from the hills attack farmers in the valley"


def test_a_compound_standing_where_the_verb_should_is_a_headline_verb() -> None:
    doc = parsed(HERDSMEN)
    assert is_headline_verb(word(doc, "attack"))
    assert not is_headline_verb(word(doc, "farmers"))


def test_the_subject_of_a_headline_verb_comes_before_the_preposition_ahead_of_it() -> None:
    assert text(headline_subject(word(parsed(HERDSMEN), "attack"))) == "Herdsmen"


def test_the_noun_a_headline_verb_is_hung_on_is_its_object() -> None:
    assert headline_object(word(parsed(HERDSMEN), "attack")).text == "farmers"
