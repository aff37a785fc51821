"""A definite description ("the regime", "the army") stands for the nearest earlier phrase with the same head noun
and a country, before any other body of its sector (loads the spaCy model; sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.model import Actor
from eventwire.resolve.actors.document import DocumentActors

ActorOf = Callable[..., tuple[Actor, DocumentActors]]


def test_the_regime_is_the_regime_named_before_not_the_last_government(actor_of: ActorOf) -> None:
    text = (
        "Ankara first blamed the Libyan regime for the shelling. Hours later the Egyptian president phoned the "
        "Turkish leader. Officials then stopped blaming the shelling on the regime."
    )
    actor, _ = actor_of(text, "the regime", last=True)
    assert actor.country == "LBY"


def test_the_army_is_the_army_named_before(actor_of: ActorOf) -> None:
    text = (
        "The Malian army said it had retaken two villages. Aid groups in Niger and Burkina Faso welcomed the "
        "news. The army later said its convoy had been ambushed."
    )
    actor, _ = actor_of(text, "The army", last=True)
    assert (actor.country, actor.sector) == ("MLI", "MIL")
