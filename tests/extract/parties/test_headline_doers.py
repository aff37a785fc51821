"""Doers the parser hides in headlines: a verb coordinated with a noun root, a force modifying an event noun, and
a "between" phrase on the verb an event noun is the subject of (tests load the spaCy model; our own sentences)."""

from __future__ import annotations

import pytest

from tests.extract.events import Parties, Run


@pytest.mark.hand_built
def test_a_verb_coordinated_with_a_misread_headline_verb_is_done_by_its_compound(run: Run) -> None:
    events = run("Police assault and arrest a reporter in Lodwar.")
    sources = {e.source.text for e in events if e.source is not None}
    assert sources == {"Police"}
    assert any(e.type == "COERCE" and e.target is not None and e.target.text == "a reporter" for e in events)


@pytest.mark.hand_built
def test_a_verb_coordinated_with_a_person_noun_root_is_done_by_that_person(run: Run) -> None:
    events = run("A member of the militia shoots and kills a trader in a market.")
    killed = [e for e in events if e.type == "ASSAULT" and e.trigger.text == "kills"]
    assert killed
    assert killed[0].source is not None
    assert killed[0].source.root.lower_ == "member"


@pytest.mark.hand_built
def test_a_force_modifying_an_event_noun_is_its_doer(run: Run) -> None:
    events = run("Ruritanian forces battle with the rebels near the border.")
    assert any(e.source is not None and e.source.root.lower_ == "forces" for e in events if e.type == "ASSAULT")


def test_people_modifying_an_event_noun_are_not_its_doers(run: Run) -> None:
    events = run("The army was blamed for a civilian massacre in the valley.")
    assert not any(e.source is not None and e.source.root.lower_ == "civilian" for e in events)


def test_clashes_continuing_between_two_sides_have_them_as_parties(run: Run, typed_parties: Parties) -> None:
    events = run("Clashes continue between police and traders in the old town")
    assert any(
        e.source is not None and e.target is not None and {e.source.text, e.target.text} == {"police", "traders"}
        for e in events
        if e.type in ("ASSAULT", "FIGHT")
    )


def test_forces_firing_on_a_crowd_in_a_headline_attack_it(run: Run, typed_parties: Parties) -> None:
    events = run("Police fire on rioters near the stadium")
    assert ("fire on", "Police", "rioters") in typed_parties(events, "ASSAULT")


def test_opening_fire_read_as_an_adjective_keeps_its_subject(run: Run, typed_parties: Parties) -> None:
    events = run("Riot police open fire on striking workers; two injured")
    assert any(src == "Riot police" for _, src, _ in typed_parties(events, "ASSAULT"))


def test_a_fire_on_a_hillside_is_no_attack(run: Run) -> None:
    assert not any(e.type == "ASSAULT" for e in run("A fire on the hillside destroyed two barns."))
