"""The offline actor knowledge base: who is who, by name, with country, sector and dated roles.

```python
from eventwire.knowledge import KnowledgeBase

kb = KnowledgeBase.default()                  # loads the bundled tables once per process
kb.people_named("Erdoğan", when)              # every person that name may stand for, holders on `when` first
kb.person_named("Mazloum Abdi", when)         # one person, or None when the name is unknown or ambiguous
kb.organisations_named("Isis")                # [Islamic State]; "IS" only in capitals
person.role_at(when)                          # the role held on that day, or None
kb.ambiguous_people()                         # names shared by people whose roles overlap in time
```

The tables are built by ``eventwire kb build`` (``eventwire.knowledge.build``) and shipped as package data,
so nothing here reads ``../shared``.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import TypeVar

from eventwire.errors import KnowledgeTableError
from eventwire.knowledge.lookup import NameLookups, distinct
from eventwire.knowledge.matching import alias_key
from eventwire.knowledge.model import Organisation, Person, Role
from eventwire.knowledge.tables import (
    ORGANISATION_COLUMNS,
    PEOPLE_COLUMNS,
    ROLE_COLUMNS,
    check_country,
    organisation_from,
    read_rows,
    role_from,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

PEOPLE_FILE = "people.tsv.gz"
ROLES_FILE = "roles.tsv.gz"
ORGANISATIONS_FILE = "organisations.tsv.gz"
CASE_SAFE_FILE = "case_safe.txt"
TABLE_FILES = (PEOPLE_FILE, ROLES_FILE, ORGANISATIONS_FILE, CASE_SAFE_FILE)


def bundled_tables() -> Path:
    """The folder of the tables shipped with the package."""
    return Path(str(resources.files("eventwire").joinpath("data", "knowledge")))


@dataclass(frozen=True, slots=True)
class Ambiguity:
    """A name shared by several people whose roles overlap in time: never resolve it by that name alone."""

    alias: str
    people: tuple[Person, ...]


class KnowledgeBase(NameLookups):
    """People and organisations from the built tables, held in memory, found by any of their names (the coder reads
    the same tables from their stored file: ``stored.StoredKnowledge``)."""

    def __init__(self, people: Iterable[Person], organisations: Iterable[Organisation], case_safe: Iterable[str]):
        self.people: tuple[Person, ...] = tuple(people)
        self.organisations: tuple[Organisation, ...] = tuple(organisations)
        self.case_safe: frozenset[str] = frozenset(case_safe)

    @cached_property
    def _people_by_key(self) -> dict[str, list[tuple[Person, str]]]:
        with _quiet_collector():
            return _index((p.names(), p) for p in self.people)

    @cached_property
    def _orgs_by_key(self) -> dict[str, list[tuple[Organisation, str]]]:
        with _quiet_collector():
            return _index((o.names(), o) for o in self.organisations)

    @cached_property
    def _by_id(self) -> dict[str, Person]:
        return {p.id: p for p in self.people}

    @classmethod
    def load(cls, folder: Path | None = None) -> KnowledgeBase:
        """Read and validate the tables in ``folder`` (default: the bundled ones)."""
        folder = folder or bundled_tables()
        with _quiet_collector():
            return cls._read(folder)

    @classmethod
    def _read(cls, folder: Path) -> KnowledgeBase:
        for name in TABLE_FILES:
            if not (folder / name).is_file():
                raise KnowledgeTableError(
                    f"{folder / name} is missing; reinstall eventwire or rebuild with `eventwire kb build`"
                )
        people = _read_people(folder)
        path = folder / ORGANISATIONS_FILE
        organisations = [organisation_from(path, n, cells) for n, cells in read_rows(path, ORGANISATION_COLUMNS)]
        case_safe = (folder / CASE_SAFE_FILE).read_text(encoding="utf-8").split()
        log.info("knowledge base: %d people, %d organisations", len(people), len(organisations))
        return cls(people, organisations, case_safe)

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The bundled knowledge base, loaded on first use and shared by the process."""
        return _bundled()

    def _people_entries(self, key: str) -> list[tuple[Person, str]]:
        return self._people_by_key.get(key, [])

    def _organisation_entries(self, key: str) -> list[tuple[Organisation, str]]:
        return self._orgs_by_key.get(key, [])

    def person(self, person_id: str) -> Person | None:
        return self._by_id.get(person_id)

    def ambiguous_people(self, when: date | None = None) -> list[Ambiguity]:
        """Names shared by people whose roles overlap in time (on ``when`` when given), by name."""
        result = []
        for _key, entries in sorted(self._people_by_key.items()):
            people = distinct([p for p, _ in entries])
            if len(people) < 2:
                continue
            clash = _holding(people, when) if when else _overlapping(people)
            if len(clash) > 1:
                result.append(Ambiguity(entries[0][1], tuple(clash)))
        return result

    @cached_property
    def ambiguous_keys(self) -> frozenset[str]:
        """Lookup keys of names that :meth:`ambiguous_people` lists (any date)."""
        return frozenset(alias_key(a.alias) for a in self.ambiguous_people())


@contextmanager
def _quiet_collector() -> Iterator[None]:
    """Pause the cyclic garbage collector while ~100,000 records are made (they hold no cycles; without this
    it rescans them again and again), then move them out of its way."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


@cache
def _bundled() -> KnowledgeBase:
    return KnowledgeBase.load()


def _index(entries: Iterable[tuple[tuple[str, ...], T]]) -> dict[str, list[tuple[T, str]]]:
    index: dict[str, list[tuple[T, str]]] = {}
    for names, value in entries:
        for name in names:
            index.setdefault(alias_key(name), []).append((value, name))
    return index


def _read_people(folder: Path) -> list[Person]:
    roles: dict[str, list[Role]] = {}
    path = folder / ROLES_FILE
    for number, cells in read_rows(path, ROLE_COLUMNS):
        roles.setdefault(cells[0], []).append(role_from(path, number, cells))
    people = []
    path = folder / PEOPLE_FILE
    for number, (person_id, name, aliases, country, sources) in read_rows(path, PEOPLE_COLUMNS):
        people.append(
            Person(
                id=person_id,
                name=name,
                aliases=tuple(filter(None, aliases.split(";"))),
                country=check_country(path, number, country),
                roles=tuple(roles.pop(person_id, ())),
                sources=tuple(filter(None, sources.split(";"))),
            )
        )
    if roles:
        orphan = sorted(roles)[0]
        raise KnowledgeTableError(f"{ROLES_FILE}: roles of {orphan!r}, who is not in {PEOPLE_FILE}; rebuild the tables")
    return people


def _spans(person: Person) -> list[tuple[date, date]]:
    return [(r.start, r.end or r.as_of or date.max) for r in person.roles if r.start is not None]


def _overlapping(people: list[Person]) -> list[Person]:
    """The people of the list some of whose roles overlap in time with a role of another of them."""
    clash = []
    for person in people:
        for other in people:
            if other is not person and any(
                a0 <= b1 and b0 <= a1 for a0, a1 in _spans(person) for b0, b1 in _spans(other)
            ):
                clash.append(person)
                break
    return clash


def _holding(people: list[Person], when: date) -> list[Person]:
    return [p for p in people if p.role_at(when) is not None]
