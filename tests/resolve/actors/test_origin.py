"""An actor's place of origin after it ("raiders from Ethiopia") gives its country (loads the spaCy model; sentences
written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.extract.raw import RawEvent
from eventwire.model import Actor, Document, Event
from eventwire.resolve import Resolver
from eventwire.resolve.actors.document import ActorResolver, DocumentActors
from tests.tiers import Parse

RESOLVER = ActorResolver()
ActorOf = Callable[..., tuple[Actor, DocumentActors]]


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Raiders from Ethiopia stole two hundred goats near the border.", "Raiders", "ETH"),
        ("Herders clashed with militiamen from the Central African Republic on Sunday.", "militiamen", "CAF"),
        ("Gunmen from Nigeria seized three fishermen off the coast of Cameroon.", "Gunmen", "NGA"),
    ],
)
def test_a_country_of_origin_after_an_actor_gives_its_country(
    actor_of: ActorOf, text: str, phrase: str, country: str
) -> None:
    actor, _ = actor_of(text, phrase)
    assert actor.country == country


@pytest.mark.hand_built
def test_a_from_phrase_of_the_verb_is_no_origin(actor_of: ActorOf) -> None:
    actor, actors = actor_of("Soldiers rescued two hostages from Somalia.", "two hostages")
    assert not actors.facts_of(actor).from_origin


@pytest.mark.hand_built
def test_what_is_withdrawn_from_a_country_is_not_from_there(actor_of: ActorOf) -> None:
    text = "The government sped up the withdrawal of its troops from Bolivia on Monday."
    actor, actors = actor_of(text, "its troops")
    assert not actors.facts_of(actor).from_origin


def test_the_event_place_does_not_replace_a_country_of_origin(parse: Parse, raw_event: Callable[..., RawEvent]) -> None:
    text = "Tribesmen from Uganda attacked a village in Turkana County, Kenya, on Monday."
    doc = parse(text)
    raw = raw_event(doc, "attacked", "ASSAULT", source="Tribesmen", target="a village")
    (event,) = Resolver().resolve(doc, [raw], Document(id="t", text=text))
    assert isinstance(event, Event)
    assert event.source is not None
    assert event.source.country == "UGA"


@pytest.mark.parametrize(
    "text",
    [
        "Police in Lodwar fought cattle raiders from Sudan on Monday.",
        "Rangers battled poachers from Somalia near the park on Friday.",
    ],
)
def test_a_country_named_only_as_an_origin_is_not_the_documents_country(parse: Parse, text: str) -> None:
    assert RESOLVER.for_document(parse(text), None).default_country not in {"SDN", "SOM"}


def test_a_country_left_by_moved_troops_still_counts_for_the_document(parse: Parse) -> None:
    doc = parse("Ethiopia withdrew its troops from Somalia on Monday.")
    assert RESOLVER.for_document(doc, None).default_country is not None
