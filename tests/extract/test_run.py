"""Unit tests of ``extract.run`` on hand-built parses: the steps run in the order of their kinds over one document,
and a step switched off is passed over."""

from __future__ import annotations

from eventwire.extract.raw import RawEvent
from eventwire.extract.run import extract_events
from tests.docs_builder import parsed, text

GUNMEN = "Gunmen shot two farmers and injured three others near the river on Friday."
SHELLED = "Soldiers shelled the town at dawn, killing."
FINDERS = frozenset({"parties.harmed", "parties.ing_doers", "parties.dependency"})


def _triggers(events: list[RawEvent]) -> list[str]:
    return [e.trigger.text for e in events]


def _event(events: list[RawEvent], trigger: str) -> RawEvent:
    return next(e for e in events if e.trigger.text == trigger)


def test_every_step_on_keeps_the_two_shootings_in_text_order() -> None:
    assert _triggers(extract_events(parsed(GUNMEN))) == ["shot", "injured"]


def test_the_party_finders_name_the_doer() -> None:
    assert text(_event(extract_events(parsed(GUNMEN)), "shot").source) == "Gunmen"


def test_the_confidence_counts_the_found_parties() -> None:
    assert _event(extract_events(parsed(GUNMEN)), "shot").confidence == 0.9


def test_with_every_party_finder_off_an_event_has_no_doer() -> None:
    assert _event(extract_events(parsed(GUNMEN), FINDERS), "shot").source is None


def test_with_every_party_finder_off_the_confidence_is_lower() -> None:
    assert _event(extract_events(parsed(GUNMEN), FINDERS), "shot").confidence == 0.75


def test_the_mode_step_gives_a_mode_to_an_entry_with_none() -> None:
    assert _event(extract_events(parsed(GUNMEN)), "injured").mode == "firearms"


def test_with_the_mode_step_off_only_the_entrys_own_mode_is_left() -> None:
    events = extract_events(parsed(GUNMEN), frozenset({"mode.assault"}))
    assert [e.mode for e in events] == ["firearms", None]


def test_with_the_dedup_steps_off_the_backup_trigger_stays() -> None:
    events = extract_events(parsed(GUNMEN), frozenset({"dedup.backup_triggers", "dedup.repeated_mentions"}))
    assert _triggers(events) == ["Gunmen", "shot", "injured"]


def test_a_vetoed_trigger_gives_no_event() -> None:
    assert _triggers(extract_events(parsed(SHELLED))) == ["shelled"]


def test_with_its_veto_off_the_trigger_is_an_event() -> None:
    assert _triggers(extract_events(parsed(SHELLED), frozenset({"veto.bare_participle"}))) == ["shelled", "killing"]
