"""One ingest run: read sources, clean, detect language, de-duplicate, store; one bad input never stops it."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal, Protocol

from eventwire.errors import EmptyDocument, EventwireError, StoreError
from eventwire.ingest.clean import clean_text
from eventwire.ingest.dedup import DEFAULT_THRESHOLD, Deduplicator, Fingerprint, fingerprint
from eventwire.ingest.identity import Identities
from eventwire.ingest.language import detect_language
from eventwire.ingest.sources import Item, SourceReader
from eventwire.model import Document

log = logging.getLogger(__name__)

Outcome = Literal["new", "duplicate", "not_english", "known", "old", "skipped", "failed"]


class DocumentSink(Protocol):
    """What ingest needs from the store (``eventwire.store.Store`` provides it)."""

    def add_document(
        self,
        doc: Document,
        *,
        status: str = "ok",
        reason: str | None = None,
        language: str | None = None,
        content_hash: str | None = None,
        signature: bytes | None = None,
        duplicate_of: str | None = None,
    ) -> bool: ...

    def has_document(self, doc_id: str) -> bool: ...

    def stored_hash(self, doc_id: str) -> str | None: ...

    def has_url(self, url: str) -> bool: ...

    def fingerprints(self) -> Iterable[tuple[str, str, bytes]]: ...

    def record_failure(self, doc_id: str, stage: str, error: EventwireError | Exception) -> None: ...


@dataclass
class IngestStats:
    """Counts of one run, by outcome."""

    new: int = 0
    duplicate: int = 0
    not_english: int = 0
    known: int = 0
    old: int = 0
    skipped: int = 0
    failed: int = 0

    def add(self, outcome: Outcome) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def summary(self) -> str:
        return (
            f"{self.new} new, {self.duplicate} duplicate, {self.not_english} not English, "
            f"{self.known} already stored, {self.old} before --since, {self.skipped} skipped, {self.failed} refused"
        )

    @property
    def stored(self) -> int:
        """Documents this run added to the store, whatever their status."""
        return self.new + self.duplicate + self.not_english


@dataclass
class Ingester:
    """Stores the documents of sources once each, linking duplicates to their first copy."""

    store: DocumentSink
    reader: SourceReader
    threshold: float = DEFAULT_THRESHOLD
    since: date | None = None
    country: str | None = None  # the home country given to documents that have none (``Document.country``)
    stats: IngestStats = field(default_factory=IngestStats)
    _dedup: Deduplicator | None = None
    _identities: Identities | None = None

    @property
    def identities(self) -> Identities:
        """Who holds which id: the store, and this run."""
        if self._identities is None:
            self._identities = Identities(self.store.stored_hash)
        return self._identities

    @property
    def dedup(self) -> Deduplicator:
        """The duplicate index, built from the store on first use."""
        if self._dedup is None:
            self._dedup = Deduplicator(self.threshold)
            stored = ((doc_id, Fingerprint(h, sig)) for doc_id, h, sig in self.store.fingerprints())
            self._dedup.load(stored)
            log.info("dedup index holds %d stored documents", len(self._dedup))
        return self._dedup

    def run(self, sources: Iterable[str]) -> Iterator[tuple[Item, Outcome]]:
        """Ingest every source, yielding each item with what became of it (a refused item carries its error)."""
        self.reader.seen = self.store.has_url
        for source in sources:
            for item in self._items(source):
                item, outcome = self.ingest(item)
                self.stats.add(outcome)
                yield item, outcome

    def _items(self, source: str) -> Iterator[Item]:
        try:
            yield from self.reader.read(source)
        except Exception as exc:  # a bug in a parser must not stop the other sources (-vv shows the traceback)
            log.debug("reading %s failed", source, exc_info=True)
            message = f"could not be read ({type(exc).__name__}: {exc}); please report this input"
            yield Item(source, error=EventwireError(message, doc_id=source, stage="read"))

    def ingest(self, item: Item) -> tuple[Item, Outcome]:
        """Store one item; failures are recorded in the store and returned on the item, never raised."""
        if item.known:
            return item, "known"
        if item.skipped is not None:
            return item, "skipped"
        if item.document is None:
            error = item.error or EventwireError("gave no document", doc_id=item.name)
            self.store.record_failure(error.doc_id or item.name, "ingest", error)
            return replace(item, error=error), "failed"
        try:
            return self._ingest_document(item)
        except EventwireError as exc:
            error = exc
        except Exception as exc:  # one bad document must not stop the batch (-vv shows the traceback)
            log.debug("ingesting %s failed", item.name, exc_info=True)
            message = f"could not be stored ({type(exc).__name__}: {exc}); please report this input"
            error = EventwireError(message, stage="ingest")
        error.doc_id = item.name
        self.store.record_failure(item.document.id, "ingest", error)
        return replace(item, error=error), "failed"

    def _ingest_document(self, item: Item) -> tuple[Item, Outcome]:
        assert item.document is not None
        doc = item.document
        if self.since is not None and doc.published is not None and doc.published < self.since:
            return item, "old"
        text = clean_text(doc.text, doc.title)
        if not text:
            raise EmptyDocument("has no text left after cleaning", doc_id=doc.id, stage="ingest")
        doc = replace(doc, text=text, country=doc.country or self.country)
        for _ in range(3):  # another process may take the id between the look-up and the insert: look again
            resolved = self.identities.resolve(doc, item.aliases)
            if resolved.held is not None:
                return replace(item, document=resolved.document), "known"
            outcome = self._store(resolved.document)
            if outcome is not None:
                return replace(item, document=resolved.document, note=resolved.note()), outcome
            self.identities.forget(resolved.document.id)
        raise StoreError(f"its id {doc.id!r} was taken by other writers three times running; ingest it again")

    def _store(self, doc: Document) -> Outcome | None:
        """Store a document under its (free) id; None when another writer took that id first."""
        fp = fingerprint(doc.text)
        duplicate = self.dedup.find(fp)
        if duplicate is not None:
            added = self._add(doc, fp, "duplicate", duplicate.reason(), None, duplicate.of)
            return "duplicate" if added else None
        language = detect_language(doc.text)
        reason = None if language.english else language.reason()
        if not self._add(doc, fp, "ok" if language.english else "not_english", reason, language.code, None):
            return None
        self.dedup.add(doc.id, fp)
        return "new" if language.english else "not_english"

    def _add(
        self, doc: Document, fp: Fingerprint, status: str, reason: str | None, lang: str | None, dup: str | None
    ) -> bool:
        return self.store.add_document(
            doc,
            status=status,
            reason=reason,
            language=lang,
            content_hash=fp.content_hash,
            signature=None if dup else fp.signature,
            duplicate_of=dup,
        )
