"""Which events a sentence holds (issue 18, items 2 and 4): senses of trigger words that are no act, the type a
restriction of people takes, one act told once (tests load the spaCy model; sentences are our own)."""

from __future__ import annotations

import pytest

from eventwire.extract.context import Extraction, load_data
from eventwire.extract.derived import backing, no_longer
from eventwire.extract.parties.record import Parties
from eventwire.extract.vetoes import other_senses


def _types(events) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(e.type for e in events)


@pytest.mark.slow
def test_people_banned_from_doing_something_are_restricted(run) -> None:  # type: ignore[no-untyped-def]
    assert _types(run("The authorities banned the journalists from leaving the country.")) == ["COERCE"]
    assert _types(run("Twenty activists were barred from travelling abroad by the interior ministry.")) == ["COERCE"]


@pytest.mark.slow
def test_trade_banned_is_a_sanction(run) -> None:  # type: ignore[no-untyped-def]
    assert _types(run("Washington banned the supply of drones to the militia.")) == ["SANCTION"]
    assert _types(run("The government banned imports from the neighbouring country.")) == ["SANCTION"]


@pytest.mark.slow
def test_pressing_ahead_is_no_request(run) -> None:  # type: ignore[no-untyped-def]
    assert run("The government can now press ahead with its plans for the region.") == []


@pytest.mark.slow
def test_remarks_seized_on_are_no_seizure(run) -> None:  # type: ignore[no-untyped-def]
    assert run("The minister's remarks were quickly seized on by opposition parties.") == []


@pytest.mark.slow
def test_a_revolt_giving_way_to_war_is_no_concession(run) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" not in _types(run("The revolt soon gave way to a long war."))


