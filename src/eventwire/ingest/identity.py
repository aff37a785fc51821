"""Document identity: in one store (and in one run) an id names one text.

A document's id comes from its source (a file's name, a JSONL ``id``, a page's canonical URL). When that id
already names another text, the document is not merged into it and not dropped: it takes the first free id of

1. its source's other names (``aliases``): a file's path as given, a page's fetched URL;
2. the id followed by ``~`` and the first 12 hex digits of its text's content hash (``report~3f2a9c0d1e2b``).

The same text under the same id (case and spacing aside, see ``content_hash``) is the same document: known,
not stored twice. A canonical URL that is a site's home page is not an identity at all (``trusted_canonical``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Literal
from urllib.parse import urlsplit

from eventwire.errors import IdentityClash
from eventwire.ingest.clean import content_hash
from eventwire.model import Document

DERIVED_SEPARATOR = "~"
HASH_DIGITS = 12
# Paths that name a site's home page rather than one article.
_HOME_PATHS = frozenset({"", "/index.html", "/index.htm", "/index.php", "/home", "/default.aspx"})

Held = Literal["run", "store"]


def derived_id(doc_id: str, text: str) -> str:
    """``doc_id`` with the start of the text's content hash: the id of a second text under one id."""
    return f"{doc_id}{DERIVED_SEPARATOR}{content_hash(text)[:HASH_DIGITS]}"


def is_home_page(url: str) -> bool:
    """A URL that names a site's home page (no path, ``/``, ``/index.html``...) rather than one page of it."""
    parts = urlsplit(url)
    return not parts.query and parts.path.rstrip("/").lower() in _HOME_PATHS


def trusted_canonical(canonical: str | None) -> str | None:
    """The canonical URL a page names, when it can be a document's identity (not a site's home page)."""
    if canonical is None or is_home_page(canonical):
        return None
    return canonical


@dataclass(frozen=True, slots=True)
class Resolved:
    """A document under the id it takes; ``held`` says where the same text is already (the run, the store)."""

    document: Document
    held: Held | None = None
    renamed_from: str | None = None

    def note(self) -> str | None:
        """What to tell the user when the document took another id than its own."""
        if self.renamed_from is None:
            return None
        return f"id {self.renamed_from!r} names another text; this one is {self.document.id!r}"


@dataclass
class Identities:
    """Gives each document an id that names no other text, in the store (``stored``) and in this run."""

    stored: Callable[[str], str | None] = lambda doc_id: None
    """The content hash of the text stored under an id, or None when the id is free."""
    _run: dict[str, str] | None = None

    def resolve(self, document: Document, aliases: Sequence[str] = ()) -> Resolved:
        """The document under its own id, else its first free alias, else its derived id (see the module)."""
        if self._run is None:
            self._run = {}
        digest = content_hash(document.text)
        candidates = dict.fromkeys((document.id, *aliases, derived_id(document.id, document.text)))
        for candidate in candidates:
            held, where = self._holder(candidate)
            if held is not None and held != digest:
                continue
            self._run[candidate] = digest
            renamed = document.id if candidate != document.id else None
            return Resolved(replace(document, id=candidate), where if held else None, renamed)
        raise IdentityClash(
            f"its id {document.id!r} and every id derived from it name other texts; give it an id of its own",
            doc_id=document.id,
        )

    def forget(self, doc_id: str) -> None:
        """Let the store, not this run's memory, say who holds ``doc_id`` (another writer just took it)."""
        if self._run is not None:
            self._run.pop(doc_id, None)

    def _holder(self, doc_id: str) -> tuple[str | None, Held | None]:
        assert self._run is not None
        if doc_id in self._run:
            return self._run[doc_id], "run"
        stored = self.stored(doc_id)
        return (stored, "store") if stored is not None else (None, None)
