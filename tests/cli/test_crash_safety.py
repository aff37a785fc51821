"""Crash and concurrency safety of the store, with the real command in subprocesses and the real model.

- ``kill -9`` during ``ingest`` and during ``code --db -o``, three times each at random points, then a run to
  the end: 0 documents or events lost, 0 duplicated, and the ``-o`` file byte for byte an uninterrupted run's;
- three ``code --db`` processes on one store share the pending work and code each document exactly once;
- a document that fails coding every time is given status ``failed`` once, and later runs neither retry it
  nor fail because of it.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.model import Document
from eventwire.store import Store

from .corpus import write_corpus

pytestmark = pytest.mark.slow  # each coding run loads the spaCy model

EVENTWIRE = Path(sys.executable).with_name("eventwire")
KILLS = 3
RUN_TIMEOUT = 600.0
INGEST_DOCS = 1500  # enough that three kills, each after a random share of what is left, land mid-run
CODE_DOCS = 120


def _start(*args: str, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(EVENTWIRE), *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EVENTWIRE), *args], cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=RUN_TIMEOUT
    )


def _count(db: Path, sql: str) -> int:
    """One count read while another process writes (WAL: readers never wait for the writer)."""
    if not db.exists():
        return 0
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
        try:
            return int(conn.execute(sql).fetchone()[0])
        except sqlite3.OperationalError:  # the schema is being created
            return 0


def _kill_during(args: list[str], cwd: Path, db: Path, progress_sql: str, rng: random.Random, total: int) -> int:
    """Start ``eventwire ARGS`` and kill -9 it once it has stored a random number of further items (at most a third
    of what is left of ``total``), so the kill lands mid-run however fast the machine is. Returns the progress count
    at the kill (the run may have ended first: then nothing is killed)."""
    before = _count(db, progress_sql)
    target = before + rng.randint(1, max(1, (total - before) // 3))
    process = _start(*args, cwd=cwd)
    deadline = time.monotonic() + RUN_TIMEOUT
    while _count(db, progress_sql) < target and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    assert process.stderr is not None
    process.stderr.close()
    return _count(db, progress_sql)


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


DOCUMENTS = "SELECT id, status, status_reason, language, content_hash, duplicate_of, text FROM documents ORDER BY id"
EVENTS = "SELECT id, doc_id, json, cluster_id FROM events ORDER BY id"
CLUSTERS = "SELECT id, n_mentions, n_documents, n_sources, first_report, last_report FROM clusters ORDER BY id"


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("crash")


@pytest.fixture(scope="module")
def ingested(work: Path) -> Path:
    """A store with CODE_DOCS pending reports, and (beside it) one uninterrupted run's store and -o file."""
    write_corpus(work / "code.jsonl", CODE_DOCS, seed=7)
    base = work / "base.db"
    assert _run("ingest", "code.jsonl", "--db", str(base), cwd=work).returncode == 0
    shutil.copy(base, work / "reference.db")
    done = _run("code", "--db", "reference.db", "-o", "reference.jsonl", cwd=work)
    assert done.returncode == 0, done.stderr
    assert f"coded {CODE_DOCS} of {CODE_DOCS} stored documents" in done.stderr
    return base


def test_kill_9_during_ingest_loses_and_duplicates_nothing(work: Path) -> None:
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    write_corpus(work / "ingest.jsonl", INGEST_DOCS, seed=3)
    reference = _run("ingest", "ingest.jsonl", "--db", "ingest-reference.db", cwd=work)
    assert reference.returncode == 0, reference.stderr
    db = work / "ingest-killed.db"
    progress = "SELECT count(*) FROM documents"
    args = ["ingest", "ingest.jsonl", "--db", db.name]
    at = [_kill_during(args, work, db, progress, rng, INGEST_DOCS) for _ in range(KILLS)]
    assert at[-1] < INGEST_DOCS, f"the kills came after the end (seed {seed}, at {at})"
    resumed = _run("ingest", "ingest.jsonl", "--db", db.name, cwd=work)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{INGEST_DOCS - at[-1]} new" in resumed.stderr and f"{at[-1]} already stored" in resumed.stderr
    expected = _rows(work / "ingest-reference.db", DOCUMENTS)
    assert len(expected) == INGEST_DOCS
    assert _rows(db, DOCUMENTS) == expected, f"seed {seed}, kills at {at}"
    signatures = "SELECT doc_id, minhash FROM signatures ORDER BY doc_id"
    assert _rows(db, signatures) == _rows(work / "ingest-reference.db", signatures)
    assert _rows(db, "SELECT count(*) FROM failures") == [(0,)]
    print(f"kill -9 during ingest (seed {seed}): stored {at} of {INGEST_DOCS} at the kills; after the resume")
    print(f"  {len(expected)} documents = the uninterrupted run's (0 lost, 0 duplicated), 0 failures")


