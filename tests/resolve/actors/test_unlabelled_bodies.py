"""Named bodies the entity recognizer misses are still mentions "the group" and "it" may refer back to, and "the
separatist group" is a body, not a person (loads the spaCy model; sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from eventwire.model import Actor
from eventwire.resolve.actors.document import DocumentActors

ActorOf = Callable[..., tuple[Actor, DocumentActors]]

TEXT = (
    "Families fled as Isis fighters retreated into tunnels. The last Islamic State stronghold fell on Friday. "
    "Commanders said the group had lost most of its fighters."
)


def test_the_group_refers_back_to_an_armed_group_named_before(actor_of: ActorOf) -> None:
    actor, _ = actor_of(TEXT, "the group", date(2019, 3, 1))
    assert (actor.country, actor.sector) == ("IMG", "REB")


def test_a_known_body_missed_by_the_recognizer_is_a_mention(actor_of: ActorOf) -> None:
    _, actors = actor_of(TEXT, "the group", date(2019, 3, 1))
    assert any(m.reading.country == "IMG" and m.label == "ORG" for m in actors.mentions)


def test_a_body_noun_after_a_role_word_refers_back_to_the_group_named_before(actor_of: ActorOf) -> None:
    text = "The Karen National Union attacked an army post on Monday. The separatist group denied any role in the raid."
    actor, _ = actor_of(text, "The separatist group", date(2020, 3, 1))
    assert actor.sector == "REB"
    assert actor.country == "MMR"
