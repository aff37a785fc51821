"""A parse's text, joined once.

spaCy's ``Doc.text`` joins every token's text again on each read, and the rules read it per event and per
sentence; ``doc_text`` keeps the joined text with the parse (``Doc.user_data``), so it is built once per document.
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["doc_length", "doc_text"]

_TEXT_KEY = "eventwire.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined on the first read and kept with the parse."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def doc_length(doc: Doc) -> int:
    """``len(doc.text)`` without joining the text: the end of the last token and its trailing space."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)