def test_kill_9_during_code_then_resume_gives_the_uninterrupted_output(work: Path, ingested: Path) -> None:
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    db = work / "code-killed.db"
    shutil.copy(ingested, db)
    args = ["code", "--db", db.name, "-o", "killed.jsonl"]
    progress = "SELECT count(*) FROM documents WHERE coded_at IS NOT NULL"
    at = [_kill_during(args, work, db, progress, rng, CODE_DOCS) for _ in range(KILLS)]
    assert 0 < at[-1] < CODE_DOCS, f"seed {seed}, kills at {at}"
    assert not (work / "killed.jsonl").exists()  # a killed run leaves no half-written output
    resumed = _run(*args, cwd=work)
    assert resumed.returncode == 0, resumed.stderr
    assert f"coded {CODE_DOCS - at[-1]} of {CODE_DOCS - at[-1]} stored documents" in resumed.stderr
    reference = work / "reference.db"
    assert (work / "killed.jsonl").read_bytes() == (work / "reference.jsonl").read_bytes(), f"seed {seed}, at {at}"
    assert _rows(db, EVENTS) == _rows(reference, EVENTS)
    assert _rows(db, CLUSTERS) == _rows(reference, CLUSTERS)
    states = "SELECT status, coded_at IS NOT NULL, claimed_by FROM documents GROUP BY 1, 2, 3"
    assert _rows(db, states) == [("ok", 1, None)]
    assert _rows(db, "SELECT count(*) FROM failures") == [(0,)]
    events = len(_rows(db, EVENTS))
    print(f"kill -9 during code --db -o (seed {seed}): coded {at} of {CODE_DOCS} at the kills; after the resume")
    print(f"  {events} events = the uninterrupted run's (0 lost, 0 duplicated); -o equal byte for byte")


def test_three_coders_on_one_store_code_each_document_once(work: Path, ingested: Path) -> None:
    db = work / "shared.db"
    shutil.copy(ingested, db)
    coders = [_start("code", "--db", db.name, cwd=work) for _ in range(3)]
    coded = []
    for process in coders:
        _, stderr = process.communicate(timeout=RUN_TIMEOUT)
        assert process.returncode == 0, stderr
        match = re.search(r"coded (\d+) of \d+ stored documents", stderr)
        assert match, stderr
        coded.append(int(match.group(1)))
    assert sum(coded) == CODE_DOCS, f"each document coded once: {coded}"
    reference = work / "reference.db"
    assert _rows(db, EVENTS) == _rows(reference, EVENTS)
    assert _rows(db, CLUSTERS) == _rows(reference, CLUSTERS)


@pytest.fixture
def store_with_an_uncodable_document(tmp_path: Path) -> Iterator[Path]:
    """A store (as an older release could leave it) holding one document the coder always refuses."""
    db = tmp_path / "f.db"
    with Store(db) as store:
        store.add_document(Document("huge", "Police arrested protesters in Nairobi. " * 26_000))
        store.add_document(Document("fine", "Police arrested dozens of protesters in Nairobi on Tuesday."))
    yield db


def test_a_document_that_always_fails_is_failed_once_and_not_retried(store_with_an_uncodable_document: Path) -> None:
    db = store_with_an_uncodable_document
    first = _run("code", "--db", db.name, cwd=db.parent)
    assert first.returncode == 1
    assert "refused huge (read):" in first.stderr and "[E105]" in first.stderr
    assert "coded 1 of 2 stored documents; 1 refused" in first.stderr
    with Store(db) as store:
        failed = store.document("huge")
        assert failed is not None and failed.status == "failed" and "E105" in (failed.reason or "")
    second = _run("code", "--db", db.name, cwd=db.parent)
    assert second.returncode == 0, second.stderr
    assert "coded 0 of 0 stored documents" in second.stderr
    assert _rows(db, "SELECT doc_id, code FROM failures") == [("huge", "E105")]
    retried = _run("code", "--db", db.name, "--retry-failed", cwd=db.parent)
    assert retried.returncode == 1 and "refused huge" in retried.stderr
    assert len(_rows(db, "SELECT * FROM failures")) == 2
