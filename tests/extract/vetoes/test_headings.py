"""A section heading glued to the next sentence is not coded; the sentence after it is."""

from __future__ import annotations

from types import SimpleNamespace

from eventwire.extract import extract_events
from eventwire.extract.vetoes.headings import in_heading
from tests.extract.events import Run
from tests.tiers import Parse

TEXT = "The ministers met in the capital. Sanctions on steel The government imposed sanctions on the steel firms."


def test_a_headings_trigger_is_not_coded_but_its_sections_events_are(run: Run) -> None:
    assert [e.trigger.text for e in run(TEXT) if e.type == "SANCTION"] == ["imposed sanctions"]


def test_without_the_veto_the_heading_is_coded(parse: Parse) -> None:
    events = extract_events(parse(TEXT), frozenset({"veto.section_heading"}))
    assert "Sanctions" in [e.trigger.text for e in events]


def test_the_veto_holds_for_a_trigger_in_the_cut_off_heading_only(parse: Parse) -> None:
    doc = parse(TEXT)
    heading = next(t for t in doc if t.text == "Sanctions")
    later = next(t for t in doc if t.text == "imposed")
    assert in_heading(SimpleNamespace(token=heading), None)  # type: ignore[arg-type]
    assert not in_heading(SimpleNamespace(token=later), None)  # type: ignore[arg-type]
