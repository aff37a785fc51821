"""The parties an event's text leaves out, on hand-built parses: the unidentified doer and the state aimed at."""

from __future__ import annotations

from eventwire.model import Actor
from eventwire.resolve.actors.document import ActorResolver
from eventwire.resolve.agents import blamed_group, named_agent
from eventwire.resolve.implicit import counted_victims, implicit_source, implicit_target, is_arrest
from tests.docs_builder import event, parsed

DETAINED = "Police detained three men for questioning on Sunday."
KILLED = "Two people were killed in Garsen on Monday."


def test_an_arrest_by_unnamed_officers_is_by_the_police_of_the_place() -> None:
    arrest = event(parsed(DETAINED), "COERCE", "detained", "Police", "three men")
    assert is_arrest(arrest)
    source = implicit_source(arrest, "KEN")
    assert source is not None
    assert (source.name, source.country, source.sector) == ("unidentified", "KEN", "COP")


def test_coercion_with_no_named_target_is_aimed_at_the_state_where_it_happens() -> None:
    target = implicit_target(event(parsed(DETAINED), "COERCE", "detained", "Police", "three men"), "KEN")
    assert target is not None
    assert (target.name, target.country, target.sector) == ("Kenya", "KEN", "CVL")


def test_a_killing_is_no_arrest_and_its_unnamed_doer_has_no_sector() -> None:
    killing = event(parsed(KILLED), "ASSAULT", "killed", target="Two people")
    assert not is_arrest(killing)
    source = implicit_source(killing, "KEN")
    assert source is not None
    assert source.sector is None


def test_people_named_by_their_noun_are_no_bare_count_of_victims() -> None:
    killing = event(parsed(KILLED), "ASSAULT", "killed", target="Two people")
    assert not counted_victims(killing, Actor(text="Two people"))


def test_the_by_phrase_of_an_agentless_attack_names_its_doer() -> None:
    doc = parsed("The convoy was attacked by rebels near the border.")
    attack = event(doc, "ASSAULT", "attacked", target="The convoy")
    actors = ActorResolver().for_document(doc, None)
    found = named_agent(attack, actors, None)
    assert found is not None
    assert (found.actor.text, found.actor.sector) == ("rebels", "REB")
    assert blamed_group(attack, actors) is None
