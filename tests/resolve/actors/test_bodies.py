"""Bodies named by what they are loyal to, and "the group" / "the movement" standing for a named organization."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.model import Actor
from eventwire.resolve.actors.document import ActorResolver, DocumentActors

RESOLVER = ActorResolver()
ActorOf = Callable[..., tuple[Actor, DocumentActors]]
PUBLISHED = date(2009, 5, 2)


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("forces loyal to Laurent Gbagbo", "CIV", "MIL"),
        ("militiamen loyal to the Kremlin", "RUS", "REB"),
        ("Chadian troops loyal to the Kremlin", "TCD", "MIL"),
    ],
)
def test_a_body_loyal_to_someone_keeps_its_sector_and_takes_their_country(text: str, country: str, sector: str) -> None:
    reading = RESOLVER.reader.read(text, date(2004, 11, 6))
    assert (reading.country, reading.sector) == (country, sector)


@pytest.mark.hand_built
def test_the_group_refers_back_to_a_named_organization(actor_of: ActorOf) -> None:
    text = "The Kenya Forest Service evicted settlers on Monday. Later the group said they had no permits."
    actor, _ = actor_of(text, "the group", PUBLISHED, last=True)
    assert (actor.name, actor.country, actor.sector) == ("Kenya Forest Service", "KEN", "COP")


def test_the_group_does_not_refer_back_to_a_city(actor_of: ActorOf) -> None:
    actor, _ = actor_of(
        "Crowds gathered in Paris on Monday. The group marched to the square.", "The group", PUBLISHED, last=True
    )
    assert actor.country is None
    assert actor.sector is None


def test_he_refers_back_to_an_office_named_by_its_nationality(actor_of: ActorOf) -> None:
    text = "A senior Danish minister said the embassy would stay closed as he left for Oslo."
    actor, _ = actor_of(text, "he", PUBLISHED, last=True)
    assert (actor.country, actor.sector) == ("DNK", "GOV")


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("about 300 supporters of former President Laurent Gbagbo", "CIV", "PTY"),
        ("relatives of Laurent Gbagbo", "CIV", "CVL"),
    ],
)
def test_followers_of_a_listed_person_keep_their_own_sector(text: str, country: str, sector: str) -> None:
    reading = RESOLVER.reader.read(text, date(2012, 3, 1))
    assert (reading.country, reading.sector) == (country, sector)


def test_a_state_body_of_a_listed_person_is_read_as_that_person() -> None:
    reading = RESOLVER.reader.read("the government of President Laurent Gbagbo", date(2004, 3, 1))
    assert (reading.country, reading.sector) == ("CIV", "GOV")
