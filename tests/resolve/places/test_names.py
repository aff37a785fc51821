"""Names that stand where a place's would but name something else: an institution, a hotel chain, a unit, a
community, a person (loads the spaCy model). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc, Span

from eventwire.resolve.places.names import (
    bare_name,
    country_names,
    looks_like_a_name,
    names_someone,
    party_names,
    surname,
)

PlaceName = Callable[..., str | None]


def test_the_party_table_holds_communities_and_forces() -> None:
    assert {"kalenjin", "borana", "saa"} <= party_names()


def test_country_names_are_folded() -> None:
    assert {"kenya", "bahamas"} <= country_names()


def _doc(text: str, *people: tuple[int, int]) -> Doc:
    """A parse-free document of ``text``'s words, with PERSON entities over the given token ranges."""
    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, start, end, label="PERSON") for start, end in people]
    return doc


def test_a_bare_name_drops_article_direction_and_trailing_common_noun() -> None:
    assert bare_name(_doc("the central Nakuru town")[0:4]) == "Nakuru"


def test_a_country_with_an_unmarked_possessive_is_the_country() -> None:
    assert bare_name(_doc("Ugandas capital")[0:1]) == "Uganda"


def test_a_word_said_twice_or_without_a_capital_is_no_name() -> None:
    assert not looks_like_a_name(_doc("Tuk Tuk")[0:2])
    assert not looks_like_a_name(_doc("boda")[0:1])
    assert looks_like_a_name(_doc("Nakuru")[0:1])


def test_the_first_half_of_a_hyphenated_word_is_no_name() -> None:
    assert not looks_like_a_name(_doc("the US-led coalition")[1:2])


def test_a_court_rank_is_no_name() -> None:
    assert not looks_like_a_name(_doc("Supreme court")[0:2])


def test_a_community_of_the_actor_tables_names_someone() -> None:
    assert names_someone(_doc("Kalenjin youths")[0:1])
    assert not names_someone(_doc("Nakuru residents")[0:1])


def test_the_last_word_of_a_named_person_is_a_surname() -> None:
    doc = _doc("Grace Wambui said Wambui left", (0, 2))
    assert surname(doc[3:4])
    assert names_someone(doc[3:4])
    assert not surname(_doc("Wambui left")[0:1])


@pytest.mark.hand_built
def test_a_court_named_by_its_rank_is_no_place(place_name: PlaceName) -> None:
    assert place_name("Supreme court guard shot by robbers on Monday.", "shot") is None


@pytest.mark.hand_built
def test_a_hotel_chain_before_hotel_is_no_town(place_name: PlaceName) -> None:
    assert place_name("Officers exchanged fire with thieves outside a Holiday Inn hotel.", "fire") is None


def test_a_community_naming_people_is_no_place(place_name: PlaceName) -> None:
    assert place_name("Kalenjin youths stoned a police car on Sunday.", "stoned", source="Kalenjin youths") is None


def test_a_community_known_as_a_county_stays_a_place_after_in(place_name: PlaceName) -> None:
    assert place_name("Police clashed with cattle raiders in Turkana district.", "clashed") == "Turkana"


def test_a_possessive_without_apostrophe_names_the_country(place_name: PlaceName) -> None:
    text = "Traders marched through the streets of Ugandas capital to protest a new tax."
    assert place_name(text, "marched", kind="PROTEST") in {"Uganda", None}
    assert place_name(text, "marched", kind="PROTEST") != "Ugandas"


def test_the_surname_of_a_named_person_is_no_place(place_name: PlaceName) -> None:
    text = "Norcross' cousin, Sergeant Mary Norcross, was shot as she left her car."
    assert place_name(text, "shot", target="Sergeant Mary Norcross") is None


def test_a_campus_named_after_at_is_part_of_the_university(place_name: PlaceName) -> None:
    text = "Biologists from the University of California at Davis showed that the drug halted tumour growth."
    assert place_name(text, "showed", kind="PROTEST") is None


def test_a_unit_after_an_ordinal_is_no_place(place_name: PlaceName) -> None:
    assert place_name("Mortars hit the 3rd ID's forward base overnight.", "hit") is None


def test_a_name_before_town_is_a_place_whatever_the_parse(place_name: PlaceName) -> None:
    assert place_name("Rioting broke out at a rally in Arua town - police fired tear gas.", "Rioting") == "Arua"


def test_a_name_before_town_taken_for_a_nationality_is_a_place(place_name: PlaceName) -> None:
    text = "Hundreds of traders marched in the streets of Mbarara town on Tuesday."
    assert place_name(text, "marched", kind="PROTEST") == "Mbarara"
