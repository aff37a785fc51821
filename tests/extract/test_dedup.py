"""Unit tests of ``extract.dedup`` on hand-built parses: a backup trigger beside a main one of its type is dropped,
and so is an event said again (same type, head, parties and status, or a bare mention of a type and head kept)."""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.context import Extraction, load_data
from eventwire.extract.dedup import backup_triggers, repeated_mentions
from eventwire.extract.raw import RawEvent
from tests.docs_builder import event, parsed
from tests.extract.candidates import candidate

ATTACKS = "Attacks on nurses are attacks on all of us."
GUNMEN = "Gunmen shot two farmers and injured three others near the river on Friday."
PROTESTERS = "The police have not arrested the leaders, and the protesters blocked the road."


def _triggers(events: list[RawEvent]) -> list[str]:
    return [e.trigger.text for e in events]


def _targets(events: list[RawEvent]) -> list[str | None]:
    return [e.target.text if e.target is not None else None for e in events]


def _repeated(events: list[RawEvent]) -> list[RawEvent]:
    return repeated_mentions(events, Extraction(events[0].trigger.doc, (), load_data()))


def test_a_second_bare_mention_of_the_same_noun_is_dropped() -> None:
    doc = parsed(ATTACKS)
    found = _repeated([event(doc, "ASSAULT", "Attacks"), event(doc, "ASSAULT", "attacks")])
    assert _triggers(found) == ["Attacks"]


def test_a_bare_mention_of_another_type_is_kept() -> None:
    doc = parsed(ATTACKS)
    found = _repeated([event(doc, "ASSAULT", "Attacks"), event(doc, "ACCUSE", "attacks")])
    assert _triggers(found) == ["Attacks", "attacks"]


def test_a_bare_mention_after_the_event_with_parties_is_dropped() -> None:
    doc = parsed(ATTACKS)
    found = _repeated([event(doc, "ASSAULT", "Attacks", target="nurses"), event(doc, "ASSAULT", "attacks")])
    assert _triggers(found) == ["Attacks"]


def test_the_event_with_parties_after_a_bare_mention_is_kept() -> None:
    doc = parsed(ATTACKS)
    found = _repeated([event(doc, "ASSAULT", "attacks"), event(doc, "ASSAULT", "Attacks", target="nurses")])
    assert _triggers(found) == ["attacks", "Attacks"]


def test_one_trigger_with_two_targets_is_two_events() -> None:
    doc = parsed(GUNMEN)
    first = event(doc, "ASSAULT", "shot", "Gunmen", "two farmers")
    second = event(doc, "ASSAULT", "shot", "Gunmen", "three others")
    assert _targets(_repeated([first, second])) == ["two farmers", "three others"]


def test_the_same_event_with_the_same_parties_is_kept_once() -> None:
    doc = parsed(GUNMEN)
    first = event(doc, "ASSAULT", "shot", "Gunmen", "two farmers")
    assert len(_repeated([first, event(doc, "ASSAULT", "shot", "Gunmen", "two farmers")])) == 1


def test_the_same_event_with_another_status_is_kept() -> None:
    doc = parsed(GUNMEN)
    first = event(doc, "ASSAULT", "shot", "Gunmen", "two farmers")
    assert len(_repeated([first, replace(first, status="negated")])) == 2


def _backups(blocked_type: str, backup: bool = True) -> list[str]:
    doc = parsed(PROTESTERS)
    cands = (
        candidate(doc, "protesters", "PROTEST", backup=backup),
        candidate(doc, "blocked", blocked_type),
    )
    events = [event(doc, "PROTEST", "protesters"), event(doc, blocked_type, "blocked")]
    return _triggers(backup_triggers(events, Extraction(doc, cands, load_data())))


def test_a_backup_trigger_beside_a_main_one_of_its_type_is_dropped() -> None:
    assert _backups("PROTEST") == ["blocked"]


def test_a_backup_trigger_beside_another_type_is_kept() -> None:
    assert _backups("COERCE") == ["protesters", "blocked"]


def test_a_main_trigger_beside_a_main_one_is_kept() -> None:
    assert _backups("PROTEST", backup=False) == ["protesters", "blocked"]
