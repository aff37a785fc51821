"""Places as targets: arriving in a capital, refusing to send troops to a country; talks held in a city do
not target it."""

from __future__ import annotations

import pytest

from eventwire.extract.parties.destinations import place_target
from tests.docs_builder import parsed, text, word
from tests.extract.events import Run, of_type, target_text


@pytest.mark.hand_built
def test_arriving_in_a_capital_targets_it(run: Run) -> None:
    consult = of_type(run("The Chilean foreign minister arrived in Lima on Tuesday."), "CONSULT")
    assert consult
    assert target_text(consult[0]) == "Lima"


def test_talks_held_in_a_city_do_not_target_it(run: Run) -> None:
    consult = of_type(run("The minister held talks in Vienna on Monday."), "CONSULT")
    assert all(target_text(e) != "Vienna" for e in consult)


def test_refusing_to_send_troops_to_a_country_targets_it(run: Run) -> None:
    reject = of_type(run("Portugal has refused to deploy soldiers in Mali."), "REJECT")
    assert reject
    assert target_text(reject[0]) == "Mali"


ARRIVALS = frozenset({"arrive"})
LIMA = "The Chilean foreign minister arrived in Lima on Tuesday."


def test_the_capital_arrived_in_is_the_target_of_a_visit() -> None:
    assert text(place_target(word(parsed(LIMA), "arrived"), "CONSULT", ARRIVALS)) == "Lima"


def test_a_meeting_word_that_is_no_arrival_targets_no_place() -> None:
    assert place_target(word(parsed(LIMA), "arrived"), "CONSULT", frozenset()) is None


def test_violence_is_placed_where_it_happened_not_aimed_at_it() -> None:
    assert place_target(word(parsed(LIMA), "arrived"), "ASSAULT", ARRIVALS) is None
