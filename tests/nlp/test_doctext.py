"""``nlp.doctext``: a parse's text joined once, and its length without joining it (the model parses)."""

from __future__ import annotations

import pytest

from eventwire.nlp.doctext import doc_length, doc_text

TEXTS = [
    "Troops entered the town at dawn.  Residents fled north.\n\nTalks resume on Monday. ",
    "One word",
    "Trailing line break\n",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", TEXTS)
def test_the_kept_text_and_length_are_spacys(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert doc_text(doc) == doc.text == text
    assert doc_length(doc) == len(doc.text)


@pytest.mark.slow
def test_the_text_is_joined_once_and_kept_with_its_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    first, second = nlp("Police arrested two men."), nlp("Rebels shelled the port.")
    assert doc_text(first) is doc_text(first)
    assert doc_text(second) == "Rebels shelled the port."


@pytest.mark.slow
def test_an_empty_parse_has_no_length(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("")
    assert doc_length(doc) == 0 == len(doc_text(doc))
