"""Unit tests of ``extract.parties.documents`` on hand-built parses: whose a document or plan is, and who does the
step a plan or a document's appeal names."""

from __future__ import annotations

from eventwire.extract.parties.documents import document_author, document_voice, issuer, owner, plan_holder
from eventwire.extract.parties.subjects import subject_of
from tests.docs_builder import parsed, text, word

UN_REPORT = "A UN report accused the army of killing civilians."
BY_MINISTRY = "The statement by the ministry condemned the raid."
PLANS = "Canada announced plans to send food aid to Haiti next month."
REJECTED_IDEA = "Austria rejected the idea of supplying Serbia with tanks."
WEIGHING = "Several newspapers claimed that Turkey is weighing the possibility of supplying Azerbaijan with drones."
GUNMEN = "Gunmen shot two farmers and injured three others near the river on Friday."
DECLARATION = "The opposition issued a declaration demanding new elections."
POINTING = "Freedonia put forward a peace plan. It contains a call for talks."
OWNED = "The Freedonian plan contains a call for talks."
UNOWNED = "The plan contains a call for talks."


def test_a_named_modifier_owns_a_document() -> None:
    assert text(owner(word(parsed(UN_REPORT), "report"))) == "UN"


def test_a_by_agent_owns_a_document() -> None:
    assert text(owner(word(parsed(BY_MINISTRY), "statement"))) == "ministry"


def test_a_document_as_doer_gives_way_to_its_owner() -> None:
    assert text(issuer(word(parsed(UN_REPORT), "report"))) == "UN"


def test_a_noun_that_is_no_document_is_its_own_issuer() -> None:
    army = word(parsed(UN_REPORT), "army")
    assert issuer(army) is army


def test_the_subject_announcing_a_plan_does_the_planned_step() -> None:
    assert text(plan_holder(word(parsed(PLANS), "send"), subject_of)) == "Canada"


def test_the_subject_weighing_a_possibility_does_the_step() -> None:
    assert text(plan_holder(word(parsed(WEIGHING), "supplying"), subject_of)) == "Turkey"


def test_who_rejects_an_idea_does_not_carry_it_out() -> None:
    assert plan_holder(word(parsed(REJECTED_IDEA), "supplying"), subject_of) is None


def test_a_verb_in_no_plan_has_no_plan_holder() -> None:
    assert plan_holder(word(parsed(GUNMEN), "shot"), subject_of) is None


def test_what_an_issued_declaration_says_its_issuer_says() -> None:
    assert text(document_voice(word(parsed(DECLARATION), "declaration"), subject_of)) == "opposition"


def test_a_noun_that_is_no_document_has_no_voice() -> None:
    assert document_voice(word(parsed(DECLARATION), "elections"), subject_of) is None


def test_an_appeal_a_pointing_subject_contains_is_the_author_of_the_document_before() -> None:
    assert text(document_author(word(parsed(POINTING), "call"), subject_of)) == "Freedonia"


def test_an_appeal_a_named_document_contains_is_its_owners() -> None:
    assert text(document_author(word(parsed(OWNED), "call"), subject_of)) == "Freedonian"


def test_an_appeal_in_a_document_of_no_known_author_has_no_author() -> None:
    assert document_author(word(parsed(UNOWNED), "call"), subject_of) is None
