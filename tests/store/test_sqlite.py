from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from eventwire.errors import FetchError
from eventwire.model import Document, Event, Evidence
from eventwire.store import Store
from eventwire.store.schema import INITIAL


def _doc(doc_id: str, text: str = "Troops withdrew from the town.") -> Document:
    return Document(id=doc_id, text=text, title="T", url=f"https://example.org/{doc_id}")


def test_a_store_made_before_the_ingest_migration_is_upgraded_without_losing_documents(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    db.executescript(INITIAL)
    db.execute("INSERT INTO migrations VALUES ('0001_initial', 'x')")
    db.execute("INSERT INTO documents (id, text, added_at) VALUES ('old', 'Old text.', 'x')")
    db.commit()
    db.close()
    with Store(path) as store:
        assert "0002_ingest_status_dedup" in store.migrations()
        stored = store.document("old")
        assert stored is not None
        assert stored.status == "ok"
        assert [d.id for d in store.uncoded()] == ["old"]


def test_uncoded_skips_duplicates_non_english_and_coded_documents(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add_document(_doc("a"), content_hash="h", signature=b"\0" * 8)
        store.add_document(_doc("b"), status="duplicate", reason="exact duplicate of a", duplicate_of="a")
        store.add_document(_doc("c", "Les troupes se sont retirées."), status="not_english", language="fr")
        store.add_document(_doc("d"))
        event = Event(doc_id="d", type="RETREAT", evidence=Evidence("Troops withdrew.", 0, 16, "withdrew"))
        store.set_events("d", [event])
        assert [d.id for d in store.uncoded()] == ["a"]
        dup = store.document("b")
        assert dup is not None
        assert (dup.status, dup.duplicate_of) == ("duplicate", "a")
        assert [d.document.id for d in store.documents("not_english")] == ["c"]


def test_adding_the_same_id_twice_keeps_the_first(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.add_document(_doc("a", "First."))
        assert not store.add_document(_doc("a", "Second."))
        stored = store.document("a")
        assert stored is not None
        assert stored.document.text == "First."
        assert store.has_document("a")
        assert store.has_url("https://example.org/a")


def test_fingerprints_list_first_copies_with_signatures(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add_document(_doc("a"), content_hash="ha", signature=b"sig-a")
        store.add_document(_doc("b"), status="duplicate", content_hash="ha", duplicate_of="a")
        assert list(store.fingerprints()) == [("a", "ha", b"sig-a")]
        assert store.count("signatures") == 1


def test_unknown_status_is_refused(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store, pytest.raises(ValueError, match="unknown document status"):
        store.add_document(_doc("a"), status="weird")


def test_failures_keep_document_stage_code_and_message(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.record_failure("http://x", "ingest", FetchError("refused", doc_id="http://x"))
        [failure] = store.failures()
        assert (failure["doc_id"], failure["stage"], failure["code"], failure["message"]) == (
            "http://x",
            "ingest",
            "E500",
            "refused",
        )
