"""The resolver turns the extractor's events into coded events, on a hand-built parse."""

from __future__ import annotations

from eventwire.lexicons.gazetteer.index import Gazetteer
from eventwire.model import Document
from eventwire.resolve.actors.document import ActorResolver
from eventwire.resolve.events import Resolver
from eventwire.resolve.parties import STEPS, Parties, Scene, complete
from tests.docs_builder import event, parsed

KILLED = "Two people were killed in Garsen on Monday."


def test_an_agentless_killing_has_an_unidentified_doer_of_the_place_and_civilian_victims() -> None:
    doc = parsed(KILLED)
    (coded,) = Resolver().resolve(doc, [event(doc, "ASSAULT", "killed", target="Two people")], Document("t", KILLED))
    assert coded.source is not None
    assert (coded.source.name, coded.source.country) == ("unidentified", "KEN")
    assert coded.target is not None
    assert (coded.target.text, coded.target.country, coded.target.sector) == ("Two people", "KEN", "CVL")


def test_the_party_steps_fill_in_an_unnamed_doer_unless_switched_off(gazetteer: Gazetteer) -> None:
    doc = parsed(KILLED)
    killing = event(doc, "ASSAULT", "killed", target="Two people")
    actors = ActorResolver().for_document(doc, None)
    scene = Scene(killing, doc, actors, gazetteer, None, "KEN", "KEN", None)
    nobody = Parties(source=None, target=None)
    filled = complete(nobody, scene)
    assert filled.source is not None
    assert filled.source.name == "unidentified"
    assert complete(nobody, scene, disabled=frozenset(STEPS.steps)) == nobody
