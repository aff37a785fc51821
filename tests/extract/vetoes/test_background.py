"""Background mentions: an event noun framed as the circumstances of what its sentence reports is no event of its
own (sentences are our own; tests marked slow load the spaCy model)."""

from __future__ import annotations

import pytest

from eventwire.lexicons.cues import load_cues
from eventwire.lexicons.triggers import PLOVER_TYPES
from tests.extract.events import Run, of_type


def test_background_cues_load_with_known_event_types() -> None:
    cues = load_cues().background
    assert "face" in cues.frames["in"]
    assert "backdrop" in cues.frames["against"]
    assert cues.preps["amid"]
    assert cues.preps["amid"] <= PLOVER_TYPES
    assert "ASSAULT" not in cues.preps["amid"]


@pytest.mark.hand_built
def test_sanctions_in_a_circumstance_frame_are_background(run: Run) -> None:
    events = run("In the conditions of European sanctions, analysts say, the economy of Ruritania depends on trade.")
    assert not any(e.type == "SANCTION" for e in events)


@pytest.mark.hand_built
def test_a_blockade_as_the_backdrop_of_talks_is_background(run: Run) -> None:
    events = run("The ministers of Freedonia and Ruritania met in Geneva against the backdrop of the naval blockade.")
    assert not any(e.type == "COERCE" for e in events)
    assert any(e.type == "CONSULT" for e in events)


@pytest.mark.hand_built
def test_sanctions_amid_which_a_visit_happens_are_background(run: Run) -> None:
    events = run("The Freedonian president visited Ruritania on Monday amid tightening American sanctions.")
    assert not any(e.type == "SANCTION" for e in events)
    assert any(e.type == "CONSULT" for e in events)


def test_clashes_amid_which_people_are_killed_are_still_reported(run: Run) -> None:
    events = run("Three soldiers were killed amid heavy clashes between the army and the rebels near the border.")
    assert any(e.type == "ASSAULT" and e.trigger.root.lower_ == "clashes" for e in events)


def test_imposed_sanctions_are_still_an_event(run: Run) -> None:
    events = run("The European Union imposed new sanctions on Ruritania on Tuesday.")
    assert any(e.type == "SANCTION" for e in events)


@pytest.mark.parametrize(
    "text", ["Ethnic violence erupted in the valley on Sunday.", "Violence reported during the municipal elections"]
)
def test_nominal_event_that_the_sentence_reports_is_kept(run: Run, text: str) -> None:
    assert of_type(run(text), "ASSAULT")


def test_background_mention_of_violence_is_still_dropped(run: Run) -> None:
    assert not of_type(run("Shops reopened in the town after the violence of last year."), "ASSAULT")
