"""Goods a sanction or seizure falls on stand for their owner, and the owner is never the one who froze them."""

from __future__ import annotations

import pytest

from eventwire.extract.context import load_data
from eventwire.extract.parties.holdings import holdings_owner
from eventwire.model import Event
from eventwire.pipeline import code_text
from tests.tiers import Parse


def _events(text: str, kind: str) -> list[Event]:
    return [e for e in code_text(text, published="2024-05-02") if e.type == kind]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind", "owner"),
    [
        ("The European Union froze the assets of Ruritanian generals.", "SANCTION", "Ruritanian generals"),
        ("Police seized the property of the opposition leader.", "COERCE", "the opposition leader"),
        ("The treasury froze the accounts of the central bank.", "SANCTION", "the central bank"),
    ],
)
def test_the_owner_of_the_holdings_is_the_target(text: str, kind: str, owner: str) -> None:
    (event,) = _events(text, kind)
    assert event.target is not None
    assert event.target.text == owner


@pytest.mark.slow
def test_a_possessive_owner_is_the_target_and_not_the_one_freezing() -> None:
    text = "Ruritanian prosecutors charged 40 activists last year. The government later froze their bank accounts."
    (event,) = _events(text, "SANCTION")
    assert event.target is not None
    assert event.target.text == "their"
    assert event.target.sector != "GOV"  # not the government that froze them


@pytest.mark.slow
def test_own_troops_are_still_no_target() -> None:
    (event,) = _events("The army withdrew its troops from the valley.", "RETREAT")
    assert event.target is None or event.target.text != "its"


@pytest.mark.parametrize(
    ("text", "noun", "owner"),
    [
        ("The bank froze their accounts.", "accounts", "their"),
        ("The bank froze the accounts of the rebels.", "accounts", "rebels"),
        ("The bank froze the accounts yesterday.", "accounts", None),
        ("The army destroyed their houses.", "houses", None),
    ],
)
def test_the_owner_of_a_holding(parse: Parse, text: str, noun: str, owner: str | None) -> None:
    doc = parse(text)
    (token,) = [t for t in doc if t.text == noun]
    found = holdings_owner(token, load_data().arguments.targets)
    assert (found.text if found is not None else None) == owner
