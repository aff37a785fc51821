"""A group pronoun in a reported clause stands for the subject of the reporting verb (loads the spaCy model;
sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import Actor
from eventwire.resolve.actors.document import DocumentActors

ActorOf = Callable[..., tuple[Actor, DocumentActors]]


@pytest.mark.parametrize(
    ("text", "pronoun", "country", "sector"),
    [
        ("The Chilean truckers said they would block the highways from Monday.", "they", "CHL", "LAB"),
        ("Peru's new government announced that it would free the hostages.", "it", "PER", "GOV"),
        ("Nepalese rebel leaders said on Friday they were ready for talks.", "they", "NPL", "REB"),
    ],
)
def test_a_pronoun_reported_by_a_group_is_that_group(
    actor_of: ActorOf, text: str, pronoun: str, country: str, sector: str
) -> None:
    actor, _ = actor_of(text, pronoun)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.hand_built
def test_a_pronoun_reported_by_a_person_is_not_that_person(actor_of: ActorOf) -> None:
    actor, _ = actor_of("The Chilean minister said they would be arrested.", "they")
    assert actor.sector != "GOV"


@pytest.mark.hand_built
def test_a_pronoun_opening_a_sentence_is_the_group_subject_before_it(actor_of: ActorOf) -> None:
    text = "The police searched the market for the stolen goods. They beat two traders."
    actor, _ = actor_of(text, "They")
    assert actor.sector == "COP"


def test_a_pronoun_after_a_person_subject_stays_unresolved(actor_of: ActorOf) -> None:
    actor, _ = actor_of("The governor toured the market. They cheered him loudly.", "They")
    assert actor.sector is None


def test_a_reported_pronoun_takes_the_country_its_reporters_are_loyal_to(actor_of: ActorOf) -> None:
    text = "Fighters loyal to the Ugandan army said they had captured the town."
    actor, _ = actor_of(text, "they")
    assert actor.country == "UGA"


@pytest.mark.slow
def test_an_object_pronoun_is_not_what_its_clause_subject_stands_for(actor_of: ActorOf) -> None:
    text = "The Ogaden National Liberation Front stopped a bus. They seized the drivers and then they beat them."
    actor, _ = actor_of(text, "them", last=True)
    assert actor.sector != "REB"


@pytest.mark.slow
def test_an_object_pronoun_stands_for_the_object_of_an_earlier_conjoined_verb(actor_of: ActorOf) -> None:
    text = (
        "The Ogaden National Liberation Front stopped a bus. "
        "They picked out two policemen and tied their feet and beat them."
    )
    actor, _ = actor_of(text, "them", last=True)
    assert actor.sector == "COP"


@pytest.mark.slow
def test_a_state_does_not_support_itself(actor_of: ActorOf) -> None:
    actor, _ = actor_of(
        "Thousands had fled to the border, and Ghana intended to support them, the minister said.", "them"
    )
    assert actor.country != "GHA"
