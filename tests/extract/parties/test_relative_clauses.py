"""A noun trigger a relative clause describes, or a verb of getting takes as object (or a verb of getting that is the
trigger itself, "received rifles from X"), takes its parties from that verb:
a light verb's subject is the doer, a verb of getting's subject the one given to and its "from" party the giver (tests
load the spaCy model; sentences are our own)."""

from __future__ import annotations

from tests.extract.events import Parties, Run, of_type, roots_and_parties


def test_aid_received_from_a_state_is_given_by_it_to_the_receiver(run: Run, parties: Parties) -> None:
    events = run("The civil war dragged on because of the weapons aid the insurgents had received from Iran.")
    assert ("Iran", "the insurgents") in parties(events, "aid")


def test_sanctions_a_state_imposed_are_its_own(run: Run, parties: Parties) -> None:
    events = run("The sanctions Washington imposed on Havana crippled the island's sugar trade.")
    assert parties(events, "sanctions") == [("Washington", "Havana")]


def test_a_clause_whose_subject_is_the_noun_gives_no_parties(run: Run, parties: Parties) -> None:
    events = run("The sanctions which worried the exporters were lifted in May.")
    assert parties(events, "sanctions") == [(None, None)]


def test_accusations_faced_from_a_party_are_its_against_the_subject(run: Run, parties: Parties) -> None:
    events = run("The defence minister faced fresh accusations from the opposition on Tuesday.")
    assert parties(events, "accusations") == [("the opposition", "The defence minister")]


def test_criticism_drawn_from_a_party_is_its_own(run: Run, parties: Parties) -> None:
    events = run("The pension reform drew sharp criticism from the trade unions.")
    assert [source for source, _ in parties(events, "criticism")] == ["the trade unions"]


def test_aid_a_party_receives_is_the_givers_aid_and_no_concession(run: Run) -> None:
    events = run("The separatist militia received food aid from Moscow during the winter.")
    assert roots_and_parties(events, "AID") == [("aid", "Moscow", "The separatist militia")]
    assert not of_type(events, "RETREAT")


def test_receiving_observers_is_still_letting_them_in(run: Run) -> None:
    events = run("The junta received a team of observers from the regional bloc in April.")
    assert [(e.type, e.mode) for e in events if e.trigger.root.lower_ == "received"] == [("RETREAT", "access")]


def test_arms_received_from_a_state_are_its_aid_to_the_receiver(run: Run) -> None:
    events = run("The guerrillas received rifles and ammunition from Libya, the report said.")
    assert roots_and_parties(events, "AID") == [("received", "Libya", "The guerrillas")]


def test_getting_arms_from_no_one_named_is_no_aid(run: Run) -> None:
    events = run("The brigade received new helicopters last spring.")
    assert not of_type(events, "AID")
