"""Targets inside object phrases, of governed verbs, by preposition and type, of victims and owners
(loads the spaCy model)."""

from __future__ import annotations

import pytest

from eventwire.extract import RawEvent
from eventwire.extract.parties.targets import complement_verb, is_own, reduced_passive, shared_object
from tests.docs_builder import parsed, text, word
from tests.extract.events import Run, of_type, target_text, text_of


def _target(events: list[RawEvent], event_type: str, trigger: str) -> str | None:
    found = [e for e in events if e.type == event_type and trigger in e.trigger.text]
    assert found, f"no {event_type} event on {trigger!r} in {[(e.type, e.trigger.text) for e in events]}"
    return found[0].target.text if found[0].target is not None else None


@pytest.mark.parametrize(
    ("text", "event_type", "trigger", "target"),
    [
        # objects of light verbs and nominal triggers
        ("The president imposed sanctions on the Taliban movement last week.", "SANCTION", "imposed", "Taliban"),
        ("The army launched an attack on rebel positions near the border.", "ASSAULT", "attack", "rebel"),
        ("France and Britain held talks with Germany.", "CONSULT", "talks", "Germany"),
        ("The mayor made an appeal to the rebels to lay down arms.", "REQUEST", "appeal", "the rebels"),
        # a party inside the object: agent, owner, of-phrase, nationality
        ("The council rejected an appeal from President Smith to free them.", "REJECT", "rejected", "President Smith"),
        ("The opposition demanded the resignation of Prime Minister Jones.", "REQUEST", "demanded", "Jones"),
        ("The ministry condemned Turkey's invasion of Cyprus.", "ACCUSE", "condemned", "Turkey"),
        ("Soldiers attacked Russia's embassy in the capital.", "ASSAULT", "attacked", "Russia"),
        ("The cabinet rejected a Peruvian peace plan on Monday.", "REJECT", "rejected", "Peruvian"),
        # the target of the verb an event governs
        ("Ghana threatened to cut ties with Togo over the dispute.", "THREATEN", "threatened", "Togo"),
        ("The premier refused to meet Chile's foreign minister.", "REJECT", "refused", "foreign minister"),
        # prepositions by type
        ("Canada accused Beijing of spying.", "ACCUSE", "accused", "Beijing"),
        ("The minister threatened Kenya with sanctions.", "THREATEN", "threatened", "Kenya"),
        ("Israel withdrew its troops from Lebanon.", "RETREAT", "withdrew", "Lebanon"),
        ("The villagers demanded compensation from the governor.", "REQUEST", "demanded", "the governor"),
        ("Norway will send aid to Sudan.", "AID", "send", "Sudan"),
        (
            "Thousands of students protested against the government in the capital.",
            "PROTEST",
            "protested",
            "government",
        ),
        ("Police clashed with hawkers at Kilifi on Monday.", "ASSAULT", "clashed", None),
        ("The governor imposed a curfew in Mombasa after the riots.", "COERCE", "curfew", "Mombasa"),
        ("Peru complained to the United Nations over Chilean air raids.", "ACCUSE", "complained", "Chilean"),
        ("Egypt and Sudan resumed negotiations on a Sudanese troop pullback.", "CONSULT", "negotiations", "Sudan"),
        ("The senator defended the rights of Kurds in the region.", "SUPPORT", "defended", "Kurds"),
        ("NATO will tighten the blockade of Libya with Malta's help.", "COERCE", "blockade", "Libya"),
        ("The farmers demanded the withdrawal of Ugandan troops from the border.", "REQUEST", "demanded", "Ugandan"),
        ("The government accepted demands from the striking teachers.", "CONCEDE", "accepted", "teachers"),
        ("The president conceded to demands from the opposition.", "CONCEDE", "conceded", "the opposition"),
        ("Clashes between Turkana and Pokot herders left five dead.", "ASSAULT", "Clashes", "Pokot"),
        # protests named by a light verb, restrictions on a place
        ("Farmers began a hunger strike to protest against Sweden's decision.", "PROTEST", "began", "Sweden"),
        (
            "Students continued their hunger strike to demand the resignation of President Kabila.",
            "PROTEST",
            "continued",
            "Kabila",
        ),
        (
            "Refugees are continuing a hunger strike in protest at the Russian government's refusal to grant asylum.",
            "PROTEST",
            "continuing",
            "government",
        ),
        ("The authorities imposed a curfew in the town of Mosul after the riots.", "COERCE", "curfew", "Mosul"),
        ("Israel reimposed blockades in the West Bank on Friday.", "COERCE", "blockades", "West Bank"),
        # reported speech and forces sent
        ("Iran warned that it would retaliate against Israel.", "THREATEN", "warned", "Israel"),
        ("Beijing warned that Taiwan would face consequences.", "THREATEN", "warned", "Taiwan"),
        ("Kenya promised to send troops to Somalia.", "MOBILIZE", "send", "Somalia"),
        # victims of violence, shared objects and purpose clauses
        ("A mob killed a suspected thief in the village.", "ASSAULT", "killed", "a suspected thief"),
        ("A police officer shot and wounded a street vendor.", "ASSAULT", "shot", "a street vendor"),
        ("Gunmen attacked the village at night.", "ASSAULT", "attacked", "the village"),
        ("Farmers staged a hunger strike to protest the seizure of land by the army.", "PROTEST", "strike", "the army"),
    ],
)
def test_target_of_event(run: Run, text: str, event_type: str, trigger: str, target: str | None) -> None:
    found = _target(run(text), event_type, trigger)
    if target is None:
        assert found is None
    else:
        assert found is not None
        assert target in found


