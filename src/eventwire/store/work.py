"""Pending work in the store: several coders on one store claim documents, and a run's output survives a kill.

- **Claims.** A coder takes pending documents by writing its worker id and the time into ``claimed_by`` and
  ``claimed_at``, in a write transaction (``BEGIN IMMEDIATE``), so two coders never take the same document. A
  claim is a lease: it lapses ``claim_lease_seconds`` after it was last renewed (a coder renews its claims
  each time it stores a document), or at once when its process is known to have died (same machine, its
  process id gone or reused).
- **Attempts.** Each claim counts an attempt. A document whose coding fails is given status ``failed`` with
  the error at once (it would fail again); one claimed ``code_max_attempts`` times without being coded (its
  coder died each time: a document that crashes the process) is given status ``failed`` too. Neither is
  retried until ``eventwire code --db FILE --retry-failed``. Documents never claimed are claimed in batches; a
  document claimed before (a suspect: its coder died with it and a batch in flight) is claimed and coded alone,
  before the batches, so a coder killed from outside costs each document it held one attempt only.
- **Runs.** ``code --db FILE -o OUT`` records a run; every document it codes names the run (``coded_run``),
  and ``OUT`` is written from the store when the run ends. A run killed before the end is taken over by the
  next ``code --db FILE -o OUT`` with the same ``OUT``, so the file then holds every event of both.
"""

from __future__ import annotations

import logging
import os
import socket
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from eventwire.settings import SETTINGS

log = logging.getLogger(__name__)

LEASE_SECONDS = float(SETTINGS["claim_lease_seconds"].default)
MAX_ATTEMPTS = int(SETTINGS["code_max_attempts"].default)
PENDING = "coded_at IS NULL AND status = 'ok' AND duplicate_of IS NULL"
_HOST = socket.gethostname()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@contextmanager
def writing(db: sqlite3.Connection) -> Iterator[None]:
    """One write transaction, begun IMMEDIATE: the write lock is taken first (waiting for other writers up to
    the connection's busy timeout), so what is read inside it is what is written over. Inside another write
    transaction it is part of that one."""
    if db.in_transaction:
        yield
        return
    with db:
        db.execute("BEGIN IMMEDIATE")
        yield


