"""Unit tests of ``extract.vetoes.restated`` on hand-built parses: a noun after "it is", "this was" restates an
event already reported; the same noun after another subject, or a verb, does not."""

from __future__ import annotations

from eventwire.extract.context import Extraction, load_data
from eventwire.extract.vetoes.restated import restated
from tests.docs_builder import parsed
from tests.extract.candidates import candidate

TWO_SENTENCES = "Modi will visit Japan next week. It will be his first trip abroad this year."
SAME_SUBJECT = "Attacks on nurses are attacks on all of us."


def _restated(text: str, trigger: str, kind: str, nth: int = 0) -> bool:
    doc = parsed(text)
    cand = candidate(doc, trigger, kind, nth)
    return restated(cand, Extraction(doc, (cand,), load_data()))


def test_a_noun_after_it_will_be_restates_the_event_before() -> None:
    assert _restated(TWO_SENTENCES, "trip", "CONSULT")


def test_the_verb_that_first_reports_the_event_is_not_restated() -> None:
    assert not _restated(TWO_SENTENCES, "visit", "CONSULT")


def test_a_predicate_noun_whose_subject_is_an_event_noun_is_not_restated() -> None:
    assert not _restated(SAME_SUBJECT, "attacks", "ASSAULT")


def test_a_subject_noun_is_not_restated() -> None:
    assert not _restated(SAME_SUBJECT, "Attacks", "ASSAULT")
