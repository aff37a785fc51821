"""The document's country needs names that stand as places: bare proper-noun runs, shortenings and
sentence-opening words do not decide it alone (loads the spaCy model; sentences written for these tests)."""

from __future__ import annotations

from spacy.language import Language

from eventwire.resolve.places.event import Gazetteer, document_country
from eventwire.resolve.places.frame import ballot


def country(nlp: Language, gazetteer: Gazetteer, text: str) -> str | None:
    return document_country(nlp(text), gazetteer)


def test_a_capitalised_word_opening_a_sentence_is_not_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    assert country(nlp, gazetteer, "Man found dead behind a bakery. Neighbours called the police.") is None


def test_a_party_name_in_a_bare_run_does_not_decide_the_country(nlp: Language, gazetteer: Gazetteer) -> None:
    assert country(nlp, gazetteer, "Supporters of the Jubilee faction blocked a road over the nominations.") is None


def test_a_shortened_title_is_not_a_town(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Students demanded that the Vice Chancellor resign over unpaid bursaries."
    assert country(nlp, gazetteer, text) is None


def test_a_hotel_named_after_a_small_town_is_not_that_town(nlp: Language, gazetteer: Gazetteer) -> None:
    assert country(nlp, gazetteer, "Guards exchanged fire with robbers outside the Holiday Inn on Friday.") is None


def test_an_acronym_in_brackets_is_not_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Lecturers of the Kiambu Institute of Science and Technology (KIST) went on strike over pay."
    assert country(nlp, gazetteer, text) != "DEU"


def test_a_town_after_a_locative_preposition_decides(nlp: Language, gazetteer: Gazetteer) -> None:
    assert country(nlp, gazetteer, "Traders protested in Nakuru over new market fees.") == "KEN"


def test_a_town_naming_the_people_of_the_report_decides(nlp: Language, gazetteer: Gazetteer) -> None:
    assert country(nlp, gazetteer, "On Monday, Kitale residents held a demonstration over water.") == "KEN"


def test_bare_names_count_when_a_place_of_the_same_country_backs_them(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Traders in Molo town protested. They blocked the Molo-Njoro road for hours."
    assert country(nlp, gazetteer, text) == "KEN"


def test_actors_default_country_ignores_a_small_namesake_abroad_when_a_country_is_named(nlp: Language) -> None:
    from eventwire.resolve.actors.document import ActorResolver

    doc = nlp("Raiders attacked herders in Saku constituency. Kenya sent more police to the area.")
    assert ActorResolver().for_document(doc, None).default_country == "KEN"


def test_the_ballot_tells_a_names_own_vote_from_the_rest_of_the_document(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Officers shot dead a robbery suspect in Irobo on Sunday. Traders in Kakamega closed their shops."
    votes = ballot(nlp(text), gazetteer)
    assert votes.votes["CIV"] > 0
    assert votes.besides("CIV", "Irobo") == 0
    assert votes.besides("KEN", "Irobo") >= 1
    assert votes.local("KEN", "Irobo") >= 1


def test_a_country_named_as_where_people_came_from_is_no_local_evidence(nlp: Language, gazetteer: Gazetteer) -> None:
    votes = ballot(nlp("Militiamen from Ethiopia raided North Horr. Ethiopian officials denied it."), gazetteer)
    assert votes.besides("ETH", "North Horr") == 0.5
    assert votes.local("ETH", "North Horr") == 0
