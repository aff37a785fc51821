"""The knowledge base stored once in a read-only SQLite file that every coding process shares.

Held in memory, the knowledge base (~42,000 people with their roles, ~3,600 organisations and the index of their
names) takes ~0.7 s of processor time to load and ~85 MB in each process. The coder only looks names up, so it reads
the same tables from a SQLite file instead: written once from the bundled tables (``make install`` runs
``python -m eventwire.lexicons.gazetteer.stored``, or the first process that needs it writes it), a lookup is an
indexed query whose records are decoded on demand, and the file's pages sit in the operating system's cache, shared
by every process. A lookup gives what ``KnowledgeBase`` gives (``tests/knowledge/test_stored.py`` compares them).
The file's name carries a digest of the tables and of this package's code, so a rebuilt table makes a new file.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import uuid
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.knowledge.base import KnowledgeBase, bundled_tables
from eventwire.knowledge.lookup import NameLookups
from eventwire.knowledge.matching import alias_key
from eventwire.knowledge.model import Organisation, Person, Role
from eventwire.lexicons.gazetteer.stored import ReadOnlyFile, stored_file

__all__ = ["StoredKnowledge", "knowledge_key", "stored_knowledge", "write"]

FORMAT = "1"
PEOPLE, ORGANISATIONS = 0, 1
CACHE_SIZE = 1 << 12  # lookup keys whose records are kept decoded in each process
SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE records (kind INTEGER NOT NULL, id TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (kind, id))
    WITHOUT ROWID;
CREATE TABLE names (kind INTEGER NOT NULL, key TEXT NOT NULL, seq INTEGER NOT NULL, alias TEXT NOT NULL,
                    id TEXT NOT NULL, PRIMARY KEY (kind, key, seq)) WITHOUT ROWID;
"""


class StoredKnowledge(ReadOnlyFile, NameLookups):
    """The knowledge base's name lookups, read from its stored file."""

    def __init__(self, path: Path) -> None:
        ReadOnlyFile.__init__(self, path)
        row = self.db.execute("SELECT value FROM meta WHERE key = 'case_safe'").fetchone()
        self.case_safe = frozenset(json.loads(row[0]))
        self._cache: dict[tuple[int, str], list[tuple[Any, str]]] = {}

    def _people_entries(self, key: str) -> list[tuple[Person, str]]:
        return self._entries(PEOPLE, key)

    def _organisation_entries(self, key: str) -> list[tuple[Organisation, str]]:
        return self._entries(ORGANISATIONS, key)

    def _entries(self, kind: int, key: str) -> list[Any]:
        found = self._cache.get((kind, key))
        if found is None:
            rows = self.db.execute(
                "SELECT n.alias, n.id, r.record FROM names n JOIN records r ON r.kind = n.kind AND r.id = n.id "
                "WHERE n.kind = ? AND n.key = ? ORDER BY n.seq",
                (kind, key),
            ).fetchall()
            decode = _person if kind == PEOPLE else _organisation
            records = {record_id: decode(record) for _, record_id, record in rows}  # one object per record
            found = [(records[record_id], alias) for alias, record_id, _ in rows]
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            self._cache[(kind, key)] = found
        return found


@cache
def stored_knowledge() -> StoredKnowledge:
    """The stored knowledge base of the bundled tables, written first when there is none yet."""
    return StoredKnowledge(stored_file("knowledge", lambda path: write(KnowledgeBase.load(), path), knowledge_key()))


def write(base: KnowledgeBase, target: Path) -> Path:
    """Write ``base`` to a SQLite file at ``target`` (atomically: a temporary file renamed into place)."""
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}")
    db = sqlite3.connect(temporary)
    try:
        db.executescript(SCHEMA)
        db.execute("INSERT INTO meta VALUES ('case_safe', ?)", (json.dumps(sorted(base.case_safe)),))
        db.executemany("INSERT INTO records VALUES (?, ?, ?)", _records(base))
        db.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?)", _names(base))
        db.commit()
    finally:
        db.close()
    os.replace(temporary, target)
    return target


def knowledge_key() -> str:
    """A digest of everything the stored file is made from: the bundled tables and this package's code."""
    digest = hashlib.sha256(FORMAT.encode())
    root = Path(str(resources.files("eventwire")))
    sources = sorted(bundled_tables().iterdir()) + sorted((root / "knowledge").glob("*.py"))
    for path in sources:
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _records(base: KnowledgeBase) -> list[tuple[int, str, str]]:
    people = [(PEOPLE, p.id, json.dumps(_person_row(p))) for p in base.people]
    return people + [(ORGANISATIONS, o.id, json.dumps(list(o))) for o in base.organisations]


def _names(base: KnowledgeBase) -> list[tuple[int, str, int, str, str]]:
    """Every name of every record under its lookup key, numbered in table order (the order of the index held in
    memory)."""
    rows: list[tuple[int, str, int, str, str]] = []
    for kind, records in ((PEOPLE, base.people), (ORGANISATIONS, base.organisations)):
        for record in records:
            for name in record.names():
                rows.append((kind, alias_key(name), len(rows), name, record.id))
    return rows


def _person_row(person: Person) -> list[Any]:
    roles = [[*role[:3], *(_day(d) for d in role[3:6]), role.source] for role in person.roles]
    return [person.id, person.name, person.aliases, person.country, roles, person.sources]


def _person(record: str) -> Person:
    person_id, name, aliases, country, roles, sources = json.loads(record)
    return Person(person_id, name, tuple(aliases), country, tuple(_role(r) for r in roles), tuple(sources))


def _role(cells: list[Any]) -> Role:
    title, country, sector, start, end, as_of, source = cells
    return Role(title, country, sector, _date(start), _date(end), _date(as_of), source)


def _organisation(record: str) -> Organisation:
    org_id, name, aliases, country, countries, sector, kind, sources = json.loads(record)
    return Organisation(org_id, name, tuple(aliases), country, tuple(countries), sector, kind, tuple(sources))


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)
