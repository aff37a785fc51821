"""Recall rules: headline verbs read as nouns, misspelt triggers, nominal -ing forms, reported nominal events,
grievances that are not disasters, and the partners of talks the parser hung elsewhere (loads the spaCy model)."""

from __future__ import annotations

import pytest

from eventwire.extract import RawEvent

pytestmark = pytest.mark.slow


def _of_type(events: list[RawEvent], event_type: str) -> list[RawEvent]:
    return [e for e in events if e.type == event_type]


def _text(span: object) -> str | None:
    return getattr(span, "text", None)


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
def test_headline_verb_tagged_as_noun_is_an_event(run, text: str, trigger: str, source: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in run(text) if e.trigger.text == trigger]
    assert found, f"no event on {trigger!r} in {[(e.type, e.trigger.text) for e in run(text)]}"
    assert _text(found[0].source) == source
    assert found[0].target is None or trigger not in found[0].target.text


def test_headline_object_phrase_leaves_the_verb_out(run) -> None:  # type: ignore[no-untyped-def]
    event = _of_type(run("Herdsmen from the hills attack farmers in the valley"), "ASSAULT")[0]
    assert _text(event.target) == "farmers"


def test_noun_compound_in_a_sentence_with_a_verb_stays_a_noun(run) -> None:  # type: ignore[no-untyped-def]
    assert not _of_type(run("The police found battle gear in the house."), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Students protestd over the closure of their hostel.", "PROTEST"),
        ("Raiders attakced several houses at night.", "ASSAULT"),
        ("Herders demonstated against the eviction.", "PROTEST"),
    ],
)
def test_misspelt_trigger_is_read_as_meant(run, text: str, event_type: str) -> None:  # type: ignore[no-untyped-def]
    assert _of_type(run(text), event_type)


def test_nominal_ing_form_takes_noun_parties(run) -> None:  # type: ignore[no-untyped-def]
    event = _of_type(run("Fighting between rival clans left five dead."), "ASSAULT")[0]
    assert event.source is not None and "clans" in event.source.text


