"""Running the extraction steps over one document, in the order of their kinds.

1. Trigger matches (``triggers/candidates.py``); each match passes the ``veto`` steps or is dropped.
2. Its parties: the first ``parties`` finder that answers (the dependency reading runs the ``party_rule`` steps);
   one event for its target and one for each further partner ("talks first with A, then with B").
3. Each event passes the ``party_veto`` steps, then takes its evidence span, its mode (the entry's, else the ``mode``
   steps'), another coding if a ``retype`` step gives one, its ``status``, its ``attribution`` and a confidence.
4. The ``derived`` steps add events told by the found ones; each passes the ``derived_veto`` steps.
5. In text order, the ``counterpart`` and ``dedup`` steps revise the list.

Steps switched off (``disabled``) are passed over; with every step of a kind off, a trigger is not vetoed, has no
parties, no mode of its own, keeps its coding, is asserted and has no attribution.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span

from eventwire.extract.confidence import confidence, reported
from eventwire.extract.context import Extraction, load_data
from eventwire.extract.parties.record import Parties
from eventwire.extract.raw import RawEvent
from eventwire.extract.registry import (
    AttributionRule,
    Coding,
    DerivedRule,
    DerivedVeto,
    ModeRule,
    PartyFinder,
    PartyVeto,
    Retype,
    Revision,
    StatusRule,
    TriggerVeto,
    functions,
)
from eventwire.extract.triggers.candidates import Candidate
from eventwire.extract.triggers.span import trigger_span
from eventwire.model import Status

__all__ = ["extract_events"]


def extract_events(doc: Doc, disabled: frozenset[str] = frozenset()) -> list[RawEvent]:
    """All events in ``doc``, in text order, by the extraction steps not named in ``disabled``."""
    ex = Extraction.of(doc, load_data(), frozenset(disabled))
    events = [event for cand in ex.candidates if not _vetoed(cand, ex) for event in _events(cand, ex)]
    derived: Iterator[DerivedRule] = functions("derived", ex.disabled)
    extra = [event for rule in derived for event in rule(events, ex)]
    events += [event for event in extra if not _derived_vetoed(event, ex)]
    events.sort(key=lambda e: (e.trigger.start, e.type))
    for kind in ("counterpart", "dedup"):
        revisions: Iterator[Revision] = functions(kind, ex.disabled)
        for revise in revisions:
            events = revise(events, ex)
    return events


def _vetoed(cand: Candidate, ex: Extraction) -> bool:
    vetoes: Iterator[TriggerVeto] = functions("veto", ex.disabled)
    return any(veto(cand, ex) for veto in vetoes)


def _derived_vetoed(event: RawEvent, ex: Extraction) -> bool:
    vetoes: Iterator[DerivedVeto] = functions("derived_veto", ex.disabled)
    return any(veto(event, ex) for veto in vetoes)


def _events(cand: Candidate, ex: Extraction) -> list[RawEvent]:
    """The event of a trigger; one more for each further partner ("talks first with A, then with B")."""
    parties = _parties(cand, ex)
    found = []
    for target in [parties.target, *parties.more_targets]:
        event = _event(cand, replace(parties, target=target, more_targets=[]), ex)
        if event is not None:
            found.append(event)
    return found


def _parties(cand: Candidate, ex: Extraction) -> Parties:
    finders: Iterator[PartyFinder] = functions("parties", ex.disabled)
    return next((found for finder in finders if (found := finder(cand, ex)) is not None), Parties())


def _event(cand: Candidate, parties: Parties, ex: Extraction) -> RawEvent | None:
    vetoes: Iterator[PartyVeto] = functions("party_veto", ex.disabled)
    if any(veto(cand, parties, ex) for veto in vetoes):
        return None
    token, carriers = cand.token, ex.data.cues.carriers
    source, target = parties.spans(token)
    coding = _coding(cand, parties, ex)
    return RawEvent(
        type=coding.type,
        trigger=trigger_span(token, list(cand.extra), carriers.light, carriers.occurrence),
        sentence=token.sent,
        mode=coding.mode,
        cameo=coding.cameo,
        status=_status(cand, ex),
        source=source,
        target=target,
        attribution=_attribution(cand, ex),
        symmetric=parties.symmetric,
        confidence=confidence(cand, parties, reported(token, carriers.occurrence)),
    )


def _coding(cand: Candidate, parties: Parties, ex: Extraction) -> Coding:
    """The entry's type, mode (else a mode step's) and CAMEO code, unless a retype step recodes the event."""
    entry = cand.entry
    modes: Iterator[ModeRule] = functions("mode", ex.disabled)
    mode = entry.mode or next((found for rule in modes if (found := rule(cand, ex)) is not None), None)
    retypes: Iterator[Retype] = functions("retype", ex.disabled)
    recoded = next((coding for rule in retypes if (coding := rule(cand, parties, ex)) is not None), None)
    return recoded or Coding(entry.type, mode, entry.cameo)


def _status(cand: Candidate, ex: Extraction) -> Status:
    rules: Iterator[StatusRule] = functions("status", ex.disabled)
    return next((rule(cand, ex) for rule in rules), "asserted")


def _attribution(cand: Candidate, ex: Extraction) -> Span | None:
    rules: Iterator[AttributionRule] = functions("attribution", ex.disabled)
    return next((found for rule in rules if (found := rule(cand, ex)) is not None), None)
