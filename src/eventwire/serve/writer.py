"""The API's one write: code a submitted document and store it. Off unless a write token is configured.

All writes run on one thread that owns the one ``Store`` (the store's single writer, and SQLite connections
stay on the thread that made them); the model is loaded on the first write, not at start-up, so a read-only
server starts in a second.
"""

from __future__ import annotations

import logging
import secrets
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.errors import BadQuery, BadToken, WritesDisabled
from eventwire.model import Document

if TYPE_CHECKING:
    from eventwire.pipeline import Coder
    from eventwire.store import Store

log = logging.getLogger(__name__)


class Writer:
    """Codes and stores submitted documents for holders of the write token."""

    def __init__(self, path: Path, token: str) -> None:
        self.path = path
        self.token = token
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="eventwire-writer")
        self._store: Store | None = None
        self._coder: Coder | None = None

    @property
    def enabled(self) -> bool:
        return bool(self.token)

    def check(self, authorization: str | None) -> None:
        """Let the request through only with ``Authorization: Bearer <token>`` matching the server's token."""
        if not self.enabled:
            raise WritesDisabled(
                "this server is read-only; start it with EVENTWIRE_WRITE_TOKEN set to accept documents"
            )
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), self.token.encode()):
            raise BadToken("send the server's write token as 'Authorization: Bearer <token>'")

    def code(self, obj: dict[str, Any]) -> tuple[bool, list[dict[str, Any]]]:
        """Code and store one document (spec JSON); returns whether it was new, and its stored events.

        The same id with the same text returns what is stored; the same id with other text is refused."""
        try:
            document = Document.from_json(obj)
        except ValueError as exc:
            raise BadQuery(f"the document is not valid: {exc}") from exc
        return self._thread.submit(self._code_on_writer, document).result()

    def _code_on_writer(self, document: Document) -> tuple[bool, list[dict[str, Any]]]:
        store = self._open()
        stored = store.document(document.id)
        if stored is not None:
            if stored.document.text != document.text:
                raise BadQuery(f"document {document.id!r} is already stored with other text; give a new id")
            return False, [e.to_json() for e in store.events(document.id)]
        return True, self._code_new(store, document)

    def _code_new(self, store: Store, document: Document) -> list[dict[str, Any]]:
        result = next(iter(self._coder_once().code_many([document])))
        store.add_document(document)
        if result.error is not None:
            store.record_failure(document.id, "code", result.error)
            raise result.error
        events = result.events  # the coder keeps only events from min_confidence up
        store.set_events(document.id, events)
        log.info("coded submitted document %s: %d events", document.id, len(events))
        return [e.to_json() for e in events]

    def _open(self) -> Store:
        if self._store is None:
            from eventwire.store import Store

            self._store = Store(self.path)
        return self._store

    def _coder_once(self) -> Coder:
        if self._coder is None:
            from eventwire.pipeline import Coder

            self._coder = Coder()
        return self._coder

    def close(self) -> None:
        """Close the store on the writer thread, then stop that thread."""
        self._thread.submit(self._close_on_writer).result()
        self._thread.shutdown()

    def _close_on_writer(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
