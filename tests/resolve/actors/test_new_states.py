"""A country that became independent is coded as the state it belonged to for events before that day."""

from __future__ import annotations

from datetime import date

from eventwire.lexicons.actors import country_on
from eventwire.model import Actor
from eventwire.resolve.home import as_of as _as_of


def test_a_new_state_before_its_independence_is_the_state_it_left() -> None:
    assert country_on("SSD", date(1993, 3, 1)) == "SDN"
    assert country_on("SSD", date(2013, 12, 20)) == "SSD"


def test_a_country_without_a_recent_independence_or_an_undated_event_is_unchanged() -> None:
    assert country_on("KEN", date(1990, 1, 1)) == "KEN"
    assert country_on("SSD", None) == "SSD"
    assert country_on(None, date(1990, 1, 1)) is None


def test_an_actor_of_a_new_state_in_an_earlier_event_takes_the_old_state() -> None:
    actor = Actor(text="residents of Juba", name="South Sudan Residents", country="SSD", sector="CVL")
    earlier = _as_of(actor, date(2005, 6, 1))
    assert earlier is not None
    assert earlier.country == "SDN"
    assert earlier.name == actor.name
