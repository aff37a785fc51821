"""A trigger word naming a kind of people, force or arms ("riot police", "attack helicopters") is no event;
the same words used as events still are."""

from __future__ import annotations

import pytest

from tests.extract.events import Run


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Villagers blocked the highway and riot police fired live bullets at them.", "riot"),
        ("The clans fought for hours before riot police intervened.", "riot"),
        ("The protest leaders were taken to hospital on Friday.", "protest"),
        ("Two attack helicopters were seen over the port.", "attack"),
        ("The strike force reached the island at dawn.", "strike"),
    ],
)
def test_trigger_word_naming_a_kind_is_no_event(run: Run, text: str, word: str) -> None:
    assert not [e for e in run(text) if e.trigger.root.lower_ == word], run(text)


@pytest.mark.hand_built
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds joined the protest march in the capital.",
        "Nurses protest leaders' decision to cut their pay.",
    ],
)
def test_the_same_words_as_events_are_still_protests(run: Run, text: str) -> None:
    assert "PROTEST" in {e.type for e in run(text)}
