"""The trigger of an event named by a noun or an infinitive carries the verb that says it happened, and the
wound, death and advance phrasings that name an event on their own."""

from __future__ import annotations

import pytest

from eventwire.extract.triggers.span import attempt_verb, came_under, carrier, trigger_span
from tests.docs_builder import parsed, text, word
from tests.extract.events import Run, of_type


def _triggers(run: Run, text: str) -> dict[str, str]:
    return {e.trigger.text: e.type for e in run(text)}


@pytest.mark.hand_built
def test_light_verb_further_off_than_six_words_joins_the_trigger(run: Run) -> None:
    found = _triggers(
        run, "Units of the 5th Infantry Brigade launched, early this morning, a surprise attack on the camp."
    )
    assert any(t.startswith("launched") and t.endswith("attack") for t in found)


@pytest.mark.hand_built
def test_came_under_attack_is_one_trigger(run: Run) -> None:
    found = _triggers(run, "Fighting erupted on Monday when Malian troops came under rebel attack in the town.")
    assert "came under rebel attack" in found


@pytest.mark.hand_built
def test_modifier_of_the_subject_of_an_occurrence_verb_takes_the_verb(run: Run) -> None:
    found = _triggers(run, "The army widened its operations as the bombing campaigns on the northern suburbs continue.")
    assert any(t.startswith("bombing") and t.endswith("continue") for t in found)


@pytest.mark.hand_built
def test_took_place_joins_the_noun(run: Run) -> None:
    found = _triggers(run, "The fiercest fighting once again took place in the old quarter.")
    assert any(t.startswith("fighting") and "took" in t for t in found)


@pytest.mark.hand_built
def test_managed_to_joins_the_verb(run: Run) -> None:
    found = _triggers(run, "The army managed to enter the springs area after breaking through the rebel defenses.")
    assert "managed to enter" in found


@pytest.mark.hand_built
def test_demonstration_turning_violent_takes_the_verb(run: Run) -> None:
    found = _triggers(run, "Two men were shot dead by a soldier when the demonstration turned violent.")
    assert found.get("demonstration turned") == "PROTEST"


def test_gunshot_wounds_had_are_an_assault_on_their_bearers(run: Run) -> None:
    events = run("Police said all the victims had two to four gunshot wounds to the head.")
    assert [e.type for e in events] == ["ASSAULT"]
    assert events[0].target is not None
    assert "victims" in events[0].target.text


def test_lives_lost_in_a_bombing_are_an_assault(run: Run) -> None:
    found = _triggers(run, "Three civilians lost their lives in a bombing in the market on Friday.")
    assert found.get("lost their lives") == "ASSAULT"


def test_lives_lost_to_a_flood_are_no_assault(run: Run) -> None:
    found = _triggers(run, "Three villagers lost their lives in the floods that swept the valley on Friday.")
    assert "lost their lives" not in found


def test_a_force_continuing_its_advance_moves_troops(run: Run) -> None:
    found = _triggers(run, "The Tiger Forces continued their advance south of the farms, capturing the swimming pool.")
    assert found.get("continued their advance") == "MOBILIZE"


def test_a_company_advancing_is_no_troop_movement(run: Run) -> None:
    found = _triggers(run, "The company continued its advance in the Asian market last year.")
    assert "MOBILIZE" not in found.values()


def test_bare_verb_read_as_adjective_in_a_headline_is_the_verb(run: Run) -> None:
    found = _triggers(run, "Militants detonate bombs in Egypt")
    assert found.get("detonate") == "ASSAULT"


def test_adjective_before_a_noun_in_a_headline_stays_an_adjective(run: Run) -> None:
    assert _triggers(run, "Heavy rains flood villages in Kenya").get("Heavy") is None


def test_deaths_in_clashes_join_the_clashes(run: Run) -> None:
    found = _triggers(run, "At least 30 people died in clashes on Tuesday between two militias in the village.")
    assert found.get("died in clashes") == "ASSAULT"


def test_corpses_collected_are_a_killing(run: Run) -> None:
    found = _triggers(run, "Police collected four corpses from the river bank on Monday.")
    assert found.get("collected") == "ASSAULT"


def test_troops_coming_under_fire_are_shot_at(run: Run) -> None:
    found = _triggers(run, "Kenyan troops came under fire from militants near the border town on Sunday.")
    assert found.get("came under fire") == "ASSAULT"


def test_a_minister_coming_under_fire_is_not_shot_at(run: Run) -> None:
    assert _triggers(run, "The minister came under fire from opposition lawmakers over his remarks.") == {}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Clashes between the two militias broke out on Sunday.", "broke"),
        ("The offensive began at dawn on Friday.", "began"),
        ("The rebel group claimed responsibility for the bombing.", "claimed responsibility"),
    ],
)
def test_nominal_event_span_holds_the_verb_that_states_it(run: Run, text: str, words: str) -> None:
    assert any(words in e.trigger.text for e in of_type(run(text), "ASSAULT"))


LAUNCHED = "Units of the 5th Infantry Brigade launched, early this morning, a surprise attack on the camp."


def test_a_light_verb_carries_its_noun_however_far_off() -> None:
    attack = word(parsed(LAUNCHED), "attack")
    assert text(carrier(attack, frozenset({"launch"}), frozenset())) == "launched"
    assert trigger_span(attack, [], frozenset({"launch"}), frozenset()).text == (
        "launched, early this morning, a surprise attack"
    )


def test_a_verb_that_is_no_light_verb_carries_nothing() -> None:
    attack = word(parsed(LAUNCHED), "attack")
    assert carrier(attack, frozenset(), frozenset()) is None
    assert trigger_span(attack, [], frozenset(), frozenset()).text == "attack"


def test_coming_under_attack_is_one_trigger() -> None:
    attack = word(
        parsed("Fighting erupted on Monday when Malian troops came under rebel attack in the town."), "attack"
    )
    assert text(came_under(attack)) == "came"
    assert trigger_span(attack, [], frozenset(), frozenset()).text == "came under rebel attack"


def test_managing_to_act_joins_the_act() -> None:
    enter = word(
        parsed("The army managed to enter the springs area after breaking through the rebel defenses."), "enter"
    )
    assert text(attempt_verb(enter)) == "managed"
    assert trigger_span(enter, [], frozenset(), frozenset()).text == "managed to enter"


def test_taking_place_joins_the_noun() -> None:
    fighting = word(parsed("The fiercest fighting once again took place in the old quarter."), "fighting")
    assert trigger_span(fighting, [], frozenset(), frozenset()).text == "fighting once again took"
