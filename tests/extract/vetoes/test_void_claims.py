"""Claims of responsibility on hand-built parses: a claim naming its attack, or made by nobody, is no event."""

from __future__ import annotations

import pytest

from eventwire.extract.vetoes.void_claims import void_claim
from tests.docs_builder import parsed, word


def _void(sentence: str) -> bool:
    doc = parsed(sentence)
    return void_claim(word(doc, "claimed"), [word(doc, "responsibility")])


def test_a_bare_claim_is_the_claimers_own_attack() -> None:
    assert not _void("A separatist militia claimed responsibility on Tuesday.")


@pytest.mark.parametrize(
    "sentence",
    ["A separatist militia claimed responsibility for the ambush.", "No group has claimed responsibility so far."],
)
def test_a_claim_naming_its_attack_or_made_by_nobody_is_void(sentence: str) -> None:
    assert _void(sentence)
