""" "The country's president": an office or body owned by "the country" belongs to the country named before it
(loads the spaCy model; sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.model import Actor
from eventwire.resolve.actors.document import DocumentActors

ActorOf = Callable[..., tuple[Actor, DocumentActors]]


def test_the_countrys_president_is_the_president_of_the_country_named_in_the_sentence(actor_of: ActorOf) -> None:
    text = "A court in Malawi jailed a blogger who had mocked the country's president."
    actor, _ = actor_of(text, "the country's president")
    assert (actor.country, actor.sector) == ("MWI", "GOV")


def test_with_no_country_in_its_sentence_the_documents_country_is_taken(actor_of: ActorOf) -> None:
    text = (
        "Protests spread across Bolivia on Monday. Chilean observers arrived in La Paz. "
        "Students marched against the nation's army."
    )
    actor, _ = actor_of(text, "the nation's army")
    assert (actor.country, actor.sector) == ("BOL", "MIL")
