"""The resolver's optional rules about an event's parties, as named steps (``STEPS``, kind ``party``).

Once the parties the extractor found are resolved and settled, these steps run in this order on the event's
``Parties``, each reading only the ``Scene`` it is given and returning the parties it decides:

1. ``party.counted_victims``: a target that is only a count of people harmed is civilians (``implicit``);
2. ``party.named_agent``: an agentless attack's own clause names its doer ("an attack by X") (``agents``);
3. ``party.blamed_group``: a short document blames a named armed group for it (``agents``);
4. ``party.implicit_source``: else an unidentified doer where it happened (``implicit``);
5. ``party.implicit_target``: a protest, mobilization or coercion aimed at no one named is aimed at the state and
   people where it happens (``implicit``).

``Resolver(disabled=...)`` switches steps off by name, which is how an evaluation measures what each is worth.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc

from eventwire.extract.raw import RawEvent
from eventwire.model import Actor
from eventwire.resolve.actors.document import DocumentActors
from eventwire.resolve.agents import blamed_group, named_agent
from eventwire.resolve.home import settle
from eventwire.resolve.implicit import counted_victims, implicit_source, implicit_target, state_target
from eventwire.resolve.places.event import Gazetteer
from eventwire.steps import Registry

__all__ = ["STEPS", "Parties", "PartyStep", "Scene", "complete"]

WORDS = "actors/words.yaml"


@dataclass(frozen=True, slots=True)
class Parties:
    """An event's source and target as decided so far."""

    source: Actor | None
    target: Actor | None


@dataclass(frozen=True, slots=True)
class Scene:
    """What the party steps of one event may read.

    ``home`` is the event place's country, else the document's, else a party's; ``place_home`` the event place's or
    the document's only (a party's own country says nothing about where a protest is aimed). ``read_target`` is the
    target as its own words read it, before its country was settled.
    """

    raw: RawEvent
    doc: Doc
    actors: DocumentActors
    gazetteer: Gazetteer
    anchor: date | None
    home: str | None
    place_home: str | None
    read_target: Actor | None


PartyStep = Callable[[Parties, Scene], Parties]

STEPS: Registry[PartyStep] = Registry("resolve", ("party",))


def complete(parties: Parties, scene: Scene, disabled: frozenset[str] = frozenset()) -> Parties:
    """``parties`` after every enabled party step, in order."""
    for step in STEPS.of_kind("party", disabled):
        parties = step.func(parties, scene)
    return parties


def _sourceless(parties: Parties, scene: Scene) -> bool:
    """Neither the text nor an earlier step gives the event a source."""
    return parties.source is None and scene.raw.source is None


@STEPS.register("party.counted_victims", "party", reads=("extract/classes.yaml:headcount",))
def counted_victims_step(parties: Parties, scene: Scene) -> Parties:
    """Victims known only by their number ("2 killed by raiders", "kills 2") are civilians (CVL)."""
    if parties.target is None or not counted_victims(scene.raw, scene.read_target):
        return parties
    return replace(parties, target=replace(parties.target, sector="CVL"))


@STEPS.register("party.named_agent", "party", reads=(f"{WORDS}:on_blame_verbs",))
def named_agent_step(parties: Parties, scene: Scene) -> Parties:
    """An agentless attack's doer named in its own clause ("an attack by X", "blamed on X")."""
    if not _sourceless(parties, scene):
        return parties
    found = named_agent(scene.raw, scene.actors, scene.anchor)
    return replace(parties, source=settle(found, scene.home, scene.gazetteer))


@STEPS.register(
    "party.blamed_group",
    "party",
    reads=tuple(
        f"{WORDS}:{name}"
        for name in (
            "blame_verbs",
            "responsibility_verbs",
            "responsibility_nouns",
            "suspicion_words",
            "attack_nouns",
            "arrest_verbs",
            "clash_words",
        )
    ),
)
def blamed_group_step(parties: Parties, scene: Scene) -> Parties:
    """The named armed group a short document blames for an agentless attack ("X claimed responsibility")."""
    if not _sourceless(parties, scene):
        return parties
    found = blamed_group(scene.raw, scene.actors)
    return replace(parties, source=settle(found, scene.home, scene.gazetteer))


@STEPS.register("party.implicit_source", "party", reads=(f"{WORDS}:arrest_verbs",))
def implicit_source_step(parties: Parties, scene: Scene) -> Parties:
    """An unidentified doer of an agentless assault, coercion or protest, where it happened (the police for an
    arrest); of no country when the target is a whole state or territory."""
    if not _sourceless(parties, scene):
        return parties
    state = state_target(scene.doc, parties.target, scene.gazetteer)
    return replace(parties, source=implicit_source(scene.raw, None if state else scene.home))


@STEPS.register("party.implicit_target", "party")
def implicit_target_step(parties: Parties, scene: Scene) -> Parties:
    """The state and people where a protest, mobilization or coercion aimed at no one named happens."""
    if parties.target is not None or scene.raw.target is not None:
        return parties
    return replace(parties, target=implicit_target(scene.raw, scene.place_home))
