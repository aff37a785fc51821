"""Linking an event to its place on short sentences written for these tests (loads the spaCy model)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import Place

Locate = Callable[..., Place | None]


def _name(place: Place | None) -> str | None:
    return place.name if place is not None else None


@pytest.mark.hand_built
def test_place_after_in_is_the_event_place(locate: Locate) -> None:
    place = locate("Officials held talks in Moscow on Tuesday.", "talks", kind="CONSULT")
    assert place is not None
    assert place.name == "Moscow"
    assert place.country == "RUS"
    assert place.precision == "city"


@pytest.mark.hand_built
def test_the_name_is_kept_as_written_but_located_by_its_alias(locate: Locate) -> None:
    place = locate("Two soldiers were wounded in Kiev on Friday.", "wounded")
    assert place is not None
    assert place.name == "Kiev"
    assert place.country == "UKR"
    assert place.lat


@pytest.mark.hand_built
def test_a_list_gives_its_first_name_located_by_the_next(locate: Locate) -> None:
    place = locate("A trader was killed in Zzyxtown, Mwembe, Kilifi on Monday.", "killed")
    assert place is not None
    assert place.name == "Zzyxtown"
    assert place.country == "KEN"
    assert place.lat == pytest.approx(-3.6, abs=0.3)


@pytest.mark.hand_built
def test_a_region_before_a_named_town_yields_the_town(locate: Locate) -> None:
    place = locate("In the West Bank town of Jenin, a teenager was shot on Sunday.", "shot")
    assert _name(place) == "Jenin"


@pytest.mark.hand_built
def test_a_neighbourhood_is_more_specific_than_its_city(locate: Locate) -> None:
    place = locate("Three men were arrested in the Karrada district of Baghdad.", "arrested", kind="COERCE")
    assert _name(place) == "Karrada"


@pytest.mark.hand_built
def test_a_reference_point_of_a_distance_is_not_the_place(locate: Locate) -> None:
    place = locate("A bomb exploded near Baiji, 200 kilometers north of Baghdad.", "exploded")
    assert _name(place) == "Baiji"


def test_a_country_as_adjective_of_the_actor_is_not_a_place(locate: Locate) -> None:
    assert locate("Syrian troops killed four fighters on Monday.", "killed", source="Syrian troops") is None


def test_a_sentence_without_a_place_gives_none(locate: Locate) -> None:
    assert locate("At least ten rebels were killed in the clashes, the army said.", "killed") is None


def test_the_visited_country_is_the_place_of_a_visit(locate: Locate) -> None:
    place = locate("The Chinese president will visit Russia next week.", "visit", kind="CONSULT", target="Russia")
    assert place is not None
    assert place.name == "Russia"
    assert place.precision == "country"


def test_an_organisation_is_not_its_place(locate: Locate) -> None:
    place = locate("The United Nations condemned the attack.", "condemned", kind="ACCUSE")
    assert place is None


def test_reported_speech_does_not_lend_its_place_to_the_speaking(locate: Locate) -> None:
    place = locate("The minister said that soldiers had fired on protesters in Kisumu.", "said", kind="ACCUSE")
    assert place is None


def test_a_place_naming_a_residence_is_kept(locate: Locate) -> None:
    place = locate("The man was found dead at his Westlands residence on Monday.", "found")
    assert _name(place) == "Westlands"


def test_the_sentence_before_sets_the_scope_when_this_one_names_no_place(locate: Locate) -> None:
    place = locate("Heavy fighting broke out in Kismayo on Monday. Five soldiers were killed.", "killed")
    assert place is not None
    assert place.name == "Kismayo"
    assert place.country == "SOM"


def test_residents_of_a_town_place_their_protest(locate: Locate) -> None:
    place = locate("Residents of Garissa protested against the closure of the market.", "protested", kind="PROTEST")
    assert place is not None
    assert place.name == "Garissa"
    assert place.country == "KEN"


def test_the_home_of_people_gathering_to_protest_is_the_protest_place(locate: Locate) -> None:
    place = locate(
        "Kisumu traders gathered to protest new market fees.", "protest", kind="PROTEST", source="Kisumu traders"
    )
    assert _name(place) == "Kisumu"


def test_a_known_town_written_with_its_settlement_word_is_a_place(locate: Locate) -> None:
    place = locate("Hawkers in Maralal Town held protests over new levies.", "protests", kind="PROTEST")
    assert place is not None
    assert place.country == "KEN"
    assert place.lat is not None
