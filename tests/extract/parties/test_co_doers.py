"""Doers named beside the act: the agent of a participle hanging on a noun, the one an act is laid at, and
coordinated doers of a one-way act, who act together."""

from __future__ import annotations

import pytest

from tests.extract.events import Parties, Run


@pytest.mark.slow
def test_the_agent_of_a_participle_on_a_noun_is_its_doer(run: Run, parties: Parties) -> None:
    events = run("The junta, supported by Moscow, has retaken most of the north.")
    assert parties(events, "supported") == [("Moscow", "The junta")]


@pytest.mark.slow
def test_the_one_held_responsible_is_the_doer(run: Run, typed_parties: Parties) -> None:
    events = run("Washington says Tehran is responsible for the drone strikes.")
    assert [src for _, src, _ in typed_parties(events, "ASSAULT")] == ["Tehran"]
    events = run("The UN held Russia responsible for the attack on the convoy.")
    assert [src for _, src, _ in typed_parties(events, "ASSAULT")] == ["Russia"]


@pytest.mark.slow
def test_coordinated_doers_of_a_one_way_act_are_not_each_others_target(run: Run, typed_parties: Parties) -> None:
    events = run("Russia and Syria bombed the hospital on Sunday.")
    assert [(src, tgt) for _, src, tgt in typed_parties(events, "ASSAULT")] == [("Russia", None)]
    events = run("The junta and Vladimir Putin are responsible for the shelling of the market.")
    assert [(src, tgt) for _, src, tgt in typed_parties(events, "ASSAULT")] == [("The junta and Vladimir Putin", None)]


@pytest.mark.slow
def test_coordinated_sides_of_a_meeting_or_a_clash_stay_each_others_target(run: Run, typed_parties: Parties) -> None:
    events = run("Russia and China signed a trade deal.")
    assert [(src, tgt) for _, src, tgt in typed_parties(events, "SUPPORT")] == [("Russia", "China")]
    events = run("Kurdish fighters and Turkish troops clashed near the border.")
    assert [(src, tgt) for _, src, tgt in typed_parties(events, "ASSAULT")] == [("Kurdish fighters", "Turkish troops")]


@pytest.mark.slow
def test_doers_acting_on_each_other_are_each_others_target(run: Run, typed_parties: Parties) -> None:
    events = run("During the rally the police and the students threw stones at each other.")
    assert [(src, tgt) for _, src, tgt in typed_parties(events, "ASSAULT")] == [("the police", "the students")]
