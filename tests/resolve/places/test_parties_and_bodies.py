"""Names that stand where a place stands but are a party or a body: a country that is the party of a gift, a
concession or a measure, an organisation named like a small town abroad, a legislature; and a wide region abroad in
a story told from another country (loads the spaCy model; sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.extract.raw import RawEvent
from eventwire.lexicons.gazetteer.index import Gazetteer
from eventwire.resolve.places.event import event_place
from tests.resolve.conftest import Locate
from tests.tiers import Parse

RawBuilder = Callable[..., RawEvent]

# A story about Peru's economy with no place phrase: the document is about Peru, its last sentence names no place.
PERU_STORY = (
    "Peru's economy shrank again in the first quarter, the central bank of Peru said.\n\n"
    "Peruvian banks cut their lending to farmers.\n\n"
    "Peru's president said the slump would end soon.\n\n"
    "Last week the United States granted Peru a loan of 500 million dollars."
)

# A story told from Washington that ends on an act in a wide region abroad.
WASHINGTON_STORY = (
    "Officials in Washington said on Monday that the talks had stalled.\n\n"
    "The senators met in Washington on Tuesday.\n\n"
    "Egyptian troops clashed with militants in the Sinai on Wednesday."
)


def test_a_gift_to_a_country_is_not_placed_in_that_country(
    parse: Parse, gazetteer: Gazetteer, raw_event: RawBuilder
) -> None:
    raw = raw_event(parse(PERU_STORY), "granted", "CONCEDE", source="United States", target="Peru")
    assert event_place(raw, gazetteer, prefer=["USA", "PER"]) is None


def test_a_gift_placed_by_its_own_clause_keeps_its_town(locate: Locate) -> None:
    place = locate("The United States granted Peru a loan in Lima on Monday.", "granted", "CONCEDE", target="Peru")
    assert place is not None
    assert place.name == "Lima"


def test_an_organisation_named_like_a_small_town_is_no_place(locate: Locate) -> None:
    assert locate("The ministers quarrelled within Nato on Monday.", "quarrelled", "ACCUSE") is None


def test_an_organisation_named_for_a_large_city_keeps_the_city(locate: Locate) -> None:
    place = locate("The ministers met in Brussels on Monday.", "met", "CONSULT")
    assert place is not None
    assert place.country == "BEL"


def test_a_legislature_is_no_place(locate: Locate) -> None:
    assert locate("The senators clashed with the president in Congress on Monday.", "clashed", "ASSAULT") is None


def test_a_wide_region_abroad_keeps_its_own_country(parse: Parse, gazetteer: Gazetteer, raw_event: RawBuilder) -> None:
    raw = raw_event(parse(WASHINGTON_STORY), "clashed", "ASSAULT", source="Egyptian troops", target="militants")
    place = event_place(raw, gazetteer, prefer=["EGY"])
    assert place is not None
    assert place.country == "EGY"
    assert place.lat is not None


def test_a_compass_word_written_into_a_country_s_name_places_in_that_country(locate: Locate) -> None:
    place = locate("Thousands of families fled the fighting in North Syria last week.", "fighting", "ASSAULT")
    assert place is not None
    assert place.country == "SYR"


def test_capitals_joined_by_and_do_not_locate_each_other(locate: Locate) -> None:
    place = locate("The change was noted in Ankara, Doha, and Riyadh, officials said.", "noted", "CONSULT")
    assert place is not None
    assert (place.name, place.country) == ("Ankara", "TUR")


def test_a_list_with_commas_only_still_narrows(locate: Locate) -> None:
    place = locate("Gunmen attacked a police post in Watamu, Kilifi on Monday.", "attacked")
    assert place is not None
    assert place.country == "KEN"


def test_the_world_itself_is_no_place(locate: Locate) -> None:
    assert locate("The war flattened some of the oldest cities on Earth.", "war") is None
