"""Statements about a kind in general name no event: a present passive with a bare plural subject, a bare plural
event noun around a present "be"; a number, a determiner or a progressive makes it particular (tests load the
spaCy model; sentences are our own)."""

from __future__ import annotations

import pytest

from eventwire.extract.vetoes.generic_statements import generic_statement
from tests.docs_builder import parsed, word
from tests.extract.events import Run


@pytest.mark.hand_built
def test_a_present_passive_of_a_kind_is_no_event(run: Run) -> None:
    assert run("Reporters are jailed simply for doing their work.") == []


@pytest.mark.hand_built
def test_a_bare_plural_around_present_be_is_no_event(run: Run) -> None:
    assert run("Attacks on nurses are attacks on all of us.") == []


def test_a_counted_subject_makes_it_an_event(run: Run) -> None:
    assert [e.type for e in run("Three journalists are killed in Kabul.")] == ["ASSAULT"]


def test_a_progressive_passive_is_an_event(run: Run) -> None:
    assert "COERCE" in [e.type for e in run("Protesters are being arrested in the capital.")]


def test_a_present_passive_of_a_bare_plural_is_a_generic_statement() -> None:
    assert generic_statement(word(parsed("Reporters are jailed simply for doing their work."), "jailed"))


def test_a_bare_plural_event_noun_around_present_be_is_a_generic_statement() -> None:
    assert generic_statement(word(parsed("Attacks on nurses are attacks on all of us."), "Attacks"))


def test_a_counted_subject_makes_the_statement_particular() -> None:
    assert not generic_statement(word(parsed("Three journalists are killed in Kabul."), "killed"))
