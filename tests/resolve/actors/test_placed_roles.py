"""A role noun with no country of its own takes the one a phrase after it places it in (loads the spaCy model;
sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import Actor
from eventwire.resolve.actors.document import DocumentActors

ActorOf = Callable[..., tuple[Actor, DocumentActors]]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("Kabul has blamed the bombings on militants present on Pakistani soil.", "militants", "PAK"),
        ("Officials in Whitehall are examining the request from Kenya.", "Officials", "GBR"),
    ],
)
def test_a_role_noun_takes_the_country_a_phrase_after_it_places_it_in(
    actor_of: ActorOf, text: str, words: str, country: str
) -> None:
    actor, _ = actor_of(text, words)
    assert actor.country == country


@pytest.mark.slow
def test_a_phrase_naming_another_body_gives_no_country(actor_of: ActorOf) -> None:
    actor, _ = actor_of("Officials at the Chinese embassy met the rebels.", "Officials")
    assert actor.country in (None, "CHN")
