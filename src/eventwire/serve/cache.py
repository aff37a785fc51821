"""Answers the explorer has given, kept until the store changes: its users ask the same views again and again.

Before each answer the cache asks SQLite, on a connection of its own, whether another connection has committed
since it last asked (``PRAGMA data_version``): a write by ``eventwire code``, ``ingest``, ``import`` or the
server's own ``POST /api/documents`` empties the cache. An answer computed while the store changed is not kept
(it carries the cache's generation from before it was computed). The least recently used answers go first
when the cache holds ``serve_cache_entries``.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TypeVar

from eventwire.settings import SETTINGS

T = TypeVar("T")

CACHE_ENTRIES = int(SETTINGS["serve_cache_entries"].default)


class AnswerCache:
    """A bounded LRU map from a request (its kind, filter and page) to its answer, shared by the threads."""

    def __init__(self, path: Path, entries: int = CACHE_ENTRIES) -> None:
        self.entries = entries
        self._answers: OrderedDict[Hashable, object] = OrderedDict()
        self._lock = threading.Lock()
        self._generation = 0
        self._version: int | None = None
        uri = f"{path.resolve().as_uri()}?mode=ro"
        self._watch = sqlite3.connect(uri, uri=True, check_same_thread=False) if entries > 0 else None
        self.hits = 0
        self.misses = 0

    def answer(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The cached answer to ``key``, else ``compute()`` (kept unless the store changed meanwhile)."""
        if self._watch is None:
            return compute()
        with self._lock:
            generation = self._check()
            if key in self._answers:
                self._answers.move_to_end(key)
                self.hits += 1
                return self._answers[key]  # type: ignore[return-value]
            self.misses += 1
        value = compute()
        with self._lock:
            if self._check() == generation:
                self._answers[key] = value
                while len(self._answers) > self.entries:
                    self._answers.popitem(last=False)
        return value

    def _check(self) -> int:
        """This generation, after emptying the cache if another connection committed since the last look
        (the caller holds the lock)."""
        assert self._watch is not None
        version = self._watch.execute("PRAGMA data_version").fetchone()[0]
        if self._version is not None and version != self._version:
            self._answers.clear()
            self._generation += 1
        self._version = version
        return self._generation

    def figures(self) -> dict[str, int]:
        """How big the cache is and how often it answered."""
        with self._lock:
            return {"entries": self.entries, "held": len(self._answers), "hits": self.hits, "misses": self.misses}

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
