"""Towns written in another transliteration than GeoNames' own name (loads the spaCy model; sentences written
for these tests)."""

from __future__ import annotations

from eventwire.lexicons.gazetteer.index import Gazetteer
from eventwire.resolve.places.event import document_country
from tests.resolve.conftest import Locate
from tests.tiers import Parse


def test_a_town_known_by_another_spelling_keeps_its_country_in_a_story_led_from_elsewhere(
    parse: Parse, gazetteer: Gazetteer, locate: Locate
) -> None:
    text = (
        "Officials in Washington and New York praised the Syrian Kurds on Monday. "
        "Kurdish fighters attacked the militants in Kobani on Tuesday."
    )
    assert document_country(parse(text), gazetteer) == "USA"
    place = locate(text, "attacked")
    assert place is not None
    assert place.country == "SYR"
    assert place.lat is not None


def test_an_alternate_spelling_abroad_with_no_other_evidence_still_gives_way_to_the_story_country(
    locate: Locate,
) -> None:
    text = "Officials in Nairobi and Mombasa met on Monday. Police shot a robber in Namanga on Tuesday."
    place = locate(text, "shot")
    assert place is not None
    assert place.country == "KEN"


def test_a_name_split_at_its_joined_particle_is_read_whole(locate: Locate) -> None:
    text = "Militias have been clashing with the army in hamlets and farms in Syria’s far eastern Deir ez-Zor province."
    place = locate(text, "clashing")
    assert place is not None
    assert place.name == "Deir ez-Zor"
    assert place.lat is not None


def test_a_name_followed_by_the_noun_of_its_area_is_that_area(locate: Locate) -> None:
    place = locate("Government jets bombed several villages in Idlib province on Monday.", "bombed")
    assert place is not None
    assert place.name == "Idlib"
    assert place.precision == "admin1"
    assert place.country == "SYR"


def test_a_town_with_no_area_of_its_name_stays_the_town(locate: Locate) -> None:
    place = locate("Bandits attacked a village in Lamu county on Monday.", "attacked")
    assert place is not None
    assert place.country == "KEN"
    assert place.lat is not None


def test_a_region_borrowed_from_a_neighbour_sentence_gives_way_to_a_town_it_names(locate: Locate) -> None:
    text = (
        "Most families in Rojava stayed home, but in Afrin many fled last winter. "
        "Militiamen stormed the market at dawn."
    )
    place = locate(text, "stormed")
    assert place is not None
    assert place.name == "Afrin"
