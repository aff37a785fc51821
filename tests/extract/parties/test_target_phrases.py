"""Targets the argument finder hands to the resolver: past a time phrase, the subject of an infinitive clause,
a title before a name, and a nationality sharing its conjunct's noun (tests load the spaCy model; own sentences)."""

from __future__ import annotations

import pytest

from eventwire.extract.raw import RawEvent
from tests.extract.events import Run


def _targets(events: list[RawEvent], type_: str) -> list[str]:
    return [e.target.text for e in events if e.type == type_ and e.target is not None]


@pytest.mark.hand_built
def test_a_time_phrase_before_the_recipient_is_skipped(run: Run) -> None:
    events = run("The king gave a warm welcome on Friday to Ruritanian President Anton Weber.")
    assert any("Anton Weber" in t for t in _targets(events, "CONSULT"))


@pytest.mark.hand_built
def test_the_subject_of_an_allowed_infinitive_is_the_target(run: Run) -> None:
    events = run("The electoral court decided to allow opposition leader Maria Lopez to run in the coming poll.")
    assert any("Maria Lopez" in t for t in _targets(events, "CONCEDE"))


@pytest.mark.hand_built
def test_a_title_without_a_comma_stays_with_the_name(run: Run) -> None:
    events = run("The foreign minister summoned Ruritania's ambassador Karl Brandt to protest the raid.")
    assert any(t.startswith("Ruritania's ambassador") for e in events if e.target is not None for t in [e.target.text])


@pytest.mark.hand_built
def test_a_name_set_off_by_commas_is_the_target_alone(run: Run) -> None:
    events = run("Russia criticised the president, Xi Jinping, for the remarks.")
    assert "Xi Jinping" in _targets(events, "ACCUSE")


@pytest.mark.hand_built
def test_a_nationality_coordinated_before_a_noun_shares_that_noun(run: Run) -> None:
    events = run("Guards in the camp have beaten dozens of Sierra Leonean and Liberian refugees.")
    assert "Sierra Leonean and Liberian refugees" in _targets(events, "ASSAULT")


def test_a_mission_is_aimed_at_the_country_it_is_sent_to(run: Run) -> None:
    events = run("The agency has dispatched inspectors to the uranium plant in central Estonia.")
    assert any(e.target is not None and e.target.root.text == "Estonia" for e in events)


def test_a_deployment_arriving_in_a_country_is_aimed_at_it(run: Run) -> None:
    events = run("The first deployment of UN peacekeeping troops has arrived in Ruritania.")
    assert "Ruritania" in _targets(events, "AID")


def test_stated_readiness_is_aimed_at_the_party_the_step_is_for(run: Run) -> None:
    events = run("Norway is willing to send equipment to help defend Estonia if it is invaded.")
    assert any(e.type == "AGREE" and e.target is not None and e.target.text == "Estonia" for e in events)


def test_a_date_heading_a_report_is_no_part_of_the_doer(run: Run) -> None:
    events = run("12 Sep. Police raided a market and arrested three traders.")
    assert {e.source.text for e in events if e.source is not None} == {"Police"}


def test_an_attack_on_a_village_is_on_the_village(run: Run) -> None:
    events = run("Saturday's attack on the village killed four herders.")
    assert "the village" in _targets(events, "ASSAULT")


def test_an_attack_on_a_road_names_no_target(run: Run) -> None:
    events = run("The attack on the road was blamed on bandits.")
    assert not any(e.target is not None and e.target.root.lower_ == "road" for e in events)


def test_a_declaration_demanding_something_is_its_authors_demand(run: Run) -> None:
    events = run("The rebel front issued a declaration demanding that the Estonian government release its leader.")
    demands = [e for e in events if e.type == "REQUEST"]
    assert demands
    assert demands[0].source is not None
    assert demands[0].source.root.lower_ == "front"


def test_a_meeting_a_guest_is_hosted_for_is_with_that_guest(run: Run) -> None:
    events = run("The king hosted the Estonian president at the palace for a private meeting.")
    meetings = [e for e in events if e.type == "CONSULT" and e.trigger.text == "meeting"]
    assert meetings
    assert meetings[0].target is not None
    assert meetings[0].target.root.lower_ == "president"


def test_two_coordinated_nationalities_of_one_doer_are_both_sides(run: Run) -> None:
    events = run("Turkish and Greek diplomats met in Geneva.")
    assert "Greek" in _targets(events, "CONSULT")


def test_condemning_the_conduct_of_a_party_accuses_it(run: Run) -> None:
    events = run("The envoy strongly condemned the continuing brutality of the Chilean army.")
    assert "the Chilean army" in _targets(events, "ACCUSE")


def test_condemning_the_killing_of_people_does_not_accuse_them(run: Run) -> None:
    events = run("Peru condemned the killing of the protesters.")
    assert "the protesters" not in _targets(events, "ACCUSE")


def test_whoever_remains_under_sanctions_is_their_target(run: Run) -> None:
    events = run("Several Ruritanian generals remain under UN sanctions.")
    assert any("generals" in t for t in _targets(events, "SANCTION"))


def test_being_under_a_proposal_is_no_measure_on_anyone(run: Run) -> None:
    events = run("Under the proposal, all member states would set a quota.")
    assert not any("member states" in t for e in events for t in _targets(events, e.type))
