"""The traveller of a trip named in an "on"/"during" phrase is the subject of the clause around it."""

from __future__ import annotations

from eventwire.extract.parties.travellers import TRIP_PREPS, traveller
from tests.extract.events import Run, of_type, text_of
from tests.tiers import Parse


def test_the_trip_prepositions_are_those_of_a_clause_set_within_the_trip() -> None:
    assert frozenset({"on", "during"}) == TRIP_PREPS


def test_on_a_visit_the_subject_of_the_clause_is_the_visitor(run: Run) -> None:
    events = run("On a two-day visit to Lima, the Chilean foreign minister signed a fisheries accord.")
    visits = [e for e in of_type(events, "CONSULT") if e.trigger.root.lower_ == "visit"]
    assert visits
    assert text_of(visits[0].source) == "the Chilean foreign minister"


def test_during_a_trip_the_speaker_made_the_trip(run: Run) -> None:
    events = run("The Ghanaian president praised the new port during a trip to Togo last week.")
    trips = [e for e in events if e.trigger.root.lower_ == "trip"]
    assert trips
    assert text_of(trips[0].source) == "The Ghanaian president"


def test_a_passive_clause_names_no_traveller(parse: Parse) -> None:
    doc = parse("During the visit, the envoy was received by the king.")
    visit = next(t for t in doc if t.lower_ == "visit")
    assert traveller(visit) is None


def test_a_speaker_in_the_first_person_is_left_to_no_one(parse: Parse) -> None:
    doc = parse("What I noticed during this trip to Peru was the poverty.")
    trip = next(t for t in doc if t.lower_ == "trip")
    assert traveller(trip) is None