def _start_time(pid: int) -> str | None:
    """When a process started (Linux: clock ticks since boot, from /proc), or None where that cannot be read."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[19]


def worker_id() -> str:
    """This process as a claimant: host, process id, start time, and a random tag for this run."""
    return f"{_HOST}:{os.getpid()}:{_start_time(os.getpid()) or 0}:{uuid.uuid4().hex[:8]}"


def is_dead(worker: str) -> bool:
    """A worker of this machine whose process is gone (or whose process id now names another process)."""
    parts = worker.rsplit(":", 3)
    if len(parts) != 4 or parts[0] != _HOST or not parts[1].isdigit():
        return False
    pid, started = int(parts[1]), parts[2]
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    now = _start_time(pid)
    return now is not None and started != "0" and now != started


class WorkQueue:
    """Claims, attempts and runs of the documents of one store connection."""

    def __init__(self, db: sqlite3.Connection, lease: float = LEASE_SECONDS, max_attempts: int = MAX_ATTEMPTS) -> None:
        self.db = db
        self.lease = lease
        self.max_attempts = max_attempts

    def claim(self, worker: str, limit: int) -> list[str]:
        """Ids of up to ``limit`` pending documents never claimed before, now claimed by ``worker``."""
        return self._claim(worker, "attempts = 0", limit)

    def claim_suspect(self, worker: str) -> str | None:
        """The id of one pending document claimed before and never coded (its coder died holding it), now claimed
        by ``worker``, which codes it alone: only an attempt made alone can show the document kills its coder, so
        a kill costs the other documents in flight nothing."""
        ids = self._claim(worker, "attempts > 0", 1)
        return ids[0] if ids else None

    def _claim(self, worker: str, which: str, limit: int) -> list[str]:
        with writing(self.db):
            self._release_dead()
            self._give_up_on_repeats()
            rows = self.db.execute(
                f"SELECT id FROM documents WHERE {PENDING} AND {which}"
                " AND (claimed_by IS NULL OR claimed_at < ?) ORDER BY rowid LIMIT ?",
                (time.time() - self.lease, limit),
            ).fetchall()
            ids = [row[0] for row in rows]
            self.db.executemany(
                "UPDATE documents SET claimed_by = ?, claimed_at = ?, attempts = attempts + 1 WHERE id = ?",
                [(worker, time.time(), doc_id) for doc_id in ids],
            )
        return ids

    def _release_dead(self) -> None:
        claimed = "SELECT DISTINCT claimed_by FROM documents WHERE claimed_by IS NOT NULL"
        for worker in [row[0] for row in self.db.execute(claimed)]:
            if is_dead(worker):
                log.info("releasing the claims of %s (its process is gone)", worker)
                self.db.execute("UPDATE documents SET claimed_by = NULL WHERE claimed_by = ?", (worker,))

    def _give_up_on_repeats(self) -> None:
        """Pending documents claimed max_attempts times and never coded become ``failed``, with a failure row."""
        rows = self.db.execute(
            f"SELECT id, attempts FROM documents WHERE {PENDING} AND attempts >= ?"
            " AND (claimed_by IS NULL OR claimed_at < ?)",
            (self.max_attempts, time.time() - self.lease),
        ).fetchall()
        for doc_id, attempts in rows:
            message = (
                f"coding was started {attempts} times and never finished (the coder's process died each time); "
                "not retried until `eventwire code --db FILE --retry-failed`"
            )
            self.fail(doc_id, "E700", message)

    def fail(self, doc_id: str, code: str, message: str) -> None:
        """Give a document status ``failed`` with the error, and record it (inside the caller's transaction)."""
        self.db.execute(
            "UPDATE documents SET status = 'failed', status_reason = ?, claimed_by = NULL, claimed_at = NULL"
            " WHERE id = ?",
            (f"{message} [{code}]", doc_id),
        )
        self.db.execute(
            "INSERT INTO failures (doc_id, stage, code, message, at) VALUES (?, 'code', ?, ?, ?)",
            (doc_id, code, message, _now()),
        )

    def renew(self, worker: str) -> None:
        """Extend the leases of every document ``worker`` still holds (inside the caller's transaction)."""
        self.db.execute(
            "UPDATE documents SET claimed_at = ? WHERE claimed_by = ? AND coded_at IS NULL", (time.time(), worker)
        )

    def release(self, worker: str) -> int:
        """Give back every document ``worker`` holds and has not coded (a coder stopping early)."""
        with writing(self.db):
            cur = self.db.execute(
                "UPDATE documents SET claimed_by = NULL, claimed_at = NULL, attempts = max(attempts - 1, 0)"
                " WHERE claimed_by = ? AND coded_at IS NULL",
                (worker,),
            )
        return cur.rowcount

    def retry_failed(self) -> int:
        """Make every ``failed`` document pending again (after the bug that failed it is fixed)."""
        with writing(self.db):
            cur = self.db.execute(
                "UPDATE documents SET status = 'ok', status_reason = NULL, attempts = 0 WHERE status = 'failed'"
            )
        return cur.rowcount

    def begin_run(self, worker: str, output: str | None) -> int:
        """A run of ``code --db``: the unfinished run writing ``output``, taken over, else a new one."""
        with writing(self.db):
            if output is not None:
                row = self.db.execute(
                    "SELECT id FROM code_runs WHERE output = ? AND finished_at IS NULL ORDER BY id DESC LIMIT 1",
                    (output,),
                ).fetchone()
                if row is not None:
                    log.info("taking over unfinished run %d writing %s", row[0], output)
                    return int(row[0])
            cur = self.db.execute(
                "INSERT INTO code_runs (output, worker, started_at) VALUES (?, ?, ?)", (output, worker, _now())
            )
        return int(cur.lastrowid or 0)

    def finish_run(self, run: int) -> None:
        with writing(self.db):
            self.db.execute("UPDATE code_runs SET finished_at = ? WHERE id = ?", (_now(), run))
