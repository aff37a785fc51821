"""Events outside politics are no events, and political ones that look like them stay: sport, markets and
investors, disasters, accidents and illness, and words of those fields inside a political sentence."""

from __future__ import annotations

import pytest

from eventwire.extract.vetoes.non_political import Filters
from eventwire.lexicons.classes import load_classes
from eventwire.lexicons.cues import load_cues
from tests.docs_builder import parsed, word
from tests.extract.events import Run, of_type, roots_of_type, types_and_cameos


@pytest.mark.hand_built
def test_sports_words_in_a_protest_grievance_do_not_make_it_sport(run: Run) -> None:
    text = (
        "Thousands of people rallied in several cities on Friday to condemn the cabinet over graft, food prices "
        "and the cost of new stadiums for the football tournament."
    )
    assert of_type(run(text), "PROTEST")


@pytest.mark.hand_built
def test_a_match_report_is_still_sport(run: Run) -> None:
    assert not run("The home team beat the visitors 3-1 in the cup final on Sunday.")


@pytest.mark.hand_built
def test_investors_seeking_a_meeting_with_a_premier_is_political(run: Run) -> None:
    request = of_type(run("Foreign investors sought a meeting with the prime minister over the new tax."), "REQUEST")
    assert request
    assert request[0].target is not None
    assert request[0].target.root.lower_ == "minister"


@pytest.mark.hand_built
def test_investors_in_a_market_move_are_no_event(run: Run) -> None:
    assert not run("Investors dumped shares of the airline after it cut its profit forecast.")


def test_the_heart_of_a_city_is_no_illness(run: Run) -> None:
    assert "entered" in roots_of_type(run("Armed militants entered a mosque in the heart of the old city."), "ASSAULT")
    assert not roots_of_type(run("The former minister died of a heart attack on Sunday."), "ASSAULT")


@pytest.mark.hand_built
def test_opening_fire_is_shooting_not_a_blaze(run: Run) -> None:
    events = run("Police answered with opening fire on the crowd, killing and wounding at least twenty people.")
    assert "killing" in roots_of_type(events, "ASSAULT")


@pytest.mark.hand_built
def test_a_refused_cease_fire_proposal_is_a_rejection_not_a_fire(run: Run) -> None:
    events = run("The president of Freedonia rejected the rebel leader's proposal for a cease-fire during the holiday.")
    assert ("REJECT", "120") in types_and_cameos(events)


@pytest.mark.parametrize(
    "text",
    [
        "Kuwaiti depositors seek higher interest on their savings.",
        "Norwegian shareholders sought a larger dividend this year.",
    ],
)
def test_people_in_an_economic_role_are_no_political_party(run: Run, text: str) -> None:
    assert run(text) == []


def test_protest_over_accidents_is_a_protest(run: Run) -> None:
    assert of_type(run("Villagers held a demonstration over frequent road accidents."), "PROTEST")


def test_killing_in_a_road_accident_stays_uncoded(run: Run) -> None:
    assert not of_type(run("Three people were killed in a road accident near the town."), "ASSAULT")


def test_traders_protesting_is_a_protest(run: Run) -> None:
    assert of_type(run("Market traders in the town protest a new levy."), "PROTEST")


def test_motorcycle_rider_killed_is_not_sport(run: Run) -> None:
    assert of_type(run("A motorcycle rider was shot dead by gunmen in the village."), "ASSAULT")


def test_bomb_at_a_market_is_not_market_news(run: Run) -> None:
    assert of_type(run("A bomber detonated explosives at the crowded market on Friday."), "ASSAULT")


def test_a_wave_of_attacks_is_not_weather(run: Run) -> None:
    events = run("A wave of attacks across the province killed at least twenty people.")
    assert any(e.trigger.text == "killed" for e in of_type(events, "ASSAULT"))


def test_hit_team_is_not_sport_but_a_match_report_is(run: Run) -> None:
    assert of_type(run("The judge was shot dead by a hit team in the port city."), "ASSAULT")
    assert not of_type(run("The striker shot twice as his team beat the champions 3-1."), "ASSAULT")


@pytest.mark.parametrize("text", ["Liverpool battle Everton in derby clash", "Arsenal attack Chelsea defence early"])
def test_sports_headline_with_team_names_stays_uncoded(run: Run, text: str) -> None:
    assert not of_type(run(text), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    ["Two farmers were killed by army sniper fire.", "Three soldiers were wounded by mortar fire near the base."],
)
def test_gunfire_is_no_disaster(run: Run, text: str) -> None:
    assert of_type(run(text), "ASSAULT")


def _filters() -> Filters:
    cues = load_cues()
    return Filters(cues.nonevent, cues.actors, load_classes().words("partitive"))


def test_a_match_report_is_sport() -> None:
    doc = parsed("The home team beat the visitors 3-1 in the cup final on Sunday.")
    assert _filters().sports(word(doc, "beat"))


def test_investors_dumping_shares_are_business_news_with_no_political_party() -> None:
    doc = parsed("Investors dumped shares of the airline after it cut its profit forecast.")
    assert _filters().is_business(doc[:])
    assert not _filters().political([doc[0:1]], business=True)


def test_prices_as_a_party_are_a_market_move() -> None:
    doc = parsed("Oil prices fell sharply after the announcement.")
    assert _filters().market([word(doc, "prices")])


def test_a_killing_in_a_road_accident_is_an_accident() -> None:
    doc = parsed("Three people were killed in a road accident near the town.")
    assert _filters().disaster(word(doc, "killed"), [word(doc, "people")])


def test_accidents_as_the_grievance_of_a_protest_leave_it_a_protest() -> None:
    doc = parsed("Villagers held a demonstration over frequent road accidents.")
    assert not _filters().disaster(word(doc, "demonstration"), [word(doc, "Villagers")])
    assert _filters().political([doc[0:1]], business=False)


def test_a_shooting_is_political_violence() -> None:
    doc = parsed("Gunmen shot two farmers and injured three others near the river on Friday.")
    shot = word(doc, "shot")
    assert not _filters().disaster(shot, [word(doc, "Gunmen"), word(doc, "farmers")])
    assert not _filters().sports(shot)
