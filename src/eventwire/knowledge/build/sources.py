"""Opening the source files under ``../shared`` with one clear error when one is missing or unreadable."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from eventwire.errors import KnowledgeSourceError


@contextmanager
def open_source(shared: Path, relative: Path, encoding: str = "utf-8-sig") -> Iterator[TextIO]:
    """Open ``shared/relative`` as text; a missing or unreadable file raises E313 naming it."""
    path = shared / relative
    try:
        handle = path.open(encoding=encoding, newline="")
    except OSError as exc:
        raise KnowledgeSourceError(
            f"{path}: cannot open a knowledge base source ({exc.strerror}); pass --shared with the folder that "
            "holds actors/"
        ) from exc
    with handle:
        try:
            yield handle
        except UnicodeDecodeError as exc:
            raise KnowledgeSourceError(f"{path}: not valid {encoding} text ({exc.reason})") from exc


def digest(shared: Path, relative: Path) -> str:
    """The SHA-256 of a source file, recorded in the build manifest."""
    try:
        return hashlib.sha256((shared / relative).read_bytes()).hexdigest()
    except OSError as exc:
        raise KnowledgeSourceError(f"{shared / relative}: cannot read ({exc.strerror})") from exc
