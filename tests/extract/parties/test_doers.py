"""The doer of an event: the subject a coordinated verb shares, the helper named "with the aid of", the owner of an
event noun and the one using a weapon; a date, a town or an event noun before an event noun is no doer."""

from __future__ import annotations

import pytest

from tests.extract.events import Parties, Run, of_type, roots_of_type, source_of, text_of


@pytest.mark.hand_built
def test_a_coordinated_verb_shares_the_subject(run: Run) -> None:
    events = run("The gunmen arrived in two cars, entered the hotel and took the guests hostage.")
    assert "entered" in roots_of_type(events, "ASSAULT")


@pytest.mark.hand_built
def test_the_helper_named_with_the_aid_of_is_the_doer(run: Run) -> None:
    events = run("Turkey invaded the town in 2018 with the aid of rebel proxies.")
    aid = next(e for e in events if e.trigger.text == "aid")
    assert aid.source is not None
    assert aid.source.text == "rebel proxies"
    assert aid.target is not None
    assert aid.target.text == "Turkey"


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("A chemical attack by the army killed dozens of people in the town.", "the army"),
        ("The Turkish offensive killed dozens of people.", "Turkish"),
        ("A chemical attack killed 40 people on Tuesday.", None),
    ],
)
def test_an_event_noun_as_subject_gives_its_own_doer(run: Run, sentence: str, doer: str | None) -> None:
    assert source_of(run(sentence), "killed") == doer


@pytest.mark.hand_built
def test_a_people_noun_subject_stays_the_doer(run: Run) -> None:
    events = run("The police have not arrested the leaders, and the protesters blocked the road.")
    assert source_of(events, "blocked") == "the protesters"


@pytest.mark.hand_built
def test_a_town_before_an_event_noun_is_no_doer(run: Run) -> None:
    events = run("The Sochi conference with the opposition began on Monday.")
    assert events
    assert all(e.source is None or "Sochi" not in e.source.text for e in events)


def test_a_country_before_an_event_noun_stays_the_doer(run: Run) -> None:
    assert source_of(run("US airstrikes hit the town on Monday."), "airstrikes") == "US"


def test_rioters_stay_the_doer(run: Run) -> None:
    assert source_of(run("Rioters burned the market in the town on Monday."), "burned") == "Rioters"


def test_the_one_using_a_weapon_is_the_doer(run: Run) -> None:
    events = run("Police officers sprayed a car with bullets, killing one man.")
    assert source_of(events, "killing") == "Police officers"


def test_a_date_owning_an_attack_is_not_its_doer(run: Run, parties: Parties) -> None:
    events = run("Dozens of families were hurt by Monday's rocket attack on the northern district.")
    assert all(source != "Monday" for source, _ in parties(events, "attack"))


def test_claimer_is_the_source_of_the_claimed_attack(run: Run) -> None:
    event = of_type(run("The rebel group claimed responsibility for the bombing."), "ASSAULT")[0]
    assert text_of(event.source) == "The rebel group"


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("The port was hit again by US-led airstrikes on Sunday.", "US"),
        ("The port was hit again by Saudi-led coalition airstrikes on Sunday.", "Saudi"),
    ],
)
def test_the_leader_named_on_an_attack_or_its_coalition_is_its_doer(run: Run, sentence: str, doer: str) -> None:
    strikes = [e for e in run(sentence) if e.trigger.root.lower_ == "airstrikes"]
    assert strikes
    assert source_of(strikes, "airstrikes") == doer
