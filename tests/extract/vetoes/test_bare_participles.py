"""Unit tests of ``extract.vetoes.bare_participles`` on hand-built parses: an -ing clause of violence hung on another
violent trigger restates it unless it names victims of its own."""

from __future__ import annotations

from eventwire.extract.context import Extraction, load_data
from eventwire.extract.triggers.candidates import Candidate
from eventwire.extract.vetoes.bare_participles import PARTY_PREPS, bare_participle
from tests.docs_builder import parsed
from tests.extract.candidates import candidate

BARE = "Soldiers shelled the town at dawn, killing."
COUNTED = "Gunmen opened fire on a wedding party, killing 9 and wounding 15."
AIMED = "Gunmen stormed the market, shooting at the traders."


def _bare(cand: Candidate, *others: Candidate) -> bool:
    cands = tuple(sorted((cand, *others), key=lambda c: c.token.i))
    return bare_participle(cand, Extraction(cand.token.doc, cands, load_data()))


def test_killing_with_no_victims_after_a_shelling_restates_it() -> None:
    doc = parsed(BARE)
    assert _bare(candidate(doc, "killing", "ASSAULT"), candidate(doc, "shelled", "ASSAULT"))


def test_an_ing_clause_on_a_word_that_is_no_trigger_is_its_own_event() -> None:
    assert not _bare(candidate(parsed(BARE), "killing", "ASSAULT"))


def test_an_ing_clause_of_another_type_is_not_vetoed() -> None:
    doc = parsed(BARE)
    assert not _bare(candidate(doc, "killing", "PROTEST"), candidate(doc, "shelled", "ASSAULT"))


def test_killing_with_a_count_of_victims_is_an_event() -> None:
    doc = parsed(COUNTED)
    assert not _bare(candidate(doc, "killing", "ASSAULT"), candidate(doc, "opened", "ASSAULT"))


def test_a_coordinated_ing_verb_with_its_own_victims_is_an_event() -> None:
    doc = parsed(COUNTED)
    assert not _bare(candidate(doc, "wounding", "ASSAULT"), candidate(doc, "killing", "ASSAULT"))


def test_shooting_at_people_is_an_event() -> None:
    doc = parsed(AIMED)
    assert not _bare(candidate(doc, "shooting", "ASSAULT"), candidate(doc, "stormed", "ASSAULT"))


def test_at_names_whom_violence_is_aimed_at() -> None:
    assert "at" in PARTY_PREPS
