"""The Resolver's glue: implicit sources of agentless events and the countries of local actors (loads the spaCy
model; sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.extract.raw import RawEvent
from eventwire.model import Document, Event
from eventwire.resolve import UNIDENTIFIED, Resolver
from tests.tiers import Parse

Code = Callable[..., Event]


@pytest.fixture(scope="module")
def code(parse: Parse, raw_event: Callable[..., RawEvent]) -> Code:
    resolver = Resolver()

    def _code(text: str, trigger: str, kind: str, *, source: str | None = None, target: str | None = None) -> Event:
        doc = parse(text)
        raw = raw_event(doc, trigger, kind, source=source, target=target)
        (event,) = resolver.resolve(doc, [raw], Document(id="t", text=text))
        return event

    return _code


@pytest.mark.hand_built
def test_an_agentless_killing_has_an_unidentified_source_where_it_happened(code: Code) -> None:
    event = code("Two people were killed in Garsen on Monday.", "killed", "ASSAULT", target="Two people")
    assert event.source is not None
    assert event.source.name == UNIDENTIFIED
    assert event.source.text == ""
    assert event.source.country == "KEN"
    assert event.source.start is None
    assert event.source.end is None
    assert event.source.sector is None


@pytest.mark.hand_built
def test_an_arrest_with_no_named_arrester_is_by_the_police(code: Code) -> None:
    event = code("A man was arrested in Nakuru on Friday.", "arrested", "COERCE", target="A man")
    assert event.source is not None
    assert event.source.sector == "COP"
    assert event.source.country == "KEN"


@pytest.mark.hand_built
def test_an_agentless_event_with_no_known_place_has_no_country(code: Code) -> None:
    event = code("Two men were beaten on Monday.", "beaten", "ASSAULT", target="Two men")
    assert event.source is not None
    assert event.source.name == UNIDENTIFIED
    assert event.source.country is None


@pytest.mark.hand_built
def test_a_meeting_without_a_source_gets_no_invented_one(code: Code) -> None:
    event = code("Talks will be held in Nairobi next week.", "Talks", "CONSULT")
    assert event.source is None


@pytest.mark.hand_built
def test_the_event_place_country_wins_over_a_stray_nationality(code: Code) -> None:
    text = "On Monday, Lodwar residents protested against a Chinese company."
    event = code(text, "protested", "PROTEST", source="Lodwar residents", target="a Chinese company")
    assert event.source is not None
    assert event.source.country == "KEN"


@pytest.mark.hand_built
def test_people_named_with_their_nationality_keep_it(code: Code) -> None:
    text = "Ugandan traders protested in Busia on Monday."
    event = code(text, "protested", "PROTEST", source="Ugandan traders")
    assert event.source is not None
    assert event.source.country == "UGA"


@pytest.mark.hand_built
def test_local_actors_take_the_country_of_the_document_places(code: Code) -> None:
    text = "Floods hit Kisumu and Homa Bay last week. Police fired tear gas at a crowd."
    event = code(text, "fired", "ASSAULT", source="Police", target="a crowd")
    assert event.source is not None
    assert event.source.country == "KEN"


@pytest.mark.hand_built
def test_a_bloc_target_takes_no_country_from_the_place(code: Code) -> None:
    text = "The Kenyan president met Western leaders in Nairobi on Monday."
    event = code(text, "met", "CONSULT", source="The Kenyan president", target="Western leaders")
    assert event.target is not None
    assert event.target.country is None
    assert event.target.sector == "GOV"


@pytest.mark.hand_built
def test_a_bloc_source_takes_no_country_from_the_place(code: Code) -> None:
    text = "Western sanctions have hit the economy of Iran hard."
    event = code(text, "sanctions", "SANCTION", source="Western")
    assert event.source is not None
    assert event.source.country is None


@pytest.mark.hand_built
def test_an_agentless_annexation_of_a_territory_has_a_source_of_unknown_country(code: Code) -> None:
    text = "Many governments never accepted the annexation of Crimea."
    event = code(text, "annexation", "ASSAULT", target="Crimea")
    assert event.source is not None
    assert event.source.name == UNIDENTIFIED
    assert event.source.country is None


@pytest.mark.hand_built
def test_an_agentless_invasion_of_a_country_has_a_source_of_unknown_country(code: Code) -> None:
    text = "The invasion of Kuwait in 1990 shocked the region."
    event = code(text, "invasion", "ASSAULT", target="Kuwait")
    assert event.source is not None
    assert event.source.country is None


@pytest.mark.hand_built
def test_a_place_name_modifying_the_victim_does_not_make_it_a_state(code: Code) -> None:
    text = "A Kenya Police Reservist was killed in Mandera on Sunday."
    event = code(text, "killed", "ASSAULT", target="Kenya")
    assert event.source is not None
    assert event.source.country == "KEN"


def test_both_sides_of_a_meeting_take_no_country_from_the_place(code: Code) -> None:
    text = "In Nairobi, the parties will discuss trade and security."
    event = code(text, "discuss", "CONSULT", source="the parties")
    assert event.source is not None
    assert event.source.country is None


def test_victims_with_no_known_place_take_the_country_of_their_attackers(code: Code) -> None:
    text = "Degodia gunmen shot two herders on Sunday."
    event = code(text, "shot", "ASSAULT", source="Degodia gunmen", target="two herders")
    assert event.source is not None
    assert event.source.country == "KEN"
    assert event.target is not None
    assert event.target.country == "KEN"


def test_a_bare_militia_takes_the_country_of_the_event_place(code: Code) -> None:
    event = code("A militia attacked a village near Bunia on Friday.", "attacked", "ASSAULT", source="A militia")
    assert event.source is not None
    assert event.source.country == "COD"


def test_bare_police_take_the_event_place_over_the_document_country(code: Code) -> None:
    text = "Floods hit Kisumu and Homa Bay last week. On Monday, police shot a man dead in Kampala."
    event = code(text, "shot", "ASSAULT", source="police", target="a man")
    assert event.source is not None
    assert event.source.country == "UGA"


def test_a_protest_with_no_target_is_aimed_at_the_state_where_it_happens(code: Code) -> None:
    event = code("Thousands demonstrated in Belgrade on Sunday.", "demonstrated", "PROTEST", source="Thousands")
    assert event.target is not None
    assert event.target.text == ""
    assert event.target.country == "SRB"
    assert event.target.name == "Serbia"
    assert event.target.start is None
    assert event.target.end is None
    assert event.target.sector == "GOV"


def test_a_curfew_with_no_named_target_falls_on_the_people_there(code: Code) -> None:
    event = code("A curfew was imposed in Belgrade on Sunday.", "imposed", "COERCE")
    assert event.target is not None
    assert event.target.country == "SRB"
    assert event.target.sector == "CVL"


def test_a_mobilization_with_no_named_target_keeps_no_sector(code: Code) -> None:
    event = code("Troops were mobilized in Belgrade on Sunday.", "mobilized", "MOBILIZE")
    assert event.target is not None
    assert event.target.country == "SRB"
    assert event.target.sector is None


def test_a_protest_with_no_known_place_gets_no_implicit_target(code: Code) -> None:
    event = code("Thousands demonstrated on Sunday.", "demonstrated", "PROTEST", source="Thousands")
    assert event.target is None


def test_a_meeting_without_a_target_gets_no_implicit_one(code: Code) -> None:
    event = code("The Kenyan president held talks in Nairobi.", "talks", "CONSULT", source="The Kenyan president")
    assert event.target is None


def test_a_territory_as_a_party_takes_its_own_country_not_the_other_partys(code: Code) -> None:
    event = code(
        "Norway did not recognise the annexation of Crimea.", "recognise", "SUPPORT", source="Norway", target="Crimea"
    )
    assert event.source is not None
    assert event.source.country == "NOR"
    assert event.target is not None
    assert event.target.country == "UKR"


def test_an_agentless_killing_takes_the_armed_group_its_attack_is_by(code: Code) -> None:
    event = code(
        "Three traders were killed in Gao in an attack by Boko Haram fighters.",
        "killed",
        "ASSAULT",
        target="Three traders",
    )
    assert event.source is not None
    assert event.source.text == "Boko Haram fighters"
    assert event.source.sector in {"REB", "IMG"} or event.source.country == "IMG"


def test_an_attack_blamed_on_the_police_has_the_police_as_source(code: Code) -> None:
    event = code(
        "A student was shot dead in Lusaka in a raid blamed on the police.", "shot", "ASSAULT", target="A student"
    )
    assert event.source is not None
    assert event.source.text == "the police"
    assert event.source.sector == "COP"
    assert event.source.country == "ZMB"


def test_a_by_phrase_naming_a_weapon_gives_no_source(code: Code) -> None:
    event = code("Two men were killed by a roadside bomb in Kandahar.", "killed", "ASSAULT", target="Two men")
    assert event.source is not None
    assert event.source.name == UNIDENTIFIED
    assert event.source.text == ""


def test_an_unknown_name_takes_country_and_sector_from_its_appositive(code: Code) -> None:
    event = code(
        "Jonas Kellerhals, the Swiss defence minister, accused the rebels of the attack.",
        "accused",
        "ACCUSE",
        source="Jonas Kellerhals",
        target="the rebels",
    )
    assert event.source is not None
    assert (event.source.country, event.source.sector) == ("CHE", "GOV")


def test_an_ethnic_minority_keeps_the_document_country_over_the_event_place(code: Code) -> None:
    text = "Serbian police said ethnic Albanian rebels attacked a village near the Bulgarian town of Vidin."
    event = code(text, "attacked", "ASSAULT", source="ethnic Albanian rebels", target="a village")
    assert event.source is not None
    assert (event.source.country, event.source.sector) == ("SRB", "REB")


def test_an_ethnic_minority_nationality_does_not_set_the_document_country(code: Code) -> None:
    text = "Romanian police said ethnic Hungarian students protested outside the Hungarian embassy."
    event = code(text, "protested", "PROTEST", source="ethnic Hungarian students")
    assert event.source is not None
    assert (event.source.country, event.source.sector) == ("ROU", "EDU")


def test_a_later_sentence_suspecting_an_armed_group_names_the_source(code: Code) -> None:
    text = "Two traders were killed on Monday when a bomb went off in Mandera. Authorities suspect al Shabaab."
    event = code(text, "killed", "ASSAULT", target="Two traders")
    assert event.source is not None
    assert (event.source.name, event.source.sector) == ("Al Shabaab", "REB")


def test_a_claim_of_responsibility_names_the_source(code: Code) -> None:
    text = "Gunfire wounded five passengers on a bus near Maiduguri. Boko Haram claimed responsibility for the attack."
    event = code(text, "wounded", "ASSAULT", target="five passengers")
    assert event.source is not None
    assert (event.source.name, event.source.country) == ("Boko Haram", "NGA")


def test_a_blamed_group_that_is_the_target_is_not_the_source(code: Code) -> None:
    text = "Three suspected ADF rebels were shot dead near Beni on Friday."
    event = code(text, "shot", "ASSAULT", target="Three suspected ADF rebels")
    assert event.source is not None
    assert event.source.name == UNIDENTIFIED


def test_an_arrest_is_not_pinned_on_the_blamed_group(code: Code) -> None:
    text = "A teacher was arrested in Garissa on Monday. Police suspect al Shabaab of recruiting students."
    event = code(text, "arrested", "COERCE", target="A teacher")
    assert event.source is not None
    assert event.source.sector == "COP"


def test_victims_known_only_by_their_number_are_civilians_of_the_event_place(code: Code) -> None:
    event = code("Gunmen killed 4 in Lamu County on Sunday.", "killed", "ASSAULT", source="Gunmen", target="4")
    assert event.target is not None
    assert event.target.country == "KEN"
    assert event.target.sector == "CVL"


def test_a_counted_victim_word_with_no_noun_is_civilian(code: Code) -> None:
    event = code("Several were injured in a grenade attack in Arusha.", "injured", "ASSAULT", target="Several")
    assert event.target is not None
    assert event.target.country == "TZA"
    assert event.target.sector == "CVL"


def test_counted_people_named_by_their_noun_keep_its_sector(code: Code) -> None:
    event = code("Gunmen shot three soldiers in Mandera.", "shot", "ASSAULT", source="Gunmen", target="three soldiers")
    assert event.target is not None
    assert event.target.sector == "MIL"


def test_a_count_that_is_not_harmed_gets_no_civilian_sector(code: Code) -> None:
    event = code("Officials welcomed 40 at the airport in Nairobi.", "welcomed", "SUPPORT", target="40")
    assert event.target is not None
    assert event.target.sector is None