@pytest.mark.hand_built
def test_condemned_attack_does_not_accuse_its_victim(run: Run) -> None:
    assert _target(run("Nigeria condemned the attack on Niger."), "ACCUSE", "condemned") is None


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Twelve suspected witches burned to death in the village.", "burned", "witches"),
        ("One dead, eleven injured in a clash over grazing land.", "injured", "eleven"),
        ("A man found killed near the river.", "killed", "man"),
        ("Youths attack journalist in town", "attack", "journalist"),
        ("Unknown group attacks campaigner for local councillor", "attacks", "campaigner"),
        ("Five killed in renewed ethnic violence", "killed", "Five"),
        ("Police shot two dead during the march.", "shot", "two"),
    ],
)
def test_the_harmed_are_targets_without_a_doer(run: Run, text: str, trigger: str, target: str) -> None:
    found = [e for e in run(text) if e.type == "ASSAULT" and trigger in e.trigger.text]
    assert found
    assert found[0].target is not None
    assert target in found[0].target.text
    if trigger not in ("shot", "attack", "attacks"):
        assert found[0].source is None


@pytest.mark.hand_built
def test_each_named_conjunct_is_a_target(run: Run) -> None:
    events = [e for e in run("Ukraine accused Russia and Belarus of shelling the town.") if e.type == "ACCUSE"]
    assert sorted(e.target.text for e in events if e.target is not None) == ["Belarus", "Russia"]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Rebels attacked government troops near the river.", "ASSAULT"),
        ("Militants attacked a government convoy.", "ASSAULT"),
        ("The minister attacked the government's new policy.", "ACCUSE"),
    ],
)
def test_attack_on_forces_is_violence_and_on_policy_criticism(run: Run, text: str, event_type: str) -> None:
    assert [e.type for e in run(text) if "attacked" in e.trigger.text] == [event_type]


@pytest.mark.hand_built
def test_the_party_urged_to_act_is_the_target_of_the_request(run: Run) -> None:
    events = run("Morocco called on Algeria to reopen the border.")
    assert [(e.type, text_of(e.source), text_of(e.target)) for e in events] == [("REQUEST", "Morocco", "Algeria")]


@pytest.mark.hand_built
def test_the_light_verb_subject_is_the_source_over_a_pronoun(run: Run) -> None:
    text = "Students continued their hunger strike to demand the resignation of President Kabila."
    events = [e for e in run(text) if e.type == "PROTEST"]
    assert events
    assert events[0].source is not None
    assert events[0].source.text == "Students"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The army lifted the state of emergency in Egypt on Monday.", "Egypt"),
        ("The governor lifted the state of emergency after the elections.", None),
    ],
)
def test_state_of_emergency_is_no_party(run: Run, text: str, target: str | None) -> None:
    (event,) = [e for e in run(text) if e.trigger.root.lower_ == "lifted"]
    assert (event.target.text if event.target is not None else None) == target


@pytest.mark.hand_built
def test_a_planted_bomb_is_not_the_target(run: Run) -> None:
    assault = of_type(run("Two bombs were planted near the court building on Tuesday."), "ASSAULT")
    assert assault
    assert all(e.target is None or e.target.root.lower_ != "bombs" for e in assault)


def test_a_date_is_not_told_to_act(run: Run) -> None:
    events = run("The donors agreed on Friday to provide food aid for Malawi.")
    assert all(e.source is None or e.source.text != "Friday" for e in events)
    assert any(target_text(e) == "Malawi" for e in of_type(events, "AGREE"))


def test_a_demand_that_someone_act_targets_them(run: Run) -> None:
    request = of_type(run("The union repeated its demand today that Ghana raise the minimum wage."), "REQUEST")
    assert request
    assert target_text(request[0]) == "Ghana"


def test_the_doers_own_nationals_are_no_target(run: Run) -> None:
    agree = of_type(run("Peru has offered to hand over to Bolivia three of its nationals."), "AGREE")
    assert agree
    assert target_text(agree[0]) == "Bolivia"


def test_sentence_initial_rockets_are_no_target(run: Run) -> None:
    assault = of_type(run("Rockets were fired at the base overnight."), "ASSAULT")
    assert assault
    assert all(target_text(e) != "Rockets" for e in assault)


def test_the_doers_own_troops_are_no_target() -> None:
    doc = parsed("Russia withdrew its troops from the border.")
    assert is_own(word(doc, "troops"))
    assert not is_own(word(doc, "border"))


def test_coordinated_headline_verbs_share_the_object_of_the_last() -> None:
    doc = parsed("Police assault and arrest a reporter in Lodwar.")
    assert text(shared_object(word(doc, "assault"))) == "reporter"


def test_the_verb_a_considered_step_is_told_in() -> None:
    doc = parsed("Germany is considering sending tanks to Poland.")
    assert text(complement_verb(word(doc, "considering"))) == "sending"


def test_a_finite_passive_is_no_reduced_passive() -> None:
    assert not reduced_passive(word(parsed("Two bombs were planted near the court building on Tuesday."), "planted"))


@pytest.mark.slow
def test_coordinated_verbs_share_an_object_the_parser_hung_on_an_ing_word(run: Run) -> None:
    """ "shot and wounded fleeing villagers": the villagers were shot too."""
    found = _target(run("Militiamen shot and wounded fleeing villagers near the river."), "ASSAULT", "shot")
    assert found is not None and found.endswith("villagers")
