"""The coder: spaCy parse -> extract -> resolve, as an API and as a spaCy pipeline component."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.errors import CodingError, DocumentTooLarge, EmptyDocument, EventwireError
from eventwire.extract import extract_events
from eventwire.model import Document, Event, parse_published
from eventwire.nlp import MAX_CHARS, load_model
from eventwire.nlp.sections import Section, shift, split_sections
from eventwire.nlp.spacing import Squeezed, restore, squeeze
from eventwire.resolve import Resolver

log = logging.getLogger(__name__)

COMPONENT = "eventwire"

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)
if not Doc.has_extension("document"):
    Doc.set_extension("document", default=None)


class EventCoder:
    """The spaCy component: reads the parse and entities, writes ``doc._.events``."""

    def __init__(self, nlp: Language | None = None, name: str = COMPONENT) -> None:
        self.name = name
        self.resolver = Resolver()

    def __call__(self, doc: Doc) -> Doc:
        document = doc._.document or Document(id="doc", text=doc.text)
        doc._.events = self.resolver.resolve(doc, extract_events(doc), document)
        return doc


@Language.factory(
    COMPONENT,
    requires=["token.dep", "token.lemma", "doc.ents", "doc.sents"],
    assigns=["doc._.events"],
    default_config={},
)
def make_event_coder(nlp: Language, name: str) -> EventCoder:
    """Factory behind ``nlp.add_pipe("eventwire")``."""
    return EventCoder(nlp, name)


class Coder:
    """Codes documents into events with the bundled model; load once, code many."""

    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp if nlp is not None else load_model()
        self.component = EventCoder(self.nlp)

    def parse(self, document: Document) -> Doc:
        """The spaCy parse of a document, with the document attached. Runs of spaces are parsed as one space
        (``nlp.spacing``), so the parse's offsets are the document's only where it has none."""
        doc = self.nlp(squeeze(_checked(document).text).text)
        doc._.document = document
        return doc

    def code(self, document: Document) -> list[Event]:
        """All events in one document, with offsets in the document's own text (long ones coded in sections)."""
        events: list[Event] = []
        for section in split_sections(_checked(document).text):
            part = _part(document, section)
            squeezed = squeeze(part.text)
            doc = self.nlp(squeezed.text)
            doc._.document = part
            events += [shift(restore(event, squeezed), section) for event in self.component(doc)._.events or []]
        return events

    def code_many(self, documents: Iterable[Document], batch_size: int = 32) -> Iterator[CodeResult]:
        """One result per document, in order, parsed in batches; a bad document does not stop the rest.

        A document longer than ``section_chars`` is parsed and coded in sections (``nlp.sections``)."""
        for chunk in _chunks(documents, batch_size):
            yield from self._code_chunk(chunk, batch_size)

    def _code_chunk(self, chunk: list[Document], batch_size: int) -> Iterator[CodeResult]:
        planned: list[tuple[Document, list[Section] | EventwireError]] = []
        for document in chunk:
            try:
                planned.append((document, split_sections(_checked(document).text)))
            except EventwireError as exc:
                planned.append((document, exc))
        pieces = [(_part(d, s), s) for d, sections in planned if isinstance(sections, list) for s in sections]
        squeezed = [squeeze(part.text) for part, _ in pieces]
        parsed = iter(
            zip(self.nlp.pipe((s.text for s in squeezed), batch_size=batch_size), pieces, squeezed, strict=True)
        )
        for document, sections in planned:
            if isinstance(sections, EventwireError):
                yield CodeResult(document, [], sections)
                continue
            results = [
                self._code_parsed(doc, part, spacing, section)
                for doc, (part, section), spacing in itertools.islice(parsed, len(sections))
            ]
            error = next((r.error for r in results if r.error is not None), None)
            events = [] if error else [e for r in results for e in r.events]
            yield CodeResult(document, events, error)

    def _code_parsed(self, doc: Doc, document: Document, spacing: Squeezed, section: Section) -> CodeResult:
        doc._.document = document
        try:
            events = [shift(restore(event, spacing), section) for event in self.component(doc)._.events or []]
            return CodeResult(document, events)
        except EventwireError as exc:
            return CodeResult(document, [], exc)
        except Exception as exc:  # a bug on one document must not cost the rest of the batch
            log.debug("coding %s failed", document.id, exc_info=True)
            message = f"coding failed inside eventwire ({type(exc).__name__}: {exc}); please report this document"
            return CodeResult(document, [], CodingError(message, doc_id=document.id))


@dataclass(frozen=True, slots=True)
class CodeResult:
    """The events of one document, or the error that kept it from being coded."""

    document: Document
    events: list[Event]
    error: EventwireError | None = None


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _part(document: Document, section: Section) -> Document:
    """The document itself when it is one section, else a document of that section's text alone."""
    return document if len(section.text) == len(document.text) else replace(document, text=section.text)


def _checked(document: Document) -> Document:
    if not document.text.strip():
        raise EmptyDocument("has empty text; nothing to code", doc_id=document.id)
    if len(document.text) > MAX_CHARS:
        raise DocumentTooLarge(f"has {len(document.text):,} characters, over {MAX_CHARS:,}", doc_id=document.id)
    return document


_default: Coder | None = None


def default_coder() -> Coder:
    """The process-wide coder, loaded on first use."""
    global _default
    if _default is None:
        _default = Coder()
    return _default


def code_text(text: str, published: str | date | None = None, doc_id: str | None = None) -> list[Event]:
    """Code one text into events; ``published`` anchors relative dates."""
    document = Document(id=doc_id or "doc", text=text, published=parse_published(published))
    return default_coder().code(document)


def code_documents(docs: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
    """Code documents one by one; a document that fails is logged and skipped."""
    for result in default_coder().code_many(docs):
        if result.error is not None:
            log.warning("%s", result.error)
            continue
        yield result.document, result.events
