"""Parties named through plans and documents: the doer of a considered or announced step, the author of an
appeal a document contains, and the stated intent to meet coded as AGREE 036 (loads the spaCy model)."""

from __future__ import annotations

import pytest

from eventwire.extract import RawEvent
from eventwire.lexicons.cues import load_cues
from tests.extract.events import Run


def _of_type(events: list[RawEvent], event_type: str) -> list[RawEvent]:
    found = [e for e in events if e.type == event_type]
    assert found, f"no {event_type} in {[(e.type, e.trigger.text) for e in events]}"
    return found


def _source(event: RawEvent) -> str | None:
    return event.source.text if event.source is not None else None


def test_word_lists_load_and_are_lower_case() -> None:
    words = load_cues().documents
    for group in (words.plans, words.plan_judges, words.nouns, words.contents, words.authors):
        assert group
        assert all(w == w.lower() for w in group)


@pytest.mark.hand_built
def test_whoever_considers_the_possibility_is_the_supplier(run: Run) -> None:
    text = "Several newspapers claimed that Turkey is weighing the possibility of supplying Azerbaijan with drones."
    aid = _of_type(run(text), "AID")[0]
    assert _source(aid) == "Turkey"
    assert aid.target is not None
    assert aid.target.text == "Azerbaijan"


@pytest.mark.hand_built
def test_announced_plans_to_send_name_the_sender(run: Run) -> None:
    aid = _of_type(run("Canada announced plans to send food aid to Haiti next month."), "AID")[0]
    assert _source(aid) == "Canada"


@pytest.mark.hand_built
def test_rejected_idea_is_not_the_rejecters_own_step(run: Run) -> None:
    events = run("Austria rejected the idea of supplying Serbia with tanks.")
    assert all(_source(e) != "Austria" for e in events if e.type == "AID")


def test_call_contained_in_a_plan_is_its_authors(run: Run) -> None:
    text = "Brazil presented a proposal to settle the dispute. It also contains a call for the release of prisoners."
    request = _of_type(run(text), "REQUEST")[0]
    assert _source(request) == "Brazil"


def test_call_contained_in_an_owned_document_is_its_owners(run: Run) -> None:
    request = _of_type(run("Kenya's draft resolution includes an appeal for an immediate truce."), "REQUEST")[0]
    assert _source(request) == "Kenya"


def test_pointing_subject_without_a_document_gives_no_author(run: Run) -> None:
    text = "Chile met Peru on Monday. It contains a call for the lifting of tariffs."
    assert all(_source(e) is None for e in run(text) if e.type == "REQUEST")


def test_stated_intent_to_visit_is_agree_036_on_the_intent(run: Run) -> None:
    events = run("The Mexican president intends to travel to Cuba in the autumn, his spokesman said.")
    agree = _of_type(events, "AGREE")[0]
    assert agree.cameo == "036"
    assert agree.status == "asserted"
    assert agree.trigger.text.startswith("intends")
    visit = _of_type(events, "CONSULT")[0]
    assert visit.status == "planned"


def test_a_pledge_to_act_is_kept_by_whoever_fulfils_it(run: Run) -> None:
    events = run("The crisis deepened when the president fulfilled his pledge to pull French troops out of Mali.")
    assert _source(_of_type(events, "RETREAT")[0]) == "the president"


def test_in_a_bid_to_names_the_doer_of_the_qualified_verb(run: Run) -> None:
    events = run("Chile has staged naval drills since May in an effort to pressure Peru into talks.")
    assert _source(_of_type(events, "REQUEST")[0]) == "Chile"


def test_an_adjunct_gerund_is_done_by_the_main_subject(run: Run) -> None:
    events = run("Norway angered its allies last week by criticizing Sweden over the deal.")
    assert _source(_of_type(events, "ACCUSE")[0]) == "Norway"


def test_the_by_phrase_of_a_passive_is_no_adjunct_gerund(run: Run) -> None:
    events = run("Life could be ruined by trying to kill the rebels.")
    assert all(_source(e) != "trying" for e in events)


def test_a_pledge_extracted_from_a_party_is_kept_by_that_party(run: Run) -> None:
    events = run("Peru tried to extract a pledge from the Chilean government to halt arms sales to the rebels.")
    assert _source(_of_type(events, "SANCTION")[0]) == "the Chilean government"
