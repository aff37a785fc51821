"""Phrases that only their own words may give a country: people from abroad or from a region of several
countries, several states at once, "our government" with no speaker to go by, and named people (sentences written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from eventwire.lexicons.actors import Lexicon
from eventwire.model import Actor
from eventwire.resolve.actors.document import ActorResolver, DocumentActors
from eventwire.resolve.actors.phrase import PhraseReader, city_keys, name_skeleton

ActorOf = Callable[..., tuple[Actor, DocumentActors]]
READER = PhraseReader(Lexicon())


@pytest.mark.parametrize("words", ["foreign fighters", "overseas workers", "Central Africa's cattle farmers"])
def test_people_from_abroad_or_a_region_take_no_country_from_context(words: str) -> None:
    reading = READER.read(words, None)
    assert reading.placeless
    assert reading.country is None


def test_a_country_s_own_people_are_not_placeless() -> None:
    reading = READER.read("Kenya's farmers", None)
    assert not reading.placeless
    assert reading.country == "KEN"


def test_several_states_named_by_a_plural_noun_are_a_bloc() -> None:
    reading = READER.read("the four neighbouring countries", None)
    assert reading.bloc
    assert reading.country is None


def test_a_compound_of_origin_names_its_city() -> None:
    assert city_keys("Mombasa-born activists") == ["mombasa"]


@pytest.mark.slow
def test_foreign_fighters_in_a_placed_event_take_no_country(actor_of: ActorOf) -> None:
    actor, _ = actor_of("Foreign fighters attacked a checkpoint outside Garissa on Monday.", "Foreign fighters")
    assert actor.country is None


@pytest.mark.slow
def test_regional_farmers_take_no_country_from_the_town_of_the_story(actor_of: ActorOf) -> None:
    text = "Traders in Douala say Central Africa's poultry farmers blocked the roads last week."
    actor, _ = actor_of(text, "Central Africa's poultry farmers")
    assert actor.country is None


@pytest.mark.slow
def test_our_government_with_no_speaker_takes_no_country_from_the_scene(actor_of: ActorOf) -> None:
    text = "Shells fell on Aleppo overnight. Our government must stop selling arms, a columnist wrote."
    actor, _ = actor_of(text, "Our government")
    assert actor.country is None


@pytest.mark.slow
def test_a_named_unknown_person_takes_no_country_from_the_article(actor_of: ActorOf) -> None:
    """In a longer article a person's name gets no country from where the article is set."""
    text = (
        "Thousands fled Idlib as shelling went on. Aid lorries waited at the border. The roads were shelled again. "
        "Doctors ran short of medicine. Schools closed for the week. Tobias Wrenfield-Hale condemned the raids."
    )
    actor, _ = actor_of(text, "Tobias Wrenfield-Hale", date(2019, 3, 1))
    assert actor.country is None


@pytest.mark.slow
def test_he_in_a_subordinate_clause_is_the_subject_of_the_main_clause(actor_of: ActorOf) -> None:
    text = (
        "The rebels shelled the town. Emmanuel Macron praised the talks, even though he had demanded a ceasefire first."
    )
    actor, _ = actor_of(text, "he", date(2019, 3, 1))
    assert actor.country == "FRA"


@pytest.mark.slow
def test_a_respelt_first_name_does_not_hide_a_listed_surname(actor_of: ActorOf) -> None:
    actor, _ = actor_of("Abdel Fatah al-Sisi met the envoy in Cairo.", "Abdel Fatah al-Sisi", date(2019, 3, 1))
    assert actor.country == "EGY"


@pytest.mark.slow
def test_in_a_short_report_a_named_person_is_left_to_its_setting(nlp: Language) -> None:
    text = "President Tomas Velloro of the interim council threatened Bamako with sanctions on Friday."
    doc = nlp(text)
    span = doc.char_span(0, len("President Tomas Velloro"))
    assert span is not None
    found = ActorResolver().for_document(doc, date(2019, 3, 1)).identify(span)
    assert found.facts.unqualified


def test_a_group_named_after_a_people_is_the_group_not_the_people() -> None:
    reading = READER.read("the Kurdish YPG", date(2018, 1, 1))
    assert (reading.country, reading.sector) == ("SYR", "REB")


def test_a_name_holding_a_possessive_is_found_whole() -> None:
    reading = READER.read("the Kurdish People’s Protection Units", date(2018, 1, 1))
    assert (reading.country, reading.sector) == ("SYR", "REB")


def test_a_known_surname_inside_an_unknown_full_name_is_not_that_person() -> None:
    reading = READER.read("Tariq Hussein", date(2018, 1, 1))
    assert reading.country is None


def test_a_listed_surname_opening_another_name_is_not_the_listed_person() -> None:
    reading = READER.read("Bilai Abdi", date(2020, 1, 1))
    assert (reading.name, reading.country) == ("Bilai Abdi", None)


def test_a_listed_surname_before_a_weekday_is_the_listed_person() -> None:
    assert READER.read("Putin Tuesday", date(2020, 1, 1)).country == "RUS"


def test_a_part_of_them_stands_for_whom_them_stands_for() -> None:
    reading = READER.read("Thirty of them", date(2020, 1, 1))
    assert (reading.anaphor, reading.country) == ("group", None)


def test_a_first_name_sharing_only_its_first_letters_is_another_person() -> None:
    reading = READER.read("former Foreign Minister Shintaro Abe", date(1987, 4, 1))
    assert reading.name != "Shinzo Abe"


@pytest.mark.parametrize(("one", "other"), [("Fatah", "Fattah"), ("Mohammed", "Muhamad"), ("Alexei", "Aleksey")])
def test_two_spellings_of_a_name_word_share_a_skeleton(one: str, other: str) -> None:
    assert name_skeleton(one) == name_skeleton(other)
    assert name_skeleton("Shintaro") != name_skeleton("Shinzo")


def test_the_trade_agreement_and_the_ec_commission_are_international_bodies() -> None:
    assert READER.read("the GATT", date(1987, 4, 1)).country == "IGO"
    assert READER.read("EC Commission president Jacques Delors", date(1987, 4, 1)).country == "IGO"
