"""Claims on pending documents, attempts, failed documents and runs (``eventwire.store.work``) on a real store."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from eventwire.errors import CodingError
from eventwire.model import Document
from eventwire.store import Store
from eventwire.store.work import is_dead, worker_id

from .builders import event


def _store(tmp_path: Path, n: int = 10) -> Store:
    store = Store(tmp_path / "w.db")
    for i in range(n):
        store.add_document(Document(f"d{i:02d}", f"Text number {i} about something."))
    return store


def _dead_worker() -> str:
    """The worker id of a process that has ended."""
    code = "from eventwire.store.work import worker_id; print(worker_id())"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_two_workers_never_claim_the_same_document(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        a, b = worker_id(), worker_id()
        first, second, third = store.work.claim(a, 4), store.work.claim(b, 4), store.work.claim(a, 4)
        assert first == ["d00", "d01", "d02", "d03"] and second == ["d04", "d05", "d06", "d07"]
        assert third == ["d08", "d09"] and store.work.claim(b, 4) == []


def test_the_claims_of_a_dead_process_are_released_and_taken_one_at_a_time(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        dead = _dead_worker()
        assert is_dead(dead) and not is_dead(worker_id())
        assert store.work.claim(dead, 4) == ["d00", "d01", "d02", "d03"]
        alive = worker_id()
        # a document claimed before is coded alone, so one that kills its coder costs the others nothing
        assert store.work.claim_suspect(alive) == "d00"
        assert store.work.claim_suspect(alive) == "d01"


def test_batches_hold_only_documents_never_claimed(tmp_path: Path) -> None:
    with _store(tmp_path, 6) as store:
        store.work.claim(_dead_worker(), 2)
        assert store.work.claim(worker_id(), 6) == ["d02", "d03", "d04", "d05"]


def test_with_no_suspect_none_is_claimed_alone(tmp_path: Path) -> None:
    with _store(tmp_path, 2) as store:
        assert store.work.claim_suspect(worker_id()) is None


def test_a_document_in_three_killed_batches_counts_one_attempt(tmp_path: Path) -> None:
    with _store(tmp_path, 3) as store:
        store.work.claim(_dead_worker(), 3)
        for _ in range(2):
            assert store.work.claim(_dead_worker(), 3) == []
        stored = store.document("d02")
        assert stored is not None and stored.status == "ok"


def test_a_lapsed_lease_frees_the_document_and_storing_renews_the_others(tmp_path: Path) -> None:
    with _store(tmp_path, 3) as store:
        store.work.lease = 0.2
        slow, other = worker_id(), worker_id()
        assert store.work.claim(slow, 3) == ["d00", "d01", "d02"]
        assert store.work.claim(other, 3) == []
        time.sleep(0.3)
        assert store.write_claimed("d00", [event("d00")], slow, None)  # renews d01, d02
        assert store.work.claim(other, 3) == []
        time.sleep(0.3)
        assert store.work.claim(other, 3) == []
        assert store.work.claim_suspect(other) == "d01"


def test_a_document_coded_by_another_worker_meanwhile_is_not_written_twice(tmp_path: Path) -> None:
    with _store(tmp_path, 1) as store:
        store.work.lease = 0.0
        first, second = worker_id(), worker_id()
        store.work.claim(first, 1)
        assert store.work.claim_suspect(second) == "d00"  # the first's lease lapsed at once
        kept, late = event("d00", at=1), event("d00", at=2)
        assert store.write_claimed("d00", [kept], second, None)
        assert not store.write_claimed("d00", [late], first, None)
        assert [e.id for e in store.events("d00")] == [kept.id]


def test_a_document_that_fails_is_failed_once_and_not_pending_again(tmp_path: Path) -> None:
    with _store(tmp_path, 2) as store:
        worker = worker_id()
        store.work.claim(worker, 2)
        store.fail_document("d00", CodingError("coding failed inside eventwire (KeyError: 'x')", doc_id="d00"))
        stored = store.document("d00")
        assert stored is not None and stored.status == "failed"
        assert stored.reason == "coding failed inside eventwire (KeyError: 'x') [E700]"
        store.work.release(worker)
        assert store.work.claim(worker_id(), 5) == ["d01"]
        assert [f["code"] for f in store.failures()] == ["E700"]
        assert store.work.retry_failed() == 1
        assert store.work.claim(worker_id(), 5) == ["d00"]  # a failed document made pending again is fresh


def test_a_document_claimed_too_often_without_being_coded_is_failed(tmp_path: Path) -> None:
    with _store(tmp_path, 2) as store:
        assert store.work.claim(_dead_worker(), 1) == ["d00"]
        for _ in range(store.work.max_attempts - 1):
            assert store.work.claim_suspect(_dead_worker()) == "d00"
        assert store.work.claim(worker_id(), 1) == ["d01"]
        stored = store.document("d00")
        assert stored is not None and stored.status == "failed"
        assert "started 3 times and never finished" in (stored.reason or "")
        assert len(store.failures()) == 1


def test_a_run_left_unfinished_is_taken_over_by_the_next_writing_the_same_output(tmp_path: Path) -> None:
    with _store(tmp_path, 0) as store:
        killed = store.work.begin_run(_dead_worker(), "out.jsonl")
        assert store.work.begin_run(worker_id(), "other.jsonl") != killed
        assert store.work.begin_run(worker_id(), "out.jsonl") == killed
        store.work.finish_run(killed)
        assert store.work.begin_run(worker_id(), "out.jsonl") != killed
        assert store.work.begin_run(worker_id(), None) != store.work.begin_run(worker_id(), None)


def test_run_records_are_the_events_of_the_runs_documents_in_order(tmp_path: Path) -> None:
    with _store(tmp_path, 3) as store:
        worker = worker_id()
        run = store.work.begin_run(worker, "x.jsonl")
        store.work.claim(worker, 3)
        store.write_claimed("d02", [event("d02")], worker, run)
        store.write_claimed("d00", [event("d00", at=50), event("d00", at=5)], worker, run)
        store.write_claimed("d01", [event("d01")], worker, None)
        got = [(r.event.doc_id, r.event.evidence.start) for r in store.run_records(run)]
        assert got == [("d00", 5), ("d00", 50), ("d02", 0)]
