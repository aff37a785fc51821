"""Trigger candidates on hand-built parses: tokens whose lemma, part of speech and dependents match the lexicon."""

from __future__ import annotations

from eventwire.extract.triggers.candidates import Candidate, find_candidates, names_a_kind
from eventwire.lexicons.triggers import load_lexicon
from tests.docs_builder import parsed, word


def _found(text: str) -> list[tuple[str, str]]:
    candidates: list[Candidate] = find_candidates(parsed(text), load_lexicon())
    return [(c.token.text, c.entry.type) for c in candidates]


def test_a_march_joined_is_the_protest_and_the_kind_word_before_it_no_event() -> None:
    assert _found("Hundreds joined the protest march in the capital.") == [("march", "PROTEST")]


def test_a_kind_word_before_a_noun_it_does_not_name_the_kind_of_is_no_kind() -> None:
    assert not names_a_kind(word(parsed("Hundreds joined the protest march in the capital."), "protest"))


def test_each_verb_of_violence_is_a_candidate() -> None:
    found = _found("Gunmen shot two farmers and injured three others near the river on Friday.")
    assert ("shot", "ASSAULT") in found
    assert ("injured", "ASSAULT") in found


def test_words_of_no_entry_are_no_candidates() -> None:
    assert _found("The debate surrounding the new budget continued for weeks.") == []
