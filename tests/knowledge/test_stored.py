"""The knowledge base read from its stored SQLite file gives every lookup the tables held in memory give."""

from __future__ import annotations

import gzip
import shutil
from datetime import date
from pathlib import Path

import pytest

from eventwire.knowledge import KnowledgeBase
from eventwire.knowledge.base import PEOPLE_FILE, bundled_tables
from eventwire.knowledge.lookup import NameLookups, distinct
from eventwire.knowledge.stored import StoredKnowledge, knowledge_key, stored_knowledge, write
from eventwire.lexicons.gazetteer.stored import remove_stale


@pytest.fixture(scope="module")
def memory() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture(scope="module")
def stored() -> StoredKnowledge:
    return stored_knowledge()


def _every_name(base: KnowledgeBase) -> list[str]:
    people = [name for person in base.people for name in person.names()]
    return people + [name for organisation in base.organisations for name in organisation.names()]


def test_every_name_finds_the_same_records(memory: KnowledgeBase, stored: StoredKnowledge) -> None:
    names = _every_name(memory)
    assert len(names) > 50_000
    when = date(2019, 3, 1)
    for name in names:
        assert stored.people_named(name, when) == memory.people_named(name, when), name
        assert stored.organisations_named(name) == memory.organisations_named(name), name


@pytest.mark.parametrize("written", ["Isis", "IS", "is", "Trump", "trump", "Erdoğan", "erdogan", "U.N.", "Nato"])
def test_case_and_accent_rules_hold_in_the_stored_file(
    memory: KnowledgeBase, stored: StoredKnowledge, written: str
) -> None:
    for when in (None, date(2005, 1, 1), date(2019, 3, 1)):
        assert stored.person_named(written, when) == memory.person_named(written, when)
    assert stored.organisation_named(written) == memory.organisation_named(written)


def test_both_read_through_the_same_lookup_rules(memory: KnowledgeBase, stored: StoredKnowledge) -> None:
    assert isinstance(memory, NameLookups) and isinstance(stored, NameLookups)
    first, second = ["a"], ["a"]
    assert distinct([first, second, first]) == [first, second]


def test_one_record_is_one_object_in_a_lookup(stored: StoredKnowledge) -> None:
    islamic_state = stored.organisations_named("Islamic State")
    assert islamic_state and len({id(o) for o in islamic_state}) == len({o.id for o in islamic_state})


def test_other_tables_make_another_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "tables"
    shutil.copytree(bundled_tables(), copy)
    monkeypatch.setattr("eventwire.knowledge.stored.bundled_tables", lambda: copy)
    same = knowledge_key()
    with gzip.open(copy / PEOPLE_FILE, "at", encoding="utf-8") as table:
        table.write("Q0\tA Person\t\tKEN\teventwire\n")
    assert knowledge_key() != same


def test_a_written_file_answers_for_its_own_tables(tmp_path: Path, memory: KnowledgeBase) -> None:
    small = KnowledgeBase(memory.people[:50], memory.organisations[:50], memory.case_safe)
    path = write(small, tmp_path / "knowledge-0000000000000000.sqlite")
    found = StoredKnowledge(path)
    person = memory.people[0]
    assert found.people_named(person.name) == small.people_named(person.name)
    assert found.people_named(memory.people[-1].name) == []


def test_stale_files_of_one_kind_go_and_other_kinds_stay(tmp_path: Path) -> None:
    keep = tmp_path / "knowledge-aaaaaaaaaaaaaaaa.sqlite"
    others = ["knowledge-bbbbbbbbbbbbbbbb.sqlite", "gazetteer-bbbbbbbbbbbbbbbb.sqlite", "actor-cities-cccc.sqlite"]
    for name in [keep.name, *others]:
        (tmp_path / name).write_bytes(b"")
    assert remove_stale(keep) == [tmp_path / others[0]]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([keep.name, *others[1:]])
