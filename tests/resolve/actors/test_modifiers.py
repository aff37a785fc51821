"""What the words around an actor phrase say of its sector: a phrase that only modifies a noun ("US" in "US
servicemen") takes that noun's; a capital named as a place ("a curfew in Abidjan") stands for its people (loads the
spaCy model; sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import Actor
from eventwire.resolve.actors.document import DocumentActors

ActorOf = Callable[..., tuple[Actor, DocumentActors]]


@pytest.mark.parametrize(
    ("text", "phrase", "country", "sector"),
    [
        ("Two US servicemen died when a roadside bomb exploded near Kandahar.", "US", "USA", "MIL"),
        ("The court tried Serbian extremists for the massacre.", "Serbian", "SRB", "REB"),
        ("Angry Peruvian farmers blocked the highway for a week.", "Peruvian", "PER", "AGR"),
    ],
)
def test_a_nationality_modifying_a_role_noun_takes_its_sector(
    actor_of: ActorOf, text: str, phrase: str, country: str, sector: str
) -> None:
    actor, _ = actor_of(text, phrase)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.hand_built
def test_a_nationality_modifying_a_thing_gets_no_sector(actor_of: ActorOf) -> None:
    actor, _ = actor_of("Soldiers demolished Syrian homes near the border.", "Syrian")
    assert (actor.country, actor.sector) == ("SYR", None)


@pytest.mark.hand_built
def test_the_modified_phrase_does_not_lend_another_country(actor_of: ActorOf) -> None:
    actor, _ = actor_of("Officials said Chinese-run Zambian mines closed.", "Zambian")
    assert actor.country == "ZMB"


def test_a_capital_where_something_happens_stands_for_its_people(actor_of: ActorOf) -> None:
    actor, _ = actor_of("The president extended the night curfew in Abidjan.", "Abidjan")
    assert (actor.country, actor.sector, actor.name) == ("CIV", "CVL", "Abidjan")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("Moscow criticised Washington on Monday.", "Washington"), ("Envoys carried the offer to Moscow.", "Moscow")],
)
def test_a_capital_acting_or_addressed_stands_for_its_government(actor_of: ActorOf, text: str, phrase: str) -> None:
    actor, _ = actor_of(text, phrase)
    assert actor.sector == "GOV"