@pytest.mark.slow
def test_forces_backed_by_forces_are_military_cooperation(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Government troops, backed by allied air support, retook the hills.")
    assert [(e.type, e.cameo) for e in events if e.trigger.root.lower_ == "backed"] == [("COOPERATE", "062")]
    assert not [e for e in events if e.type == "SUPPORT"]
    events = run("The army, supported by local militias, drove the insurgents out of the valley.")
    assert ("COOPERATE", "supported") in {(e.type, e.trigger.root.lower_) for e in events}


@pytest.mark.slow
def test_a_government_backed_by_a_party_is_no_military_cooperation(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Germany backed the French proposal, and the plan was also backed by the ruling party in Spain.")
    assert "COOPERATE" not in {e.type for e in events}
    assert "SUPPORT" in {e.type for e in events}


@pytest.mark.slow
def test_demonstrating_a_thing_is_no_protest(run) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" not in _types(run("The visit demonstrated the country's new influence in the region."))
    assert "PROTEST" not in _types(run("The leaders must demonstrate that the union still works."))
    assert "PROTEST" in _types(run("Thousands of students demonstrated against the government in the capital."))
    assert "PROTEST" in _types(run("Some 5,000 dock workers demonstrated Friday in ten cities against the plans."))
    assert "PROTEST" in _types(run("Some 40,000 farmers demonstrated Friday in 50 cities against EU plans to cut aid."))


@pytest.mark.slow
def test_asking_a_question_is_no_request(run) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in _types(run("The opposition leader asked why the army had been deployed."))
    assert "REQUEST" not in _types(run('The minister asked reporters: "Who is to blame?"'))
    assert "REQUEST" in _types(run("The opposition leader asked the army to leave the capital."))
    assert "REQUEST" in _types(run("Washington asked Moscow whether its planes could fly over the area."))


@pytest.mark.slow
def test_recognising_a_fact_or_a_person_is_no_recognition(run) -> None:  # type: ignore[no-untyped-def]
    assert "SUPPORT" not in _types(run("The foreign minister recognised that the talks had failed."))
    assert "AGREE" not in _types(run("The foreign minister recognised that the talks had failed."))
    assert run("A soldier at the checkpoint recognised him.") == []
    assert "SUPPORT" in _types(run("Sweden recognised the Palestinian state in 2014."))


@pytest.mark.slow
def test_talk_of_a_thing_is_no_meeting(run) -> None:  # type: ignore[no-untyped-def]
    assert "CONSULT" not in _types(run("The bombing has ended any talk of reconciliation between the parties."))
    assert "CONSULT" in _types(run("The two governments held talks in Geneva on Monday."))


@pytest.mark.slow
def test_an_act_asked_for_is_the_request_alone(run) -> None:  # type: ignore[no-untyped-def]
    assert _types(run("The envoy called for the Taliban to lift the travel ban on women.")) == ["REQUEST"]
    assert _types(run("Farmers called on the authorities to loosen the restrictions.")) == ["REQUEST"]
    assert "MOBILIZE" not in _types(run("He urged that the two men should not be sent to the military prison."))


@pytest.mark.slow
def test_an_act_told_in_a_clause_is_no_request(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The minister insisted that the army had withdrawn its troops from the town.")
    assert "RETREAT" in _types(events)


@pytest.mark.slow
def test_words_of_praise_approval_and_arms(run) -> None:  # type: ignore[no-untyped-def]
    assert "SUPPORT" in _types(run("The foreign minister lauded the Emirates for their role in the talks."))
    assert "SUPPORT" in _types(run("Lawmakers approved the president's nominee for the post on Thursday."))
    assert "AID" in _types(run("The government sells weapons to the regime in Ankara."))
    assert "ACCUSE" in _types(run("Washington designated the militia a terrorist organisation in 2019."))
    assert "ASSAULT" in _types(run("The Kurdish rebels have fought a long insurgency against the state."))


@pytest.mark.slow
def test_what_happens_whenever_is_no_event(run) -> None:  # type: ignore[no-untyped-def]
    assert run("When the army retreats, chaos follows.") == []
    assert "ASSAULT" in _types(run("When the army attacked the town, the rebels fled."))


@pytest.mark.slow
def test_a_web_address_is_no_place_visited(run) -> None:  # type: ignore[no-untyped-def]
    assert run("Read more letters and click here to visit example.com/letters") == []


@pytest.mark.slow
def test_fires_burning_are_a_disaster(run) -> None:  # type: ignore[no-untyped-def]
    assert run("Forty bushfires continue to burn across the south.") == []


@pytest.mark.slow
def test_expelled_from_a_party_is_a_sanction(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The veteran politician was expelled from the ruling party on Friday.")
    assert [(e.type, e.cameo) for e in events] == [("SANCTION", "160")]


@pytest.mark.slow
def test_aid_no_longer_given_is_a_sanction(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The minister said Washington would no longer supply weapons to the militia.")
    assert [(e.type, e.cameo, e.status) for e in events] == [("SANCTION", "162", "planned")]


@pytest.mark.slow
def test_access_no_longer_granted_is_a_rejection(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The authorities will no longer grant the envoy access to the country.")
    assert "REJECT" in {e.type for e in events}
    assert "CONCEDE" not in {e.type for e in events}


@pytest.mark.slow
def test_incursions_poisonings_and_locking_up(run) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types(run("The incursion by Turkish troops began on Sunday."))
    assert "ASSAULT" in _types(run("Government agents poisoned two opposition activists in March."))
    assert "COERCE" in _types(run("The government has been locking up opposition lawmakers."))


@pytest.mark.slow
def test_a_vow_of_force_is_a_threat_alone(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The minister vowed that the army will expel every last foreign fighter from the country.")
    assert "AGREE" not in _types(events)
    assert "THREATEN" in _types(events)


@pytest.mark.slow
def test_an_act_told_of_anyone_is_no_event(run) -> None:  # type: ignore[no-untyped-def]
    assert run("If you are seen near the base, you can be arrested.") == []
    assert "COERCE" in _types(run("The police arrested you and your brother on Monday, the judge told him."))


@pytest.mark.slow
def test_the_rules_on_their_own(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The ministry said it would no longer supply fuel, and the rebels, backed by allied troops, asked why.")
    ex = Extraction.of(doc, load_data())
    by_word = {c.token.lower_: c for c in ex.candidates}
    assert no_longer.ended(by_word["supply"].token)
    assert not no_longer.ended(by_word["backed"].token)
    assert other_senses.other_sense(by_word["asked"], ex)
    assert not other_senses.other_sense(by_word["supply"], ex)
    assert backing.military_backing(by_word["backed"], Parties(), ex) is not None
    assert not backing.backing_means(by_word["backed"], ex)


@pytest.mark.slow
def test_destroying_ones_stockpile_is_disarming(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The government said it had destroyed its stockpile of chemical weapons.")
    assert [(e.type, e.mode) for e in events if e.trigger.root.lower_ == "destroyed"] == [("RETREAT", "disarm")]


@pytest.mark.slow
def test_a_vote_called_for_a_date_is_no_request(run) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in _types(run("The president could lose the snap elections called for 24 June."))
    assert "REQUEST" in _types(run("The opposition called for new elections in June."))


@pytest.mark.slow
def test_fighting_fires_and_targeting_mainly_are_no_events(run) -> None:  # type: ignore[no-untyped-def]
    assert run("Firefighters from abroad have battled blazes in the south for weeks.") == []
    assert run("The militia mainly targets police vehicles on the coast road.") == []
    assert "ASSAULT" in _types(run("Rebels fought government troops near the town on Monday."))


@pytest.mark.slow
def test_likening_someone_to_a_villain_is_an_accusation(run) -> None:  # type: ignore[no-untyped-def]
    assert _types(run("The newspaper likened the president to a dictator.")) == ["ACCUSE"]


@pytest.mark.slow
def test_court_cases_filed_are_an_accusation(run) -> None:  # type: ignore[no-untyped-def]
    assert _types(run("The opposition filed several court cases against the electoral commission.")) == ["ACCUSE"]
    assert run("The clerk filed the documents in the cabinet.") == []


@pytest.mark.slow
def test_a_demand_with_no_party_is_no_request(run) -> None:  # type: ignore[no-untyped-def]
    assert run("Local farms cannot keep up with demand.") == []
    assert run("As the public interest demands, the seat should not stay empty.") == []


@pytest.mark.slow
def test_a_party_demanding_is_a_request(run) -> None:  # type: ignore[no-untyped-def]
    assert _types(run("The opposition demanded the release of the detained activists.")) == ["REQUEST"]
