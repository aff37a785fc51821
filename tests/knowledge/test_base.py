"""The bundled knowledge base: lookups by name and date, case rules, ambiguity, and validation of bad rows."""

from __future__ import annotations

import gzip
import shutil
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import KnowledgeTableError
from eventwire.knowledge import KnowledgeBase, Organisation, Person, Role
from eventwire.knowledge.base import ROLES_FILE, bundled_tables


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def _sector(kb: KnowledgeBase, name: str, when: date) -> tuple[str, str] | None:
    person = kb.person_named(name, when)
    role = person.role_at(when) if person else None
    return (role.country, role.sector) if role else None


def test_a_role_counts_only_while_held(kb: KnowledgeBase) -> None:
    assert _sector(kb, "Stoltenberg", date(2019, 3, 1)) == ("IGO", "IGO")
    assert _sector(kb, "Stoltenberg", date(2010, 3, 1)) == ("NOR", "GOV")
    assert _sector(kb, "Rutte", date(2025, 3, 1)) == ("IGO", "IGO")
    assert _sector(kb, "Sajid Javid", date(2019, 2, 20)) == ("GBR", "GOV")
    mattis = kb.person_named("James Mattis")
    assert mattis is not None
    assert mattis.role_at(date(2019, 6, 1)) is None
    assert mattis.left_office_before(date(2019, 6, 1))


def test_own_entries_fill_what_the_sources_miss(kb: KnowledgeBase) -> None:
    assert _sector(kb, "Mazloum Abdi", date(2019, 3, 1)) == ("SYR", "REB")
    assert _sector(kb, "Ahmed Madobe", date(2020, 1, 1)) == ("SOM", "GOV")
    assert _sector(kb, "Peskov", date(2023, 1, 1)) == ("RUS", "GOV")
    assert _sector(kb, "Hemedti", date(2024, 1, 1)) == ("SDN", "REB")


def test_names_match_across_accents_and_case(kb: KnowledgeBase) -> None:
    assert [p.country for p in kb.people_named("Erdoğan")] == ["TUR"]
    assert kb.people_named("Erdogan") == kb.people_named("Erdoğan")
    assert kb.people_named("GATT") == []  # a one-word name in capitals is an acronym (Austin Gatt is not the GATT)
    assert kb.people_named("trump") == []  # one-word names of people need a capital


def test_short_acronyms_match_only_in_capitals(kb: KnowledgeBase) -> None:
    isis = kb.organisation_named("Isis")
    assert isis is not None
    assert (isis.country, isis.sector) == ("IMG", "REB")
    assert kb.organisation_named("ISIS") == isis
    assert kb.organisation_named("IS") == isis
    assert kb.organisations_named("is") == []
    assert kb.organisations_named("Hts") == []
    assert kb.organisation_named("HTS") is not None


@pytest.mark.parametrize(
    ("name", "country", "sector"),
    [
        ("Home Office", "GBR", "GOV"),
        ("the Pentagon", "USA", "MIL"),
        ("Kremlin", "RUS", "GOV"),
        ("RAF", "GBR", "MIL"),
        ("IDF", "ISR", "MIL"),
        ("al-Shabab", "SOM", "REB"),
        ("Wagner", "RUS", "PRM"),
        ("YPG", "SYR", "REB"),
        ("Houthis", "YEM", "REB"),
        ("Daesh", "IMG", "REB"),
        ("Nato", "IGO", "IGO"),
        ("Guardian", "GBR", "MED"),
    ],
)
def test_organisations_by_name(kb: KnowledgeBase, name: str, country: str, sector: str) -> None:
    org = kb.organisation_named(name)
    assert org is not None, name
    assert (org.country, org.sector) == (country, sector)


def test_common_words_are_no_aliases(kb: KnowledgeBase) -> None:
    for word in ("Hope", "May", "Brown", "Johnson"):
        assert kb.person_named(word, date(2019, 1, 1)) is None, word


