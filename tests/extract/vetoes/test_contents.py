"""Unit tests of ``extract.vetoes.contents`` on hand-built parses: an event noun that is what a request or refusal
asks for or refuses is no event of its own, unless a command verb orders it carried out."""

from __future__ import annotations

from eventwire.extract.context import Extraction, load_data
from eventwire.extract.triggers.candidates import Candidate
from eventwire.extract.vetoes.contents import CONTENT_OF, content_of_another
from tests.docs_builder import parsed
from tests.extract.candidates import candidate

SOUGHT = "The rebels sought talks with the army."
REJECTED = "The president of Freedonia rejected the rebel leader's proposal for a cease-fire during the holiday."
ORDERED = "The governor ordered the arrest of the mayor."


def _content(cand: Candidate, *others: Candidate) -> bool:
    ex = Extraction(cand.token.doc, tuple(sorted((cand, *others), key=lambda c: c.token.i)), load_data())
    return content_of_another(cand, ex)


def test_talks_asked_for_are_the_requests_content() -> None:
    doc = parsed(SOUGHT)
    assert _content(candidate(doc, "talks", "CONSULT"), candidate(doc, "sought", "REQUEST"))


def test_a_noun_under_a_governor_of_another_type_is_its_own_event() -> None:
    doc = parsed(SOUGHT)
    assert not _content(candidate(doc, "talks", "CONSULT"), candidate(doc, "sought", "ASSAULT"))


def test_a_noun_with_no_event_above_it_is_its_own_event() -> None:
    assert not _content(candidate(parsed(SOUGHT), "talks", "CONSULT"))


def test_a_ceasefire_in_a_refused_proposal_is_the_refusals_content() -> None:
    doc = parsed(REJECTED)
    assert _content(candidate(doc, "fire", "RETREAT"), candidate(doc, "rejected", "REJECT"))


def test_a_verb_trigger_is_never_content() -> None:
    doc = parsed(SOUGHT)
    assert not _content(candidate(doc, "sought", "REQUEST"))


def test_an_arrest_a_command_verb_orders_is_carried_out() -> None:
    doc = parsed(ORDERED)
    assert not _content(candidate(doc, "arrest", "COERCE"), candidate(doc, "ordered", "REQUEST"))


def test_a_step_of_no_ordered_type_under_a_command_verb_is_content() -> None:
    doc = parsed(ORDERED)
    assert _content(candidate(doc, "arrest", "CONSULT"), candidate(doc, "ordered", "REQUEST"))


def test_requests_and_refusals_have_contents() -> None:
    assert {"REQUEST", "REJECT"} <= CONTENT_OF
