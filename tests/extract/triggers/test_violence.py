"""Which phrasings code violence (ASSAULT): armed actions, weapons hitting and destroying, destruction by war
or a blast, mass expulsions, firing and striking; and their look-alikes in farming, business and weather that
stay uncoded."""

from __future__ import annotations

import pytest

from tests.extract.events import Run, of_type, roots_and_parties, roots_of_type, types_and_cameos, types_by_root


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A roadside bomb hit a bus carrying pilgrims near the border.", "bomb"),
        ("Several mortar shells hit the market on Sunday.", "shells"),
        ("More than twenty air strikes hit the valley overnight.", "strikes"),
    ],
)
def test_weapon_hitting_something_is_an_assault(run: Run, text: str, source: str) -> None:
    (event,) = [e for e in run(text) if e.trigger.root.lower_ == "hit"]
    assert event.type == "ASSAULT"
    # the weapon is what hit, not who: the doer is unnamed (third precision round)
    assert event.source is None
    assert any(t.lower_ == source for t in event.sentence)


@pytest.mark.hand_built
def test_pounding_positions_is_an_assault(run: Run) -> None:
    events = run("Artillery pounded militia positions east of the town.")
    assert [e.type for e in events if e.trigger.root.lower_ == "pounded"] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Higher fuel costs hit the airline's earnings in the second quarter.",
        "The inquiry found that the governing body had acted within its powers.",
        "The hurricane hit the coast and several bodies were found on the beach.",
        "Divers recovered the bodies of the passengers after the ferry capsized.",
        "The midfielder sustained a knee injury in the second half of the match.",
    ],
)
def test_no_violence_without_a_weapon_or_a_killing(run: Run, text: str) -> None:
    assert not [e for e in run(text) if e.type == "ASSAULT"], run(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Two car bombs destroyed a police station and several shops in the old town.", "destroyed"),
        ("Militants planted a landmine on the road to the border post.", "planted"),
        ("A bomb was planted under the bridge overnight.", "planted"),
        ("Gunmen entered the clinic and seized two nurses.", "entered"),
        ("The militia violated the ceasefire twice on Saturday.", "violated"),
    ],
)
def test_armed_actions_are_assault(run: Run, text: str, trigger: str) -> None:
    assert ("ASSAULT", trigger) in types_by_root(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The farmers planted maize after the rains.",
        "The committee destroyed the old ballot papers as the law requires.",
    ],
)
def test_planting_crops_and_shredding_papers_are_no_assault(run: Run, text: str) -> None:
    assert not any(e.type == "ASSAULT" for e in run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Most of the old bridges in the province were destroyed in the war.",
        "The town hall was destroyed in the 9 a.m. (0700 GMT) explosion, the governor said.",
        "About a third of the houses in the valley were destroyed by shelling.",
        "A quarter of the village's schools have been destroyed, a relief agency said.",
    ],
)
def test_destruction_by_war_or_blast_is_assault(run: Run, text: str) -> None:
    assert "destroyed" in roots_of_type(run(text), "ASSAULT")


def test_destruction_by_fire_or_storm_alone_is_no_assault(run: Run) -> None:
    assert not roots_of_type(run("Dozens of homes were destroyed by the wildfire last week."), "ASSAULT")
    assert not roots_of_type(run("The storm destroyed a quarter of the harvest."), "ASSAULT")


@pytest.mark.hand_built
def test_a_quarter_of_profits_is_still_market_talk(run: Run) -> None:
    assert not roots_of_type(
        run("The bank said a quarter of its profits were destroyed by the currency slump."), "ASSAULT"
    )


@pytest.mark.hand_built
def test_forces_firing_without_an_object_shoot(run: Run) -> None:
    assert "fired" in roots_of_type(run("Two men died when soldiers fired wildly into the market square."), "ASSAULT")


@pytest.mark.hand_built
def test_striking_military_targets_is_assault(run: Run) -> None:
    assert "striking" in roots_of_type(
        run("The guerrillas opened the campaign by striking forty targets in the north."), "ASSAULT"
    )


def test_violence_a_death_came_from_is_reported(run: Run) -> None:
    found = roots_and_parties(
        run("An inmate died as a result of torture in a provincial jail, his lawyer said."), "ASSAULT"
    )
    assert "torture" in [f[0] for f in found]
    assert not roots_and_parties(run("The retired general died of a heart attack at home."), "ASSAULT")


@pytest.mark.hand_built
def test_forcing_villagers_from_their_homes_is_a_mass_expulsion(run: Run) -> None:
    events = run("The army forced out more than 2,000 villagers from their homes near the border.")
    assert ("ASSAULT", "201") in types_and_cameos(events)


@pytest.mark.hand_built
def test_expelling_two_journalists_is_no_mass_expulsion(run: Run) -> None:
    events = run("The government expelled two foreign journalists on Monday.")
    assert ("ASSAULT", "201") not in types_and_cameos(events)


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
def test_conflict_verbs_with_physical_targets(run: Run, text: str, trigger: str) -> None:
    assert any(trigger in e.trigger.text for e in of_type(run(text), "ASSAULT"))


@pytest.mark.parametrize(
    "text",
    [
        "Share prices fell sharply on Monday.",
        "The company targeted new customers in the region.",
        "The new law will enter into force next year.",
        "The storm destroyed homes along the coast.",
    ],
)
def test_conflict_verbs_without_physical_targets_stay_uncoded(run: Run, text: str) -> None:
    assert not of_type(run(text), "ASSAULT")


@pytest.mark.hand_built
def test_coordinated_participle_tagged_as_adjective_is_an_event(run: Run) -> None:
    events = run("Nine people were killed and many more wounded by a bomb in the city.")
    assert any(e.trigger.text == "wounded" for e in of_type(events, "ASSAULT"))


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
def test_more_violence_and_protest_wording(run: Run, text: str, trigger: str) -> None:
    assert any(trigger in e.trigger.text for e in run(text) if e.type in ("ASSAULT", "PROTEST"))


@pytest.mark.parametrize(
    "text", ["The singer rapped about her home town.", "Three people died in a fire at the market.", "He was stoned."]
)
def test_look_alikes_stay_uncoded(run: Run, text: str) -> None:
    assert not of_type(run(text), "ASSAULT")


@pytest.mark.parametrize(
    "text", ["The departure hall was destroyed in the afternoon blast.", "The old terminal was damaged by shelling."]
)
def test_destruction_by_a_violent_cause_is_an_attack(run: Run, text: str) -> None:
    assert of_type(run(text), "ASSAULT")
