"""Names that stand where a place's would but name something else: an institution, a hotel chain, a unit, a
community, a person (loads the spaCy model). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.extract.raw import RawEvent
from eventwire.model import Place
from eventwire.resolve.places import Gazetteer, event_place
from eventwire.resolve.places_spans import country_names, party_names

Locate = Callable[..., str | None]


@pytest.fixture(scope="module")
def locate(raw_event: Callable[..., RawEvent]) -> Locate:
    from eventwire.nlp import load_model

    nlp = load_model()
    gazetteer = Gazetteer()

    def _locate(text: str, trigger: str, *, kind: str = "ASSAULT", **parties: str) -> str | None:
        raw = raw_event(nlp(text), trigger, kind, **parties)
        place: Place | None = event_place(raw, gazetteer)
        return place.name if place is not None else None

    return _locate


def test_the_party_table_holds_communities_and_forces() -> None:
    assert {"kalenjin", "borana", "saa"} <= party_names()


def test_country_names_are_folded() -> None:
    assert {"kenya", "bahamas"} <= country_names()


@pytest.mark.slow
def test_a_court_named_by_its_rank_is_no_place(locate: Locate) -> None:
    assert locate("Supreme court guard shot by robbers on Monday.", "shot") is None


@pytest.mark.slow
def test_a_hotel_chain_before_hotel_is_no_town(locate: Locate) -> None:
    assert locate("Officers exchanged fire with thieves outside a Holiday Inn hotel.", "fire") is None


@pytest.mark.slow
def test_a_community_naming_people_is_no_place(locate: Locate) -> None:
    assert locate("Kalenjin youths stoned a police car on Sunday.", "stoned", source="Kalenjin youths") is None


@pytest.mark.slow
def test_a_community_known_as_a_county_stays_a_place_after_in(locate: Locate) -> None:
    assert locate("Police clashed with cattle raiders in Turkana district.", "clashed") == "Turkana"


@pytest.mark.slow
def test_a_possessive_without_apostrophe_names_the_country(locate: Locate) -> None:
    text = "Traders marched through the streets of Ugandas capital to protest a new tax."
    assert locate(text, "marched", kind="PROTEST") in {"Uganda", None}
    assert locate(text, "marched", kind="PROTEST") != "Ugandas"


@pytest.mark.slow
def test_the_surname_of_a_named_person_is_no_place(locate: Locate) -> None:
    text = "Norcross' cousin, Sergeant Mary Norcross, was shot as she left her car."
    assert locate(text, "shot", target="Sergeant Mary Norcross") is None


@pytest.mark.slow
def test_a_campus_named_after_at_is_part_of_the_university(locate: Locate) -> None:
    text = "Biologists from the University of California at Davis showed that the drug halted tumour growth."
    assert locate(text, "showed", kind="PROTEST") is None


@pytest.mark.slow
def test_a_unit_after_an_ordinal_is_no_place(locate: Locate) -> None:
    assert locate("Mortars hit the 3rd ID's forward base overnight.", "hit") is None


def test_a_name_before_town_is_a_place_whatever_the_parse(locate: Locate) -> None:
    assert locate("Rioting broke out at a rally in Arua town - police fired tear gas.", "Rioting") == "Arua"


def test_a_name_before_town_taken_for_a_nationality_is_a_place(locate: Locate) -> None:
    text = "Hundreds of traders marched in the streets of Mbarara town on Tuesday."
    assert locate(text, "marched", kind="PROTEST") == "Mbarara"
