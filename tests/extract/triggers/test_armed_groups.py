"""Twelfth round: -ing clauses with victims of their own ("..., killing five", "..., leaving ten dead"), victims
counted by a quantity word, and named armed groups entering or encircling a place (tests load the spaCy model)."""

from __future__ import annotations

import pytest

from eventwire.extract.triggers.armed_groups import armed_names, fold


def _events(events, type_: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    def text(span) -> str:  # type: ignore[no-untyped-def]
        return span.text if span is not None else ""

    return [(e.trigger.root.lower_, text(e.source), text(e.target)) for e in events if e.type == type_]


@pytest.mark.slow
def test_a_killing_clause_is_its_own_assault_with_the_attackers_and_victims(run) -> None:  # type: ignore[no-untyped-def]
    found = _events(run("Gunmen opened fire on a wedding party, killing 9 and wounding 15."), "ASSAULT")
    assert ("killing", "Gunmen", "9") in found
    assert ("wounding", "Gunmen", "15") in found


@pytest.mark.slow
def test_leaving_people_dead_is_an_assault_on_them(run) -> None:  # type: ignore[no-untyped-def]
    found = _events(run("A mortar round landed near the clinic, leaving six patients dead."), "ASSAULT")
    assert ("leaving", "", "six patients") in found  # a mortar round is the means, not the doer


@pytest.mark.slow
def test_leaving_without_casualties_is_no_assault(run) -> None:  # type: ignore[no-untyped-def]
    found = _events(run("The governor left the hall at noon, leaving the delegates puzzled."), "ASSAULT")
    assert not [f for f in found if f[0] == "leaving"]


@pytest.mark.slow
def test_a_quantity_word_counts_the_victims(run) -> None:  # type: ignore[no-untyped-def]
    found = _events(run("Riot police charged the marchers with batons, injuring dozens."), "ASSAULT")
    assert ("injuring", "Riot police", "dozens") in found


@pytest.mark.slow
def test_an_ing_clause_with_no_victims_of_its_own_adds_no_event(run) -> None:  # type: ignore[no-untyped-def]
    found = _events(run("The army shelled the hill villages for hours, killing."), "ASSAULT")
    assert [f[0] for f in found] == ["shelled"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        ("Hezbollah entered the border village late on Friday.", "ASSAULT", "entered"),
        ("Boko Haram encircled the garrison town for three days.", "COERCE", "encircled"),
    ],
)
def test_a_known_armed_group_entering_or_encircling_a_place(run, text: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in [f[0] for f in _events(run(text), type_)]


@pytest.mark.slow
def test_an_unknown_organisation_entering_is_no_assault(run) -> None:  # type: ignore[no-untyped-def]
    assert not _events(run("Tesla entered the Indian market last year."), "ASSAULT")


def test_armed_names_come_from_the_actor_tables() -> None:
    names = armed_names()
    assert {"hezbollah", "taliban", "al shabaab", "boko haram"} <= names
    assert "united nations" not in names


def test_names_are_folded_without_case_article_or_hyphen() -> None:
    assert fold("The Al-Shabaab ") == "al shabaab"


@pytest.mark.slow
def test_violence_a_death_came_from_is_reported(run) -> None:  # type: ignore[no-untyped-def]
    found = _events(run("An inmate died as a result of torture in a provincial jail, his lawyer said."), "ASSAULT")
    assert "torture" in [f[0] for f in found]
    assert not _events(run("The retired general died of a heart attack at home."), "ASSAULT")
