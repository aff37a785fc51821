"""Quotation marks: which stretches of a text are quoted words, and whether a token stands in one.

Rules read these where quoted words behave apart from the writer's: quoted clauses keep their own time
(``resolve.dates``), and a first person outside quotation marks is the writer (``extract.vetoes.private_travel``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp.doctext import doc_text

__all__ = ["quotation", "quoted"]

_OPENING, _CLOSING, _STRAIGHT = "“", "”", '"'
_QUOTES_KEY = "eventwire.dates.quotations"


def quotation(token: Token) -> tuple[int, int] | None:
    """The character span of the quotation ``token`` stands in, or None outside quotation marks."""
    return next((span for span in _quotations(token.doc) if span[0] <= token.idx < span[1]), None)


def quoted(token: Token) -> bool:
    """``token`` stands inside quotation marks (or its sentence opens with one)."""
    if quotation(token) is not None:
        return True
    return token.sent.text.lstrip().startswith((_OPENING, _STRAIGHT, "‘"))


def _quotations(doc: Doc) -> list[tuple[int, int]]:
    """The quoted stretches of the text, from an opening mark to its closing one, computed once per text."""
    cached = doc.user_data.get(_QUOTES_KEY)
    if cached is None:
        cached = _find_quotations(doc_text(doc))
        doc.user_data[_QUOTES_KEY] = cached
    return list(cached)


def _find_quotations(text: str) -> list[tuple[int, int]]:
    """Quoted stretches: a quotation left open ends at the line's end or where the next one opens (a paragraph
    continuing a quotation opens it again without closing the last)."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for i, char in enumerate(text):
        if start is not None and (char in (_CLOSING, _STRAIGHT, "\n") or char == _OPENING):
            spans.append((start, i + 1 if char != _OPENING else i))
            start = None if char != _OPENING else i
        elif start is None and char in (_OPENING, _STRAIGHT):
            start = i
    if start is not None:
        spans.append((start, len(text)))
    return spans
