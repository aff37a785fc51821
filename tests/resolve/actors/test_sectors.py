"""PLOVER sectors beyond the core list (issue 5): CRM, UAF, REF, AGR, PRM, ELI, SOC."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.model import SECTORS
from eventwire.resolve.actors.document import ActorResolver
from eventwire.resolve.actors.phrase import Reading

RESOLVER = ActorResolver()


def read(text: str, when: date | None = None) -> Reading:
    return RESOLVER.reader.read(text, when)


@pytest.mark.parametrize("code", ["PRM", "UAF", "CRM", "REF", "AGR", "ELI", "SOC"])
def test_the_plover_sectors_a_coder_can_assign_are_valid_codes(code: str) -> None:
    assert code in SECTORS


@pytest.mark.parametrize("code", ["JRN", "PRE", "HLH"])
def test_media_stays_med_and_secondary_codes_are_not_emitted(code: str) -> None:
    assert code not in SECTORS


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("thousands of refugees", "REF"),
        ("the asylum seekers", "REF"),
        ("internally displaced people", "REF"),
        ("a gang of car thieves", "CRM"),
        ("armed robbers", "CRM"),
        ("the hostage-takers", "CRM"),
        ("unknown gunmen", "UAF"),
        ("a group of armed men", "UAF"),
        ("angry farmers", "AGR"),
        ("landless peasants", "AGR"),
        ("a pro-government militia", "PRM"),
        ("the paramilitaries", "PRM"),
        ("civil society groups", "SOC"),
        ("doctors", "LAB"),
        ("the newspaper", "MED"),
    ],
)
def test_role_nouns_take_the_plover_sector(text: str, sector: str) -> None:
    assert read(text).sector == sector


@pytest.mark.parametrize(
    "text",
    ["former president Ana Ruiz", "a former defence minister", "ousted prime minister Ben Tal"],
)
def test_a_state_office_no_longer_held_is_a_former_official(text: str) -> None:
    assert read(text).sector == "ELI"


def test_a_former_office_keeps_its_country() -> None:
    reading = read("former Kenyan foreign minister")
    assert (reading.country, reading.sector) == ("KEN", "ELI")


def test_a_current_office_is_not_a_former_official() -> None:
    assert read("the defence minister").sector == "GOV"


def test_a_listed_person_before_any_office_is_a_party_actor() -> None:
    assert read("Tony Blair", date(1980, 1, 1)).sector == "PTY"


def test_a_named_pro_government_militia_is_paramilitary() -> None:
    assert read("the Janjaweed").sector == "PRM"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("military officials", "MIL"),
        ("Chilean army officials", "MIL"),
        ("a police spokesman", "COP"),
        ("government officials", "GOV"),
        ("UN officials", "IGO"),
    ],
)
def test_staff_nouns_after_a_role_noun_are_that_bodys_staff(text: str, sector: str) -> None:
    assert read(text).sector == sector


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("regional and local media rights groups", "NGO"),
        ("foreign and local media rights organisations", "NGO"),
        ("police and soldiers", "COP"),
    ],
)
def test_coordinated_modifiers_do_not_hide_the_head_noun(text: str, sector: str) -> None:
    assert read(text).sector == sector


@pytest.mark.parametrize("text", ["rebel forces", "a rebel army", "insurgent forces", "rebel officials"])
def test_a_state_body_noun_held_by_rebels_is_reb(text: str) -> None:
    assert read(text).sector == "REB"


@pytest.mark.parametrize(
    "text", ["terrorist organisations", "a designated terrorist group", "jihadist groups", "foreign extremist groups"]
)
def test_terrorist_and_extremist_groups_are_reb(text: str) -> None:
    assert read(text).sector == "REB"


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Jane Roe",
        "House Speaker Jane Roe",
        "the parliamentary speaker",
        "Senate Majority Leader Jane Roe",
        "the minority leader",
    ],
)
def test_legislators_titles_give_the_legislature_sector(text: str) -> None:
    assert read(text).sector == "LEG"


@pytest.mark.parametrize("text", ["the Treasury", "Treasury Secretary Jane Roe"])
def test_a_treasury_the_text_does_not_place_has_no_country(text: str) -> None:
    assert read(text).country is None  # every government has one; "the Treasury" alone is not Britain's


def test_a_treasury_the_text_places_keeps_its_country() -> None:
    assert (read("the US Treasury").country, read("the US Treasury").sector) == ("USA", "GOV")
