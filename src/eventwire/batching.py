"""Documents in batches: by count, and optionally by characters.

The parse's memory follows the text of its batch, so the coder closes a batch before it passes a number of
characters as well as a number of documents; the worker pools and the benchmark batch by count alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from eventwire.model import Document


def batches(documents: Iterable[Document], size: int, max_chars: int | None = None) -> Iterator[list[Document]]:
    """Batches of at most ``size`` documents and, when ``max_chars`` is given and unless one document alone is
    longer, at most ``max_chars`` characters, in the order the documents come."""
    batch: list[Document] = []
    chars = 0
    for document in documents:
        if batch and max_chars is not None and chars + len(document.text) > max_chars:
            yield batch
            batch, chars = [], 0
        batch.append(document)
        chars += len(document.text)
        if len(batch) >= size:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch
