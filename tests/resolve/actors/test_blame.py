"""Which named armed groups a report blames, on hand-built parses."""

from __future__ import annotations

import pytest

from eventwire.lexicons.actors.lexicon import Lexicon
from eventwire.lexicons.actors.words import load_actor_words
from eventwire.resolve.actors.blame import blamed_groups
from tests.docs_builder import parsed


@pytest.mark.parametrize(
    "sentence", ["Al-Shabaab claimed responsibility for the attack.", "Police suspect Al-Shabaab of the bombing."]
)
def test_a_group_claiming_or_suspected_of_an_attack_is_blamed(sentence: str) -> None:
    found = blamed_groups(parsed(sentence), Lexicon(), load_actor_words())
    assert [span.text for span in found] == ["Al-Shabaab"]


def test_an_unnamed_militia_is_no_named_group() -> None:
    doc = parsed("A separatist militia claimed responsibility for the ambush.")
    assert blamed_groups(doc, Lexicon(), load_actor_words()) == []
