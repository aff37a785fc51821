"""Names before an administrative or settlement noun, and hyphenated names after "in"/"near", are place mentions
whatever the model labelled them; both countries of "the X-Y border" are (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.lexicons.gazetteer.index import Gazetteer
from eventwire.resolve.places.spans import place_spans
from tests.tiers import Parse

Mentions = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def mentions(parse: Parse, gazetteer: Gazetteer) -> Mentions:

    def _mentions(text: str) -> list[str]:
        sentence = next(iter(parse(text).sents))
        return [span.text for span in place_spans(sentence, gazetteer)]

    return _mentions


@pytest.mark.hand_built
def test_an_unknown_name_before_local_government_area_is_a_mention(mentions: Mentions) -> None:
    found = mentions("Insurgents attacked soldiers in Kukawa Local Government Area of Borno State.")
    assert "Kukawa Local Government Area" in found


@pytest.mark.hand_built
def test_a_name_before_a_capitalised_ward_is_a_mention(mentions: Mentions) -> None:
    assert "Gwange Ward" in mentions("A bomb exploded in Gwange Ward of Maiduguri.")


@pytest.mark.hand_built
def test_a_name_before_a_lower_case_raion_is_a_mention(mentions: Mentions) -> None:
    assert "Zhovtnevyi" in mentions("Fighting broke out in Zhovtnevyi raion of Donetsk oblast.")


@pytest.mark.hand_built
def test_a_name_before_a_prefecture_is_a_mention(mentions: Mentions) -> None:
    assert "Mambasa" in mentions("Rebels attacked Mambasa prefecture in the east.")


@pytest.mark.hand_built
def test_a_name_before_a_capitalised_suburb_is_a_mention(mentions: Mentions) -> None:
    assert "Minyan" in mentions("Residents fled after gunmen stormed Minyan Suburb on Friday.")


@pytest.mark.hand_built
def test_a_name_before_a_suburb_read_as_an_adjective_is_a_mention(mentions: Mentions) -> None:
    assert "Minyan" in mentions("A bomb exploded in the Minyan suburb of Maiduguri.")


def test_a_hyphenated_name_after_in_is_a_mention(mentions: Mentions) -> None:
    assert mentions("Militants attacked the army base in Doron-Baga on Sunday.") == ["Doron-Baga"]


def test_a_large_capitalised_area_after_a_nationality_word_is_not_taken_whole(mentions: Mentions) -> None:
    assert "Islamic" not in mentions("Members of the Islamic State attacked the town.")


def test_both_countries_of_a_border_are_mentions(mentions: Mentions) -> None:
    found = mentions("Gunmen attacked a village on the Kenya-Somalia border.")
    assert "Kenya" in found
    assert "Somalia" in found


def test_countries_joined_before_a_common_noun_are_no_mentions(mentions: Mentions) -> None:
    assert mentions("The Kenya-Uganda trade deal was signed in Nairobi.") == ["Nairobi"]


def test_a_peoples_name_before_local_government_area_is_a_mention(mentions: Mentions) -> None:
    found = mentions("Gunmen killed six people in two villages of Agatu local government area in Benue State.")
    assert "Agatu" in found


def test_an_abbreviated_area_kind_is_no_part_of_the_name(mentions: Mentions) -> None:
    assert "Maru" in mentions("Bandits killed five people in Maru LGA of Zamfara State.")


def test_a_title_word_cut_from_a_district_name_is_put_back(mentions: Mentions) -> None:
    found = mentions(
        "The air force also struck positions at the Sheikh Yassine District and the Al-Husseiniyah District."
    )
    assert "Sheikh Yassine District" in found


def test_a_name_the_parse_hung_on_a_weekday_is_a_mention(mentions: Mentions) -> None:
    assert "Belfast" in mentions("Thousands demonstrated in Belfast Sunday for the prosecution of the killers.")


def test_a_city_naming_a_home_or_a_building_is_a_mention(mentions: Mentions) -> None:
    assert "Moscow" in mentions("Gunmen shot a man on the doorstep of his Moscow apartment on Thursday.")
    assert "Kiev" in mentions("He was shot as he stepped out of a central Kiev courthouse on Tuesday.")


def test_a_bar_named_by_an_organisation_name_is_no_place(mentions: Mentions) -> None:
    found = mentions("Gunmen walked into the Casa Linda bar in Chihuahua and began shooting.")
    assert "Casa Linda" not in found
    assert "Chihuahua" in found
