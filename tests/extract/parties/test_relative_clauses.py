"""A noun trigger a relative clause describes, or a verb of getting takes as object, takes its parties from that verb:
a light verb's subject is the doer, a verb of getting's subject the one given to and its "from" party the giver (tests
load the spaCy model; sentences are our own)."""

from __future__ import annotations

from tests.extract.events import Parties, Run


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
