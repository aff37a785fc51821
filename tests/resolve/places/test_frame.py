"""The document's country needs names that stand as places: bare proper-noun runs, shortenings and
sentence-opening words do not decide it alone (loads the spaCy model; sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire.resolve.places.event import Gazetteer, document_country
from eventwire.resolve.places.frame import ballot
from tests.tiers import Parse


def country(parse: Parse, gazetteer: Gazetteer, text: str) -> str | None:
    return document_country(parse(text), gazetteer)


@pytest.mark.hand_built
def test_a_capitalised_word_opening_a_sentence_is_not_a_place(parse: Parse, gazetteer: Gazetteer) -> None:
    assert country(parse, gazetteer, "Man found dead behind a bakery. Neighbours called the police.") is None


@pytest.mark.hand_built
def test_a_party_name_in_a_bare_run_does_not_decide_the_country(parse: Parse, gazetteer: Gazetteer) -> None:
    assert country(parse, gazetteer, "Supporters of the Jubilee faction blocked a road over the nominations.") is None


@pytest.mark.hand_built
def test_a_shortened_title_is_not_a_town(parse: Parse, gazetteer: Gazetteer) -> None:
    text = "Students demanded that the Vice Chancellor resign over unpaid bursaries."
    assert country(parse, gazetteer, text) is None


@pytest.mark.hand_built
def test_a_hotel_named_after_a_small_town_is_not_that_town(parse: Parse, gazetteer: Gazetteer) -> None:
    assert country(parse, gazetteer, "Guards exchanged fire with robbers outside the Holiday Inn on Friday.") is None


def test_an_acronym_in_brackets_is_not_a_place(parse: Parse, gazetteer: Gazetteer) -> None:
    text = "Lecturers of the Kiambu Institute of Science and Technology (KIST) went on strike over pay."
    assert country(parse, gazetteer, text) != "DEU"


def test_a_town_after_a_locative_preposition_decides(parse: Parse, gazetteer: Gazetteer) -> None:
    assert country(parse, gazetteer, "Traders protested in Nakuru over new market fees.") == "KEN"


def test_a_town_naming_the_people_of_the_report_decides(parse: Parse, gazetteer: Gazetteer) -> None:
    assert country(parse, gazetteer, "On Monday, Kitale residents held a demonstration over water.") == "KEN"


def test_bare_names_count_when_a_place_of_the_same_country_backs_them(parse: Parse, gazetteer: Gazetteer) -> None:
    text = "Traders in Molo town protested. They blocked the Molo-Njoro road for hours."
    assert country(parse, gazetteer, text) == "KEN"


def test_actors_default_country_ignores_a_small_namesake_abroad_when_a_country_is_named(parse: Parse) -> None:
    from eventwire.resolve.actors.document import ActorResolver

    doc = parse("Raiders attacked herders in Saku constituency. Kenya sent more police to the area.")
    assert ActorResolver().for_document(doc, None).default_country == "KEN"


def test_the_ballot_tells_a_names_own_vote_from_the_rest_of_the_document(parse: Parse, gazetteer: Gazetteer) -> None:
    text = "Officers shot dead a robbery suspect in Irobo on Sunday. Traders in Kakamega closed their shops."
    votes = ballot(parse(text), gazetteer)
    assert votes.votes["CIV"] > 0
    assert votes.besides("CIV", "Irobo") == 0
    assert votes.besides("KEN", "Irobo") >= 1
    assert votes.local("KEN", "Irobo") >= 1


def test_a_country_named_as_where_people_came_from_is_no_local_evidence(parse: Parse, gazetteer: Gazetteer) -> None:
    votes = ballot(parse("Militiamen from Ethiopia raided North Horr. Ethiopian officials denied it."), gazetteer)
    assert votes.besides("ETH", "North Horr") == 0.5
    assert votes.local("ETH", "North Horr") == 0