def test_ambiguous_names_are_listed_and_not_resolved() -> None:
    roles = (Role("minister", "AAA", "GOV", date(2000, 1, 1), date(2005, 1, 1), None, "eventwire"),)
    later = (Role("minister", "AAA", "GOV", date(2010, 1, 1), None, None, "eventwire"),)
    people = [
        Person("a", "Ali Alpha", ("Alpha",), "AAA", roles, ("eventwire",)),
        Person("b", "Bob Alpha", ("Alpha",), "AAA", roles, ("eventwire",)),
        Person("c", "Cid Alpha", ("Alpha",), "AAA", later, ("eventwire",)),
    ]
    kb = KnowledgeBase(people, [], [])
    ambiguous = kb.ambiguous_people()
    assert [(a.alias, sorted(p.id for p in a.people)) for a in ambiguous] == [("Alpha", ["a", "b"])]
    assert kb.person_named("Alpha", date(2002, 1, 1)) is None
    assert kb.person_named("Alpha", date(2012, 1, 1)) == people[2]


def test_an_open_role_from_a_snapshot_counts_only_up_to_the_snapshot() -> None:
    role = Role("minister", "GBR", "GOV", date(2020, 1, 1), None, date(2022, 7, 1), "wikidata-officeholders")
    assert role.held_on(date(2022, 1, 1))
    assert not role.held_on(date(2024, 1, 1))
    assert role.held_on(date(2024, 1, 1), presume_open=True)


def test_same_body_named_by_several_sources_resolves() -> None:
    one = Organisation("x", "Alpha Front", ("AF",), "AAA", ("AAA",), "REB", "armed", ("eventwire",))
    two = Organisation("y", "AF", (), "AAA", ("AAA",), "REB", "armed", ("ucdp",))
    other = Organisation("z", "AF", (), "BBB", ("BBB",), "REB", "armed", ("ucdp",))
    assert KnowledgeBase([], [one, two], []).organisation_named("AF") == one
    assert KnowledgeBase([], [one, other], []).organisation_named("AF") is None


def _copy_tables(tmp_path: Path) -> Path:
    folder = tmp_path / "knowledge"
    shutil.copytree(bundled_tables(), folder)
    return folder


def _rewrite(path: Path, line: int, text: str) -> None:
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").split("\n")
    lines[line - 1] = text
    path.write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))


def test_a_broken_row_names_its_file_and_line(tmp_path: Path) -> None:
    folder = _copy_tables(tmp_path)
    _rewrite(folder / ROLES_FILE, 5, "Q1\tpresident\tXXX\tGOV\t2001-01-01\t\t\teventwire")
    with pytest.raises(KnowledgeTableError) as caught:
        KnowledgeBase.load(folder)
    assert caught.value.code == "E312"
    assert "roles.tsv.gz line 5" in str(caught.value)
    assert "XXX" in str(caught.value)


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("Q1\tpresident\tGBR\tGOV\t2001-13\t\t\teventwire", "month must be in 1..12"),
        ("Q1\tpresident\tGBR\tBOSS\t2001-01-01\t\t\teventwire", "malformed"),
        ("Q1\tpresident\tGBR\tGOV\t2001\t2000\t\teventwire", "ends"),
        ("Q1\tpresident\tGBR", "3 cells"),
    ],
)
def test_bad_cells_are_refused(tmp_path: Path, row: str, problem: str) -> None:
    folder = _copy_tables(tmp_path)
    _rewrite(folder / ROLES_FILE, 3, row)
    with pytest.raises(KnowledgeTableError, match=problem):
        KnowledgeBase.load(folder)


def test_a_missing_table_says_how_to_get_it_back(tmp_path: Path) -> None:
    folder = _copy_tables(tmp_path)
    (folder / ROLES_FILE).unlink()
    with pytest.raises(KnowledgeTableError, match="kb build"):
        KnowledgeBase.load(folder)
