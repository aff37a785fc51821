"""An eventwire.db made by the release before the event rows upgrades in place, losing nothing."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

from eventwire.model import Event
from eventwire.store import Store
from eventwire.store.schema import MIGRATIONS

from .builders import KYIV, actor, event

RELEASED = ("0001_initial", "0002_ingest_status_dedup")


def _released_store(path: Path, events: list[Event]) -> None:
    """A store as release 0.1.0 wrote it: its two migrations, documents, and events as 15 columns."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for name, sql in MIGRATIONS[:2]:
        assert name in RELEASED
        assert isinstance(sql, str)
        db.executescript(sql)
        db.execute("INSERT INTO migrations VALUES (?, 'then')", (name,))
    for doc_id in sorted({e.doc_id for e in events}):
        db.execute(
            "INSERT INTO documents (id, title, text, published, url, source, meta, added_at, coded_at)"
            " VALUES (?, 'T', 'Russian forces struck Kyiv.', '2023-03-21', ?, 'wire', '{}', 'then', 'then')",
            (doc_id, f"https://news.example/{doc_id}"),
        )
    for e in events:
        loc, when = e.location, e.date
        db.execute(
            "INSERT OR REPLACE INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                e.id,
                e.doc_id,
                e.type,
                e.mode,
                e.cameo,
                e.status,
                e.source.country if e.source else None,
                e.target.country if e.target else None,
                when.start.isoformat() if when else None,
                when.end.isoformat() if when else None,
                loc.name if loc else None,
                loc.lat if loc else None,
                loc.lon if loc else None,
                e.confidence,
                json.dumps(e.to_json(), ensure_ascii=False),
            ),
        )
    db.commit()
    db.close()


def _old_events() -> list[Event]:
    russia, ukraine = actor("Russian forces", "RUS", "MIL"), actor("Ukraine", "UKR")
    return [
        event("a", source=russia, target=ukraine, place=KYIV, cameo="190"),
        event("b", source=russia, target=ukraine, place=KYIV, at=40),
        event("c", "CONSULT", actor("Xi Jinping", "CHN", "GOV"), actor("Russia", "RUS"), day=date(2023, 3, 20)),
    ]


def test_every_migration_is_recorded_in_order(tmp_path: Path) -> None:
    with Store(tmp_path / "new.db") as store:
        assert store.migrations() == [name for name, _ in MIGRATIONS]


def test_a_released_store_upgrades_in_place_keeping_every_event(tmp_path: Path) -> None:
    path = tmp_path / "eventwire.db"
    old = _old_events()
    _released_store(path, old)
    with Store(path) as store:
        assert store.migrations()[2:] == [name for name, _ in MIGRATIONS[2:]]
        assert sorted(e.id for e in store.events()) == sorted(e.id for e in old)
        assert [e.to_json() for e in store.events("a")] == [old[0].to_json()]


def test_upgraded_events_get_actor_and_place_rows(tmp_path: Path) -> None:
    path = tmp_path / "eventwire.db"
    _released_store(path, _old_events())
    with Store(path) as store:
        actors = store.db.execute("SELECT role, name, country, sector FROM event_actors ORDER BY event_id, role")
        assert ("source", "Xi Jinping", "CHN", "GOV") in actors.fetchall()
        assert store.db.execute("SELECT name, geonameid FROM places").fetchall() == [("Kyiv", 703448)]


def test_upgraded_events_are_clustered_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "eventwire.db"
    _released_store(path, _old_events())
    with Store(path) as store:
        assert store.db.execute("SELECT count(*) FROM events WHERE cluster_id IS NULL").fetchone() == (0,)
        counts = store.db.execute("SELECT type, n_mentions, n_documents FROM clusters ORDER BY type").fetchall()
        assert counts == [("ASSAULT", 2, 2), ("CONSULT", 1, 1)]


def test_upgraded_events_get_goldstein_from_their_cameo_code(tmp_path: Path) -> None:
    path = tmp_path / "eventwire.db"
    _released_store(path, _old_events())
    with Store(path) as store:
        row = store.db.execute("SELECT goldstein, quad_class FROM events WHERE doc_id = 'a'").fetchone()
        assert row == (-10.0, 4)


def test_upgraded_documents_are_searchable_by_text(tmp_path: Path) -> None:
    path = tmp_path / "eventwire.db"
    _released_store(path, _old_events())
    with Store(path) as store:
        hits = store.db.execute("SELECT doc_id FROM documents_fts WHERE documents_fts MATCH 'kyiv' ORDER BY doc_id")
        assert [h[0] for h in hits] == ["a", "b", "c"]


def test_opening_an_upgraded_store_again_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "eventwire.db"
    _released_store(path, _old_events())
    with Store(path) as store:
        before = store.db.execute("SELECT id, cluster_id FROM events ORDER BY id").fetchall()
    with Store(path) as store:
        assert store.db.execute("SELECT id, cluster_id FROM events ORDER BY id").fetchall() == before
