"""The registry of extraction steps: their kinds, the call each kind makes, and typed access by kind.

Every rule of extraction is a named step of one kind (``eventwire.steps``); ``extract/rules.py`` registers them
all, in the order they run, and ``extract/run.py`` runs them. A kind fixes the step's call:

- ``veto`` ``(candidate, extraction) -> bool``: a trigger match that is no event, judged before its parties;
- ``parties`` ``(candidate, extraction) -> Parties | None``: who did it to whom; the first finder that answers wins;
- ``party_rule`` ``(parties, trigger, event type, argument cues) -> None``: one adjustment of the parties the
  dependency reading found (coordination, counted people, titles, ...), in order;
- ``party_veto`` ``(candidate, parties, extraction) -> bool``: an event that is no event, judged with its parties;
- ``mode`` ``(candidate, extraction) -> str | None``: the mode of a trigger whose entry gives none;
- ``retype`` ``(candidate, parties, extraction) -> Coding | None``: another type, mode and CAMEO code for the event;
- ``status`` ``(candidate, extraction) -> Status``: asserted, planned, hypothetical or negated;
- ``attribution`` ``(candidate, extraction) -> Span | None``: the reporting source;
- ``derived`` ``(events, extraction) -> list[RawEvent]``: more events coded from how the found ones are told;
- ``derived_veto`` ``(event, extraction) -> bool``: a derived event that is no event;
- ``counterpart`` and ``dedup`` ``(events, extraction) -> list[RawEvent]``: the document's events revised.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span, Token

from eventwire.extract.context import Extraction
from eventwire.extract.parties.record import ArgumentCues, Parties
from eventwire.extract.raw import RawEvent
from eventwire.extract.triggers.candidates import Candidate
from eventwire.model import Status
from eventwire.steps import Registry

__all__ = ["KINDS", "STEPS", "Coding", "functions"]

KINDS = (
    "veto",
    "parties",
    "party_rule",
    "party_veto",
    "mode",
    "retype",
    "status",
    "attribution",
    "derived",
    "derived_veto",
    "counterpart",
    "dedup",
)

STEPS: Registry[Callable[..., Any]] = Registry("extract", KINDS)


@dataclass(frozen=True, slots=True)
class Coding:
    """What an event is coded as: PLOVER type, mode and CAMEO code."""

    type: str
    mode: str | None
    cameo: str | None


TriggerVeto = Callable[[Candidate, Extraction], bool]
PartyFinder = Callable[[Candidate, Extraction], Parties | None]
PartyRule = Callable[[Parties, Token, str, ArgumentCues], None]
PartyVeto = Callable[[Candidate, Parties, Extraction], bool]
ModeRule = Callable[[Candidate, Extraction], str | None]
Retype = Callable[[Candidate, Parties, Extraction], Coding | None]
StatusRule = Callable[[Candidate, Extraction], Status]
AttributionRule = Callable[[Candidate, Extraction], Span | None]
DerivedRule = Callable[[list[RawEvent], Extraction], list[RawEvent]]
DerivedVeto = Callable[[RawEvent, Extraction], bool]
Revision = Callable[[list[RawEvent], Extraction], list[RawEvent]]


def functions(kind: str, disabled: frozenset[str]) -> Iterator[Any]:
    """The functions of the enabled steps of ``kind``, in registration order (typed by the caller: the call of the
    kind, above)."""
    return (step.func for step in STEPS.of_kind(kind, disabled))
