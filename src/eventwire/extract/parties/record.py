"""The record of who did an event to whom, and the word lists the argument finder reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from eventwire.extract.parties.targets import TargetCues
from eventwire.extract.tree import actor_span

SPEECH_EVENTS = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE"})
VICTIM_TYPES = frozenset({"ASSAULT", "COERCE"})


@dataclass(slots=True)
class Parties:
    """Heads of the source and target phrases, and whether the relation is two-way."""

    source: Token | None = None
    target: Token | None = None
    symmetric: bool = False
    more_targets: list[Token] = field(default_factory=list)  # further partners: one event each

    def spans(self, trigger: Token) -> tuple[Span | None, Span | None]:
        """The actor phrases, never holding the trigger (a misread headline verb sits inside its object's phrase);
        a party that is nothing but the trigger is none."""
        return (
            _without(actor_span(self.source), trigger) if self.source is not None else None,
            _without(actor_span(self.target), trigger) if self.target is not None else None,
        )


def _without(span: Span, trigger: Token) -> Span | None:
    if not span.start <= trigger.i < span.end:
        return span
    doc = span.doc
    rest = doc[trigger.i + 1 : span.end] if span.root.i > trigger.i else doc[span.start : trigger.i]
    return rest if len(rest) else None


@dataclass(frozen=True)
class ArgumentCues:
    """Word lists the argument finder needs: actor nouns, light verbs, and the trigger's own extra words."""

    actors: frozenset[str]
    light_verbs: frozenset[str]
    extra: frozenset[int] = frozenset()
    titles: frozenset[str] = frozenset()
    triggers: frozenset[int] = frozenset()  # tokens of all trigger candidates of the document
    people: frozenset[str] = frozenset()  # nouns naming people, who may be the victims of violence
    restrictions: frozenset[str] = frozenset()  # curfews, bans, blockades
    forces: frozenset[str] = frozenset()  # troops, warships: what is sent, not whom it is sent to
    sites: frozenset[str] = frozenset()  # villages, homes: an attack on them is on the people there
    reciprocal: frozenset[str] = frozenset()  # clash, fight: done by each side of a plural doer to the other
    devices: frozenset[str] = frozenset()  # bombs, mines, rockets: what an attack is made with
    mediation: frozenset[str] = frozenset()  # mediation, mediator: a third party between two sides
    arrivals: frozenset[str] = frozenset()  # arrive, visit: a visit's host is where the visitor arrives
    participation: frozenset[str] = frozenset()  # engage, participate: "engaged (X) in battles", "took part in"
    receiving: frozenset[str] = frozenset()  # receive, face: "the aid X received from Y", "the charges X faces"
    headcounts: frozenset[str] = frozenset()  # dozens, others, several: words that count people
    freeing: frozenset[str] = frozenset()  # release, free: verbs whose people object is the target
    commands: frozenset[str] = frozenset()  # order, instruct: the commander's side carries out what is ordered

    @property
    def targets(self) -> TargetCues:
        return TargetCues(
            self.actors, self.people, self.restrictions, self.forces, self.sites, self.devices, self.freeing
        )