@pytest.mark.parametrize(
    "text", ["Ethnic violence erupted in the valley on Sunday.", "Violence reported during the municipal elections"]
)
def test_nominal_event_that_the_sentence_reports_is_kept(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _of_type(run(text), "ASSAULT")


def test_background_mention_of_violence_is_still_dropped(run) -> None:  # type: ignore[no-untyped-def]
    assert not _of_type(run("Shops reopened in the town after the violence of last year."), "ASSAULT")


def test_protest_over_accidents_is_a_protest(run) -> None:  # type: ignore[no-untyped-def]
    assert _of_type(run("Villagers held a demonstration over frequent road accidents."), "PROTEST")


def test_killing_in_a_road_accident_stays_uncoded(run) -> None:  # type: ignore[no-untyped-def]
    assert not _of_type(run("Three people were killed in a road accident near the town."), "ASSAULT")


def test_traders_protesting_is_a_protest(run) -> None:  # type: ignore[no-untyped-def]
    assert _of_type(run("Market traders in the town protest a new levy."), "PROTEST")


def test_motorcycle_rider_killed_is_not_sport(run) -> None:  # type: ignore[no-untyped-def]
    assert _of_type(run("A motorcycle rider was shot dead by gunmen in the village."), "ASSAULT")


def test_talks_partner_hung_on_the_main_verb_is_taken_back(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "After talks of the Turkish envoy, first with European diplomats, and then with Lavrov in Ankara in May, "
        "Turkey presented a plan to end the war."
    )
    talks = [e for e in run(text) if e.type == "CONSULT" and e.trigger.text == "talks"]
    assert {_text(e.target) for e in talks} == {"European diplomats", "Lavrov"}
    assert all(_text(e.source) == "the Turkish envoy" for e in talks)


def test_with_phrase_of_a_meeting_verb_stays_its_own(run) -> None:  # type: ignore[no-untyped-def]
    events = run("After talks in Geneva, the minister met with rebel leaders.")
    talks = [e for e in events if e.trigger.text == "talks"]
    assert all(e.target is None for e in talks)


def test_with_phrase_after_the_main_subject_stays_with_its_verb(run) -> None:  # type: ignore[no-untyped-def]
    events = run("After the negotiations, the president returned home with his ministers.")
    assert all(e.target is None for e in events if e.trigger.text == "negotiations")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Government troops stormed the rebel headquarters at dawn.", "stormed"),
        ("An air strike destroyed the bridge over the river.", "destroyed"),
        ("The drone strike targeted a militia base near the border.", "targeted"),
        ("Two mortar shells fell on the village square.", "fell"),
        ("The brigade managed to enter the town after a week of fighting.", "enter"),
        ("Government forces liberated the town from the insurgents.", "liberated"),
        ("The militants executed twelve of their own commanders.", "executed"),
        ("A suicide bomber rammed a truck into an army post.", "rammed"),
    ],
)
def test_conflict_verbs_with_physical_targets(run, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert any(trigger in e.trigger.text for e in _of_type(run(text), "ASSAULT"))


@pytest.mark.parametrize(
    "text",
    [
        "Share prices fell sharply on Monday.",
        "The company targeted new customers in the region.",
        "The new law will enter into force next year.",
        "The storm destroyed homes along the coast.",
    ],
)
def test_conflict_verbs_without_physical_targets_stay_uncoded(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _of_type(run(text), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Clashes between the two militias broke out on Sunday.", "broke"),
        ("The offensive began at dawn on Friday.", "began"),
        ("The rebel group claimed responsibility for the bombing.", "claimed responsibility"),
    ],
)
def test_nominal_event_span_holds_the_verb_that_states_it(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    assert any(words in e.trigger.text for e in _of_type(run(text), "ASSAULT"))


def test_claimer_is_the_source_of_the_claimed_attack(run) -> None:  # type: ignore[no-untyped-def]
    event = _of_type(run("The rebel group claimed responsibility for the bombing."), "ASSAULT")[0]
    assert _text(event.source) == "The rebel group"


def test_coordinated_participle_tagged_as_adjective_is_an_event(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Nine people were killed and many more wounded by a bomb in the city.")
    assert any(e.trigger.text == "wounded" for e in _of_type(events, "ASSAULT"))


def test_bomb_at_a_market_is_not_market_news(run) -> None:  # type: ignore[no-untyped-def]
    assert _of_type(run("A bomber detonated explosives at the crowded market on Friday."), "ASSAULT")


def test_a_wave_of_attacks_is_not_weather(run) -> None:  # type: ignore[no-untyped-def]
    events = run("A wave of attacks across the province killed at least twenty people.")
    assert any(e.trigger.text == "killed" for e in _of_type(events, "ASSAULT"))


def test_hit_team_is_not_sport_but_a_match_report_is(run) -> None:  # type: ignore[no-untyped-def]
    assert _of_type(run("The judge was shot dead by a hit team in the port city."), "ASSAULT")
    assert not _of_type(run("The striker shot twice as his team beat the champions 3-1."), "ASSAULT")


def test_purpose_named_by_the_object_makes_the_event_planned(run) -> None:  # type: ignore[no-untyped-def]
    text = "The ministry called the main aim of the visit to strengthen bilateral ties with Chile."
    event = _of_type(run(text), "SUPPORT")[0]
    assert event.status == "planned"
    assert _text(event.target) == "Chile"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A member of the militia raped a girl in the camp.", "raped"),
        ("Residents stoned two thieves to death in the market.", "stoned"),
        ("Party supporters damaged property in the town centre.", "damaged"),
        ("Villagers set on fire seven houses near the river.", "set on fire"),
        ("Dock workers protest new rules from the port authority in Mombasa.", "protest"),
    ],
)
def test_more_violence_and_protest_wording(run, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert any(trigger in e.trigger.text for e in run(text) if e.type in ("ASSAULT", "PROTEST"))


@pytest.mark.parametrize(
    "text", ["The singer rapped about her home town.", "Three people died in a fire at the market.", "He was stoned."]
)
def test_look_alikes_stay_uncoded(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _of_type(run(text), "ASSAULT")


@pytest.mark.parametrize(
    "text", ["The departure hall was destroyed in the afternoon blast.", "The old terminal was damaged by shelling."]
)
def test_destruction_by_a_violent_cause_is_an_attack(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _of_type(run(text), "ASSAULT")


@pytest.mark.parametrize("text", ["Liverpool battle Everton in derby clash", "Arsenal attack Chelsea defence early"])
def test_sports_headline_with_team_names_stays_uncoded(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _of_type(run(text), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    ["Two farmers were killed by army sniper fire.", "Three soldiers were wounded by mortar fire near the base."],
)
def test_gunfire_is_no_disaster(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _of_type(run(text), "ASSAULT")


def test_detention_on_charges_is_also_an_accusation(run) -> None:  # type: ignore[no-untyped-def]
    accuse = _of_type(run("Police in Peru detained three journalists on charges of espionage."), "ACCUSE")[0]
    assert _text(accuse.source) == "Police" and _text(accuse.target) == "three journalists"


def test_being_in_charge_of_something_is_no_accusation(run) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in run("The general is in charge of the operation in the north.") if e.type == "ACCUSE"]
