"""The story's scene as the place of an act its own sentence does not place: forces sent or pulled out by a foreign
state, and a site the gazetteer does not know (loads the spaCy model; sentences written for these tests)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from eventwire.extract.raw import RawEvent
from eventwire.lexicons.gazetteer.index import Gazetteer
from eventwire.model import Place
from eventwire.resolve.places.event import event_place
from eventwire.resolve.places.scene import site_in_story_town
from tests.tiers import Parse

RawBuilder = Callable[..., RawEvent]

# A story set in Syria (two place phrases in Syrian towns), whose last sentence names no place of its own.
STORY = (
    "Fighting went on in Raqqa on Monday.\n\nShells hit a market in Tabqa overnight.\n\n"
    "Washington said it would pull its soldiers out of the area."
)


def _place(parse: Parse, gazetteer: Gazetteer, raw_event: RawBuilder, kind: str, mode: str | None) -> Place | None:
    raw = raw_event(parse(STORY), "pull", kind, source="Washington")
    return event_place(dataclasses.replace(raw, mode=mode), gazetteer, prefer=["USA"])


def test_a_foreign_state_pulling_its_forces_out_is_placed_in_the_story_s_country(
    parse: Parse, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    place = _place(parse, gazetteer, raw_event, "RETREAT", "withdraw")
    assert place is not None
    assert place.country == "SYR"


def test_a_deployment_by_a_foreign_state_is_placed_in_the_story_s_country(
    parse: Parse, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    place = _place(parse, gazetteer, raw_event, "MOBILIZE", "troops")
    assert place is not None
    assert place.country == "SYR"


def test_another_act_of_a_foreign_state_is_not_placed_by_the_story(
    parse: Parse, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    """A resignation in Washington is no act of forces abroad: its American party keeps it out of Syria."""
    assert _place(parse, gazetteer, raw_event, "RETREAT", "resign") is None


SITE_STORY = "Gunmen raided a school in the Kenyan town of Garissa on Monday.\n\nPupils hid at the Mwangaza Lodge."


def test_a_site_known_only_by_its_country_lies_in_the_town_the_story_opens_in(
    parse: Parse, gazetteer: Gazetteer
) -> None:
    doc = parse(SITE_STORY)
    place = site_in_story_town(Place("Mwangaza Lodge", "KEN"), "Mwangaza Lodge", doc, gazetteer)
    assert place is not None
    assert place.name == "Mwangaza Lodge"
    assert place.lat is not None and abs(place.lat - (-0.45)) < 0.2  # Garissa


def test_a_site_of_another_country_does_not_take_the_story_s_town(parse: Parse, gazetteer: Gazetteer) -> None:
    doc = parse(SITE_STORY)
    assert site_in_story_town(Place("Mwangaza Lodge", "SOM"), "Mwangaza Lodge", doc, gazetteer) is None


def test_a_place_with_coordinates_keeps_them(parse: Parse, gazetteer: Gazetteer) -> None:
    doc = parse(SITE_STORY)
    town = Place("Mwangaza Lodge", "KEN", -1.28, 36.82, None, "city")
    assert site_in_story_town(town, "Mwangaza Lodge", doc, gazetteer) is None


def test_a_court_acts_in_its_own_country(parse: Parse, gazetteer: Gazetteer, raw_event: RawBuilder) -> None:
    """A national court that nothing in the text places sits at home: its ruling, and its statement, are there."""
    raw = raw_event(parse("A Zambian court has overturned the ban on the rally."), "overturned", "CONCEDE")
    place = event_place(raw, gazetteer, ["ZMB"], None, ("ZMB", "JUD"))
    assert place is not None
    assert place.country == "ZMB"
    assert place.precision == "country"
    raw = raw_event(parse("The court rejected the appeal of the two men."), "rejected", "REJECT")
    place = event_place(raw, gazetteer, ["ZMB"], None, ("ZMB", "JUD"))
    assert place is not None
    assert place.country == "ZMB"


def test_a_ministry_is_not_seated_and_a_court_s_own_place_wins(
    parse: Parse, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    raw = raw_event(parse("The ministry rejected the appeal of the two men."), "rejected", "REJECT")
    assert event_place(raw, gazetteer, ["ZMB"], None, ("ZMB", "GOV")) is None
    raw = raw_event(parse("A court in Ndola rejected the appeal of the two men."), "rejected", "REJECT")
    place = event_place(raw, gazetteer, ["ZMB"], None, ("ZMB", "JUD"))
    assert place is not None
    assert place.name == "Ndola"


def test_a_legislature_votes_in_its_own_country(parse: Parse, gazetteer: Gazetteer, raw_event: RawBuilder) -> None:
    """A parliament sits at home: its resolution, with nothing in the text placing it, is in its country."""
    raw = raw_event(parse("The Peruvian Congress voted to censure the interior minister."), "censure", "ACCUSE")
    place = event_place(raw, gazetteer, ["PER"], None, ("PER", "LEG"))
    assert place is not None
    assert place.country == "PER"
    assert place.precision == "country"


def test_one_named_legislator_speaks_wherever_they_are(
    parse: Parse, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    doc = parse("Senator Maria Okonkwo urged the finance minister to drop the fuel levy.")
    raw = raw_event(doc, "urged", "REQUEST", source="Senator Maria Okonkwo")
    assert event_place(raw, gazetteer, ["NGA"], None, ("NGA", "LEG")) is None


def test_a_legislature_meeting_a_foreign_party_is_not_placed_at_its_seat(
    parse: Parse, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    """A delegation of lawmakers meeting a foreign leader may well have travelled to them."""
    raw = raw_event(parse("A Brazilian Senate delegation met the Angolan president."), "met", "CONSULT")
    assert event_place(raw, gazetteer, ["BRA", "AGO"], None, ("BRA", "LEG")) is None
    raw = raw_event(parse("Brazilian senators met the country's finance minister."), "met", "CONSULT")
    place = event_place(raw, gazetteer, ["BRA", "BRA"], None, ("BRA", "LEG"))
    assert place is not None
    assert place.country == "BRA"


@pytest.mark.slow  # codes with the whole coder
def test_the_resolver_seats_a_court_source_not_a_court_target() -> None:
    from eventwire.pipeline import code_text

    (ruling,) = [e for e in code_text("A Zambian court has rejected the opposition's petition.") if e.type == "REJECT"]
    assert ruling.location is not None
    assert ruling.location.country == "ZMB"
    (charge,) = [e for e in code_text("The opposition leader accused the Zambian court of bias.") if e.type == "ACCUSE"]
    assert charge.location is None


# A story set in one Syrian town: named in three sentences, and a last sentence that places nothing.
TOWN_STORY = (
    "Kurdish units closed in on Raqqa on Monday.\n\nHundreds of families fled Raqqa overnight.\n\n"
    "Commanders said the fight for Raqqa would end within days.\n\nMilitants shot several men who tried to leave."
)
# A story that moves between two Syrian towns sets no town of its own.
TOUR_STORY = (
    "Kurdish units closed in on Raqqa on Monday.\n\nHundreds of families fled Homs overnight.\n\n"
    "Commanders said the fight for Raqqa and Homs would end within days.\n\nMilitants shot several men."
)


def test_an_act_its_sentence_does_not_place_is_in_the_town_the_story_is_set_in(
    parse: Parse, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    place = event_place(raw_event(parse(TOWN_STORY), "shot", "ASSAULT", source="Militants"), gazetteer)
    assert place is not None
    assert place.precision == "city"
    assert place.lat is not None and place.lon is not None
    assert abs(place.lat - 35.95) < 0.2 and abs(place.lon - 39.01) < 0.2  # Raqqa


def test_a_story_between_two_towns_places_the_act_in_their_country_only(
    parse: Parse, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    place = event_place(raw_event(parse(TOUR_STORY), "shot", "ASSAULT", source="Militants"), gazetteer)
    assert place is not None
    assert place.country == "SYR"
    assert place.precision == "country"
