"""Third precision round: requested and needed acts are not asserted, a clause with its own subject keeps its own
status, help given "with the aid of X" comes from X, and an event noun, a weapon or a town before an event noun is
no doer (tests load the spaCy model; sentences are our own)."""

from __future__ import annotations

import pytest


def _status(events, trigger: str) -> str:  # type: ignore[no-untyped-def]
    return next(e.status for e in events if e.trigger.text == trigger)


def _source(events, trigger: str) -> str | None:  # type: ignore[no-untyped-def]
    found = next(e for e in events if e.trigger.text == trigger)
    return found.source.text if found.source is not None else None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The UN envoy begged Jordan to reopen its border to refugees.", "reopen"),
        ("Aid groups said they need approvals to deliver food to the camp.", "deliver"),
        ("The suspects need to be detained securely.", "detained"),
    ],
)
def test_a_begged_or_needed_act_is_not_asserted(run, sentence: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _status(run(sentence), trigger) == "hypothetical"


@pytest.mark.slow
def test_a_negated_need_negates_the_act(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The ruler felt no need to negotiate with the opposition.")
    assert _status(events, "negotiate") == "negated"


@pytest.mark.slow
def test_negation_stays_in_its_clause_when_the_next_has_its_own_subject(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The army has not withdrawn from the town, and the rebels accused them of shelling the market.")
    assert _status(events, "withdrawn") == "negated"
    assert _status(events, "accused") == "asserted"


@pytest.mark.slow
def test_negation_is_shared_by_conjuncts_without_their_own_subject(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The army did not attack or shell the village.")
    assert _status(events, "shell") == "negated"


@pytest.mark.slow
def test_a_clause_describing_a_noun_keeps_its_own_status(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The ministry is not taking back the fighters currently being held by the militia in the north.")
    assert _status(events, "held") == "asserted"


@pytest.mark.slow
def test_the_helper_named_with_the_aid_of_is_the_doer(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Turkey invaded the town in 2018 with the aid of rebel proxies.")
    aid = next(e for e in events if e.trigger.text == "aid")
    assert aid.source is not None and aid.source.text == "rebel proxies"
    assert aid.target is not None and aid.target.text == "Turkey"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("A chemical attack by the army killed dozens of people in the town.", "the army"),
        ("The Turkish offensive killed dozens of people.", "Turkish"),
        ("A chemical attack killed 40 people on Tuesday.", None),
    ],
)
def test_an_event_noun_as_subject_gives_its_own_doer(run, sentence: str, doer: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _source(run(sentence), "killed") == doer


@pytest.mark.slow
def test_a_people_noun_subject_stays_the_doer(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The police have not arrested the leaders, and the protesters blocked the road.")
    assert _source(events, "blocked") == "the protesters"


@pytest.mark.slow
def test_a_town_before_an_event_noun_is_no_doer(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The Sochi conference with the opposition began on Monday.")
    assert events and all(e.source is None or "Sochi" not in e.source.text for e in events)


@pytest.mark.slow
def test_a_country_before_an_event_noun_stays_the_doer(run) -> None:  # type: ignore[no-untyped-def]
    assert _source(run("US airstrikes hit the town on Monday."), "airstrikes") == "US"


@pytest.mark.slow
def test_rioters_stay_the_doer(run) -> None:  # type: ignore[no-untyped-def]
    assert _source(run("Rioters burned the market in the town on Monday."), "burned") == "Rioters"


@pytest.mark.slow
def test_the_one_using_a_weapon_is_the_doer(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Police officers sprayed a car with bullets, killing one man.")
    assert _source(events, "killing") == "Police officers"
