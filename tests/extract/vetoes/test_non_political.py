"""Ninth round: holding people is detention, "X protested that ..." is a complaint, a planted device is no target,
"rioting students" riot, a sports word in a protest's grievance does not make it sport, and investors facing a
head of government are parties to a political event (tests load the spaCy model)."""

from __future__ import annotations

import pytest


def _of_type(events, type_: str):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == type_]


@pytest.mark.slow
def test_holding_people_is_detention(run) -> None:  # type: ignore[no-untyped-def]
    coerce = _of_type(run("The militia has been holding hundreds of villagers in a school near the front."), "COERCE")
    assert coerce and coerce[0].cameo == "173"
    assert coerce[0].target is not None and coerce[0].target.root.lower_ == "villagers"


@pytest.mark.slow
def test_holding_talks_seats_or_hostages_is_no_detention(run) -> None:  # type: ignore[no-untyped-def]
    assert not _of_type(run("The two presidents held talks on trade in the capital."), "COERCE")
    assert not _of_type(run("The ruling party holds forty seats in the assembly."), "COERCE")
    hostage = run("Gunmen held the passengers hostage for a day.")
    assert not _of_type(hostage, "COERCE") and _of_type(hostage, "ASSAULT")[0].cameo == "181"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The opposition protested that the police had beaten its candidates.", "police"),
        ("The police are ignoring threats against journalists, a press union protested on Monday.", "police"),
    ],
)
def test_protesting_a_reported_clause_is_a_complaint(run, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = run(text)
    accuse = _of_type(events, "ACCUSE")
    assert accuse and accuse[0].mode == "disapprove"
    assert accuse[0].target is not None and accuse[0].target.root.lower_ == target
    assert not _of_type(events, "PROTEST")


@pytest.mark.slow
def test_lodging_a_protest_with_a_state_is_a_complaint_against_it(run) -> None:  # type: ignore[no-untyped-def]
    accuse = _of_type(run("Peru lodged an official protest with Chile on Friday."), "ACCUSE")
    assert accuse and accuse[0].target is not None and accuse[0].target.text == "Chile"


@pytest.mark.slow
def test_street_protest_stays_a_protest(run) -> None:  # type: ignore[no-untyped-def]
    assert _of_type(run("Thousands of teachers protested against the pay cut in the capital."), "PROTEST")


@pytest.mark.slow
def test_a_planted_bomb_is_not_the_target(run) -> None:  # type: ignore[no-untyped-def]
    assault = _of_type(run("Two bombs were planted near the court building on Tuesday."), "ASSAULT")
    assert assault
    assert all(e.target is None or e.target.root.lower_ != "bombs" for e in assault)


@pytest.mark.slow
def test_rioting_people_riot(run) -> None:  # type: ignore[no-untyped-def]
    protest = _of_type(run("Rioting prisoners set fire to their cells."), "PROTEST")
    assert protest and protest[0].source is not None and protest[0].source.root.lower_ == "prisoners"


@pytest.mark.slow
def test_sports_words_in_a_protest_grievance_do_not_make_it_sport(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Thousands of people rallied in several cities on Friday to condemn the cabinet over graft, food prices "
        "and the cost of new stadiums for the football tournament."
    )
    assert _of_type(run(text), "PROTEST")


@pytest.mark.slow
def test_a_match_report_is_still_sport(run) -> None:  # type: ignore[no-untyped-def]
    assert not run("The home team beat the visitors 3-1 in the cup final on Sunday.")


@pytest.mark.slow
def test_investors_seeking_a_meeting_with_a_premier_is_political(run) -> None:  # type: ignore[no-untyped-def]
    request = _of_type(run("Foreign investors sought a meeting with the prime minister over the new tax."), "REQUEST")
    assert request and request[0].target is not None and request[0].target.root.lower_ == "minister"


@pytest.mark.slow
def test_investors_in_a_market_move_are_no_event(run) -> None:  # type: ignore[no-untyped-def]
    assert not run("Investors dumped shares of the airline after it cut its profit forecast.")
