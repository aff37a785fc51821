"""The resolver's optional rules about an event's parties, as named steps (``STEPS``, kind ``party``).

Once the parties the extractor found are resolved and settled, these steps run in this order on the event's
``Parties``, each reading only the ``Scene`` it is given and returning the parties it decides:

1. ``party.counted_victims``: a target that is only a count of people harmed is civilians (``implicit``);
2. ``party.named_agent``: an agentless attack's own clause names its doer ("an attack by X") (``agents``);
3. ``party.blamed_group``: a short document blames a named armed group for it (``agents``);
4. ``party.implicit_source``: else an unidentified doer where it happened (``implicit``);
5. ``party.implicit_target``: a protest, mobilization or coercion aimed at no one named is aimed at the state and
   people where it happens (``implicit``);
6. ``party.denied_accuser``: a denial that names no target answers the accuser of the nearest accusation before
   it ("Y accused X of ...; X denied it") (``agents``);
7. ``party.carried_target``: an attack told again by a definite noun ("the attack", "its offensive") with no one
   hit in its words hit whom its own clause says it harmed, else whom the attack told just before hit (``carried``);
8. ``party.acting_state``: a country's name alone as a party ("Turkey objected", "sanctions on Iran") stands for
   its state (GOV).

``Resolver(disabled=...)`` switches steps off by name, which is how an evaluation measures what each is worth.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span

from eventwire.extract.raw import RawEvent
from eventwire.model import Actor, Event
from eventwire.resolve.actors.document import ActorFacts, DocumentActors
from eventwire.resolve.agents import accuser, blamed_group, named_agent
from eventwire.resolve.carried import carried_target, clause_target
from eventwire.resolve.home import Homes, settle
from eventwire.resolve.implicit import counted_victims, implicit_source, implicit_target, is_headcount, state_target
from eventwire.resolve.places.event import Gazetteer
from eventwire.steps import Registry

__all__ = ["STEPS", "Parties", "PartyStep", "Scene", "complete"]

WORDS = "actors/words.yaml"
STATE_SECTOR = "GOV"


@dataclass(frozen=True, slots=True)
class Parties:
    """An event's source and target as decided so far."""

    source: Actor | None
    target: Actor | None


@dataclass(frozen=True, slots=True)
class Scene:
    """What the party steps of one event may read.

    ``homes`` are the countries the event's context gives an unnamed party: its place's, when the text places it,
    and the document's home country, when the input gives one (``eventwire.resolve.home.Homes``). ``read_target``
    is the target as its own words read it, before its country was settled; ``facts`` what the words of the text's
    own source and target said about them (``ActorFacts``; all false where the text names none); ``earlier`` the
    document's events coded before this one, in document order.
    """

    raw: RawEvent
    doc: Doc
    actors: DocumentActors
    gazetteer: Gazetteer
    anchor: date | None
    homes: Homes
    read_target: Actor | None
    facts: tuple[ActorFacts, ActorFacts] = (ActorFacts(), ActorFacts())
    earlier: tuple[Event, ...] = ()


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
    """Victims known only by their number ("2 killed by raiders", "kills 2") are civilians (CVL) of where they were
    harmed (``Homes.of``)."""
    if parties.target is None or not counted_victims(scene.raw, scene.read_target):
        return parties
    country = parties.target.country or scene.homes.of()
    return replace(parties, target=replace(parties.target, sector="CVL", country=country))


@STEPS.register("party.named_agent", "party", reads=(f"{WORDS}:on_blame_verbs",))
def named_agent_step(parties: Parties, scene: Scene) -> Parties:
    """An agentless attack's doer named in its own clause ("an attack by X", "blamed on X")."""
    if not _sourceless(parties, scene):
        return parties
    found = named_agent(scene.raw, scene.actors, scene.anchor)
    return replace(parties, source=settle(found, scene.homes, scene.gazetteer))


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
    return replace(parties, source=settle(found, scene.homes, scene.gazetteer))


@STEPS.register("party.implicit_source", "party", reads=(f"{WORDS}:arrest_verbs",))
def implicit_source_step(parties: Parties, scene: Scene) -> Parties:
    """An unidentified doer of an agentless assault, coercion or protest, where it happened (the police for an
    arrest); of no country when the target is a whole state or territory."""
    if not _sourceless(parties, scene):
        return parties
    state = state_target(scene.doc, parties.target, scene.gazetteer)
    return replace(parties, source=implicit_source(scene.raw, None if state else scene.homes.of()))


@STEPS.register("party.implicit_target", "party")
def implicit_target_step(parties: Parties, scene: Scene) -> Parties:
    """The state and people where a protest, mobilization or coercion aimed at no one named happens."""
    if parties.target is not None or scene.raw.target is not None:
        return parties
    return replace(parties, target=implicit_target(scene.raw, scene.homes.of()))


@STEPS.register("party.denied_accuser", "party", reads=(f"{WORDS}:denial_verbs", f"{WORDS}:accusation_verbs"))
def denied_accuser_step(parties: Parties, scene: Scene) -> Parties:
    """A denial with no target in its text ("X denied the charges") is aimed at the accuser of the nearest
    accusation before it, when the text names one with a country or sector."""
    if parties.target is not None or scene.raw.target is not None:
        return parties
    found = accuser(scene.raw, scene.actors, scene.anchor)
    return parties if found is None else replace(parties, target=settle(found, scene.homes, scene.gazetteer))


@STEPS.register(
    "party.carried_target",
    "party",
    reads=tuple(
        f"{WORDS}:{name}" for name in ("retold_attack_nouns", "retold_determiners", "clause_harm_verbs", "dying_verbs")
    ),
)
def carried_target_step(parties: Parties, scene: Scene) -> Parties:
    """An attack noun with no one hit in its words hit whom its own clause says it harmed ("the strike killed five
    soldiers"); else, told again by a definite noun ("claimed responsibility for the attack"), whom the attack told
    just before hit; the doer of that attack, when the retold attack's doer was its
    target ("X attacked Y ... Y's offensive")."""
    if parties.target is not None:
        return parties
    harmed = clause_target(scene.raw)
    if harmed is not None:
        found = settle(scene.actors.identify(harmed, scene.anchor), scene.homes, scene.gazetteer)
        if found is not None and is_headcount(harmed) and not (found.country or found.sector):
            found = replace(found, sector="CVL", country=scene.homes.of())  # "wounds five": civilians, as counted
        return replace(parties, target=found)
    found = carried_target(scene.raw, parties.source, scene.earlier, scene.actors)
    return parties if found is None else replace(parties, target=found)


@STEPS.register("party.acting_state", "party")
def acting_state_step(parties: Parties, scene: Scene) -> Parties:
    """A country's name alone as the text's own source or target ("Turkey objected", "sanctions on Iran") stands for
    its state: the government (GOV), unless a sector was found for it."""
    source_facts, target_facts = scene.facts
    return Parties(
        _acting_state(parties.source, source_facts, scene.raw.source),
        _acting_state(parties.target, target_facts, scene.raw.target),
    )


def _acting_state(actor: Actor | None, facts: ActorFacts, span: Span | None) -> Actor | None:
    if actor is None or span is None or not facts.state or actor.sector is not None or actor.start != span.start_char:
        return actor
    return replace(actor, sector=STATE_SECTOR)
