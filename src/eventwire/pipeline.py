"""The coder: spaCy parse -> extract -> resolve, as an API and as a spaCy pipeline component.

The component (``EventCoder``) is where the coder's two options take effect, for every way of coding (``Coder.code``,
``Coder.code_many``, ``code_text``, ``nlp.add_pipe("eventwire")``): ``disable`` switches named steps off (checked
against the registries of ``step_registries()``: extraction's and resolution's), and ``min_confidence`` (default:
the setting) drops the events below it.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.batching import batches
from eventwire.errors import CodingError, DocumentTooLarge, EmptyDocument, EventwireError
from eventwire.extract import STEPS as EXTRACT_STEPS
from eventwire.extract import extract_events
from eventwire.lexicons.calibration import load_calibration
from eventwire.model import Document, Event, parse_published
from eventwire.nlp import MAX_CHARS, load_model
from eventwire.nlp.doctext import doc_length
from eventwire.nlp.sections import Section, shift, split_sections
from eventwire.nlp.spacing import Squeezed, restore, squeeze
from eventwire.resolve import STEPS as RESOLVE_STEPS
from eventwire.resolve import Resolver
from eventwire.settings import SETTINGS
from eventwire.steps import Registry, checked

log = logging.getLogger(__name__)

COMPONENT = "eventwire"
MAX_BATCH_CHARS = int(SETTINGS["max_batch_chars"].default)

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)
if not Doc.has_extension("document"):
    Doc.set_extension("document", default=None)


def step_registries() -> tuple[Registry[Any], ...]:
    """The registries of steps that can be switched off: extraction's and resolution's."""
    return (EXTRACT_STEPS, RESOLVE_STEPS)


def default_min_confidence() -> float:
    """The ``min_confidence`` setting."""
    return float(SETTINGS["min_confidence"].default)


class EventCoder:
    """The spaCy component: reads the parse and entities, writes ``doc._.events``.

    ``disable`` names steps to switch off (an unknown name is refused, listing the known ones). Events the rules
    score below the ``min_rule_score`` setting are dropped; the others get the calibrated confidence (the
    probability that the event is right, ``eventwire.confidence``; ``calibrated=False`` keeps the rules' score, as
    ``eventwire calibrate`` needs), and those below ``min_confidence`` (default: the setting) are dropped. Every data
    file is read and checked when it is made (by its ``Resolver``), so a bad row fails here, naming its file and line.
    """

    def __init__(
        self,
        nlp: Language | None = None,
        name: str = COMPONENT,
        disable: Iterable[str] = (),
        min_confidence: float | None = None,
        calibrated: bool = True,
    ) -> None:
        self.name = name
        self.disabled = checked(disable, *step_registries())
        self.min_confidence = default_min_confidence() if min_confidence is None else min_confidence
        self.resolver = Resolver(self.disabled)  # reads and checks every data file (``lexicons.load_all()``)
        self.min_rule_score = float(SETTINGS["min_rule_score"].default)
        self.calibration = load_calibration() if calibrated else None

    def __call__(self, doc: Doc) -> Doc:
        document = doc._.document or Document(id="doc", text=doc.text)
        events = self.resolver.resolve(doc, extract_events(doc, self.disabled), document)
        events = [e for e in events if e.confidence >= self.min_rule_score]
        if self.calibration is not None:
            events = self.calibration.apply(events, doc_length(doc))
        doc._.events = [e for e in events if e.confidence >= self.min_confidence]
        return doc


@Language.factory(
    COMPONENT,
    requires=["token.dep", "token.lemma", "doc.ents", "doc.sents"],
    assigns=["doc._.events"],
    default_config={"disable": [], "min_confidence": None, "calibrated": True},
)
def make_event_coder(
    nlp: Language, name: str, disable: list[str], min_confidence: float | None, calibrated: bool
) -> EventCoder:
    """Factory behind ``nlp.add_pipe("eventwire", config={"disable": [...], "min_confidence": 0.7})``."""
    return EventCoder(nlp, name, disable, min_confidence, calibrated)


class Coder:
    """Codes documents into events with the bundled model; load once, code many.

    ``disable`` switches named steps off (``eventwire.extract.STEPS``, ``eventwire.resolve.STEPS``; an unknown name
    raises ``UnknownStep``); an event's confidence is calibrated (unless ``calibrated=False``) and events below
    ``min_confidence`` (default: the ``min_confidence`` setting) are dropped, by every method.
    """

    def __init__(
        self,
        nlp: Language | None = None,
        *,
        disable: Iterable[str] = (),
        min_confidence: float | None = None,
        calibrated: bool = True,
    ) -> None:
        self.nlp = nlp if nlp is not None else load_model()
        self.component = EventCoder(self.nlp, disable=disable, min_confidence=min_confidence, calibrated=calibrated)

    @property
    def disabled(self) -> frozenset[str]:
        """The steps switched off."""
        return self.component.disabled

    @property
    def min_confidence(self) -> float:
        """The confidence below which events are dropped."""
        return self.component.min_confidence

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
        """One result per document, in order, parsed in batches (of ``batch_size`` documents and at most the
        ``max_batch_chars`` setting's characters); a bad document does not stop the rest.

        A document longer than ``section_chars`` is parsed and coded in sections (``nlp.sections``)."""
        for item in self.parse_many(documents, batch_size):
            yield item if isinstance(item, CodeResult) else self.code_parsed(item)

    def parse_many(self, documents: Iterable[Document], batch_size: int = 32) -> Iterator[Parsed | CodeResult]:
        """The parse of each document, in order, in batches; a document that cannot be parsed gives its error as a
        ``CodeResult``. A parse can be coded more than once (``code_parsed``), by coders with other steps off."""
        for chunk in batches(documents, batch_size, MAX_BATCH_CHARS):
            yield from self._parse_chunk(chunk, batch_size)

    def code_parsed(self, parsed: Parsed) -> CodeResult:
        """The events of one parsed document (of all its sections), or the error that kept it from being coded."""
        results = [self._code_section(section) for section in parsed.sections]
        error = next((r.error for r in results if r.error is not None), None)
        events = [] if error else [e for r in results for e in r.events]
        return CodeResult(parsed.document, events, error)

    def _parse_chunk(self, chunk: list[Document], batch_size: int) -> Iterator[Parsed | CodeResult]:
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
            found = itertools.islice(parsed, len(sections))
            yield Parsed(
                document, tuple(ParsedSection(doc, part, spacing, section) for doc, (part, section), spacing in found)
            )

    def _code_section(self, parsed: ParsedSection) -> CodeResult:
        doc, document = parsed.doc, parsed.part
        doc._.document = document
        try:
            found = self.component(doc)._.events or []
            return CodeResult(document, [shift(restore(event, parsed.spacing), parsed.section) for event in found])
        except EventwireError as exc:
            return CodeResult(document, [], exc)
        except Exception as exc:  # a bug on one document must not cost the rest of the batch
            log.debug("coding %s failed", document.id, exc_info=True)
            message = f"coding failed inside eventwire ({type(exc).__name__}: {exc}); please report this document"
            return CodeResult(document, [], CodingError(message, doc_id=document.id))


@dataclass(frozen=True, slots=True)
class ParsedSection:
    """The parse of one section of a document: the document of that section's text (the document itself when it
    is one section), the spacing squeezed out before parsing, and where the section lies in the document."""

    doc: Doc
    part: Document
    spacing: Squeezed
    section: Section


@dataclass(frozen=True, slots=True)
class Parsed:
    """A document's parse, section by section (most documents are one section)."""

    document: Document
    sections: tuple[ParsedSection, ...]


@dataclass(frozen=True, slots=True)
class CodeResult:
    """The events of one document, or the error that kept it from being coded."""

    document: Document
    events: list[Event]
    error: EventwireError | None = None


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
    """Code one text into events; ``published`` anchors relative dates. Events below the ``min_confidence`` setting
    are dropped, as by ``eventwire code``."""
    document = Document(id=doc_id or "doc", text=text, published=parse_published(published))
    return default_coder().code(document)


def code_documents(docs: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
    """Code documents one by one; a document that fails is logged and skipped."""
    for result in default_coder().code_many(docs):
        if result.error is not None:
            log.warning("%s", result.error)
            continue
        yield result.document, result.events
