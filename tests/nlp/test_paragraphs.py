"""Sentence starts at blank lines, before the parser runs."""

from __future__ import annotations

import spacy

from eventwire.nlp import mark_paragraphs


def test_blank_line_starts_a_sentence() -> None:
    nlp = spacy.blank("en")
    doc = mark_paragraphs(nlp("Leader will visit Moscow\n\nThe leader said more"))
    starts = [t.text for t in doc if t.is_sent_start]
    assert "The" in starts


def test_single_line_break_is_left_to_the_parser() -> None:
    nlp = spacy.blank("en")
    doc = mark_paragraphs(nlp("Gunmen\nattacked a convoy"))
    assert doc[2].is_sent_start is None
