"""``nlp.quotes``: the quoted stretches of a text and whether a token stands in one (the model parses)."""

from __future__ import annotations

import pytest

from eventwire.nlp.quotes import quotation, quoted

SENTENCE = 'The envoy said: "We met the commander."'


@pytest.mark.slow
def test_a_word_between_quotation_marks_is_quoted(nlp) -> None:  # type: ignore[no-untyped-def]
    we = next(t for t in nlp(SENTENCE) if t.text == "We")
    assert quoted(we)
    span = quotation(we)
    assert span is not None and SENTENCE[span[0]] == '"'


@pytest.mark.slow
def test_a_word_before_the_quotation_is_not_quoted(nlp) -> None:  # type: ignore[no-untyped-def]
    envoy = next(t for t in nlp(SENTENCE) if t.text == "envoy")
    assert quotation(envoy) is None
    assert not quoted(envoy)
