"""Named armed groups entering or encircling a place act by force; their names come from the actor tables."""

from __future__ import annotations

import pytest

from eventwire.extract.triggers.armed_groups import armed_names, fold
from tests.extract.events import Run, roots_and_parties


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        ("Hezbollah entered the border village late on Friday.", "ASSAULT", "entered"),
        ("Boko Haram encircled the garrison town for three days.", "COERCE", "encircled"),
    ],
)
def test_a_known_armed_group_entering_or_encircling_a_place(run: Run, text: str, type_: str, trigger: str) -> None:
    assert trigger in [f[0] for f in roots_and_parties(run(text), type_)]


@pytest.mark.hand_built
def test_an_unknown_organisation_entering_is_no_assault(run: Run) -> None:
    assert not roots_and_parties(run("Tesla entered the Indian market last year."), "ASSAULT")


def test_armed_names_come_from_the_actor_tables() -> None:
    names = armed_names()
    assert {"hezbollah", "taliban", "al shabaab", "boko haram"} <= names
    assert "united nations" not in names


def test_names_are_folded_without_case_article_or_hyphen() -> None:
    assert fold("The Al-Shabaab ") == "al shabaab"
