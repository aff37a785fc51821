"""Sixth-round precision: trigger words naming a kind of people, force or arms are no events; lifting restrictions
is CONCEDE and lifting sanctions RETREAT; one state's war games are MOBILIZE, two sides' COOPERATE (most tests load
the spaCy model)."""

from __future__ import annotations

import pytest

from eventwire.lexicons.cues import load_cues
from eventwire.lexicons.triggers import load_lexicon


def test_every_kind_modifier_is_a_trigger_lemma() -> None:
    lexicon = load_lexicon()
    for word in load_cues().kind_modifiers:
        assert lexicon.for_lemma(word), f"kind_modifiers names {word!r}, which has no lexicon entry"


def test_no_retreat_entry_codes_lifted_restrictions() -> None:
    for entry in load_lexicon().all_entries:
        if entry.type == "RETREAT":
            assert "restriction" not in (*entry.obj, *entry.dobj), entry


@pytest.mark.slow
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
def test_trigger_word_naming_a_kind_is_no_event(run, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in run(text) if e.trigger.root.lower_ == word], run(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds joined the protest march in the capital.",
        "Nurses protest leaders' decision to cut their pay.",
    ],
)
def test_the_same_words_as_events_are_still_protests(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" in {e.type for e in run(text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event_type", "cameo"),
    [
        ("The government lifted the curfew in the capital.", "CONCEDE", "081"),
        ("Authorities eased the night curfew on Sunday.", "CONCEDE", "081"),
        ("The president lifted the state of emergency in the north.", "CONCEDE", "081"),
        ("The European Union lifted sanctions on Belarus.", "RETREAT", "085"),
        ("Washington eased its embargo on Havana.", "RETREAT", "085"),
        ("The cabinet suspended the sanctions against its neighbour.", "RETREAT", "085"),
    ],
)
def test_restrictions_are_conceded_and_sanctions_retreated(  # type: ignore[no-untyped-def]
    run, text: str, event_type: str, cameo: str
) -> None:
    found = {(e.type, e.cameo) for e in run(text)}
    assert (event_type, cameo) in found and not {t for t, _ in found} & ({"CONCEDE", "RETREAT"} - {event_type})


@pytest.mark.slow
def test_a_lifted_curfew_coordinated_with_another_is_not_imposed(run) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in run("The army lifted the state of emergency and the curfew in the south.")]
    assert types == ["CONCEDE"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Iran held war games in the Gulf on Monday.",
        "China staged large-scale war games near the strait.",
        "Russia held military exercises near the border.",
    ],
)
def test_one_state_war_games_are_a_show_of_force(run, text: str) -> None:  # type: ignore[no-untyped-def]
    found = {(e.type, e.cameo) for e in run(text)}
    assert ("MOBILIZE", "150") in found and "COOPERATE" not in {t for t, _ in found}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Russia and Belarus held war games.",
        "The navy held war games with the United States.",
        "Russia held military exercises with Belarus.",
        "Chilean and Peruvian warships began a week of war games off the coast.",
        "The two navies began war games off the coast.",
        "Turkey and Azerbaijan held drills near the border.",
    ],
)
def test_two_sides_war_games_are_cooperation(run, text: str) -> None:  # type: ignore[no-untyped-def]
    found = {(e.type, e.cameo) for e in run(text)}
    assert ("COOPERATE", "062") in found and "MOBILIZE" not in {t for t, _ in found}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Kuwaiti depositors seek higher interest on their savings.",
        "Norwegian shareholders sought a larger dividend this year.",
    ],
)
def test_people_in_an_economic_role_are_no_political_party(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text) == []


@pytest.mark.slow
def test_extending_a_production_quota_is_no_coercion(run) -> None:  # type: ignore[no-untyped-def]
    found = {e.type for e in run("Farm ministers decided to extend the milk quota scheme for two more years.")}
    assert not found & {"COERCE", "THREATEN"}, found
    assert "COERCE" in {e.type for e in run("The government extended the curfew for another week.")}
