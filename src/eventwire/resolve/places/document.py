"""What the place rules read of a whole document, worked out once per document and kept on the parse.

The place of each event is chosen by rules that read the event's sentence and, now and then, the rest of the
document: its text (paragraph breaks, a "Location:" label), its sentences (the neighbours a sentence with no
place borrows from), the entities of a sentence, the surnames of the people it names, the place names of a
sentence. A document can hold a thousand events; reading the whole document again for each of them made coding
quadratic in its length. ``facts(doc)`` computes each of these once, on first need, and keeps them in
``doc.user_data``, so coding a document stays linear in its length and the answers are the same.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar, cast

from spacy.tokens import Doc, Span

from eventwire.nlp.doctext import doc_text

__all__ = ["DocumentFacts", "facts"]

FACTS_KEY = "eventwire.places.document_facts"
T = TypeVar("T")


@dataclass(slots=True)
class DocumentFacts:
    """Whole-document facts of one parse, each computed on first use."""

    doc: Doc
    _text: str | None = None
    _sentences: list[Span] | None = None
    _sentence_at: dict[int, int] = field(default_factory=dict)
    _ents: tuple[Span, ...] | None = None
    _ent_starts: list[int] = field(default_factory=list)
    _surnames: dict[str, list[int]] | None = None
    _cached: dict[tuple[str, int, int], object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The document's text (``Doc.text`` joins every token again on each read)."""
        if self._text is None:
            self._text = doc_text(self.doc)
        return self._text

    @property
    def sentences(self) -> list[Span]:
        if self._sentences is None:
            self._sentences = list(self.doc.sents)
            self._sentence_at = {sent.start: index for index, sent in enumerate(self._sentences)}
        return self._sentences

    def sentence_index(self, sentence: Span) -> int:
        """The position of ``sentence`` (a sentence of the document) among its sentences."""
        sentences = self.sentences
        index = self._sentence_at.get(sentence.start)
        if index is None:  # a span that is no sentence of the parse: the sentence it opens in
            index = next(i for i, sent in enumerate(sentences) if sent.start == sentence.start)
        return index

    def ents_in(self, span: Span) -> list[Span]:
        """The entities that lie wholly inside ``span``, as ``Span.ents`` gives them."""
        if self._ents is None:
            self._ents = tuple(self.doc.ents)
            self._ent_starts = [ent.start for ent in self._ents]
        found: list[Span] = []
        for ent in self._ents[bisect_left(self._ent_starts, span.start) :]:
            if ent.end > span.end:
                break
            found.append(ent)
        return found

    def surname_starts(self, word: str) -> list[int]:
        """Where the PERSON entities of more than one word whose last word is ``word`` start."""
        if self._surnames is None:
            self._surnames = {}
            for ent in self.doc.ents:
                if ent.label_ == "PERSON" and len(ent) > 1:
                    self._surnames.setdefault(ent[-1].text, []).append(ent.start)
        return self._surnames.get(word, [])

    def per_span(self, name: str, span: Span, compute: Callable[[], T]) -> T:
        """The result of ``compute`` for ``span``, kept under ``name``: a rule's answer about one sentence that
        many events of that sentence and its neighbours ask again."""
        key = (name, span.start, span.end)
        if key not in self._cached:
            self._cached[key] = compute()
        return cast(T, self._cached[key])


def facts(doc: Doc) -> DocumentFacts:
    """The document facts of ``doc``, made on first need and kept on the parse."""
    cached = doc.user_data.get(FACTS_KEY)
    if isinstance(cached, DocumentFacts) and cached.doc is doc:
        return cached
    made = DocumentFacts(doc)
    doc.user_data[FACTS_KEY] = made
    return made
