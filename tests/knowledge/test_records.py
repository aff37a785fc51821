"""Building the knowledge base from records: country names, merging sources, the team's own entries, writing and
reading the tables, the names a gold phrase holds, and the ``kb`` command."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.cli.kb import kb
from eventwire.errors import KnowledgeTableError
from eventwire.knowledge.build.aliases import Stoplists, add_surnames
from eventwire.knowledge.build.countries import country_by_name
from eventwire.knowledge.build.merge import merge_people
from eventwire.knowledge.build.own import own_organisations, own_people
from eventwire.knowledge.build.records import OrgRecord, PersonRecord, RoleRecord, priority
from eventwire.knowledge.build.write import write_tables
from eventwire.knowledge.coverage import names_in
from eventwire.knowledge.model import parse_partial_date
from eventwire.knowledge.tables import PEOPLE_COLUMNS, check_country, read_rows

NO_STOPS = Stoplists(frozenset(), frozenset(), frozenset())


def _minister(source: str, title: str, start: str, end: str = "") -> PersonRecord:
    person_id = "Q1" if source.startswith("wikidata") else f"{source}:1"
    role = RoleRecord(title, "KEN", "GOV", start, end, "", source)
    return PersonRecord(id=person_id, name="Amina Otieno", country="KEN", source=source, roles=[role])


@pytest.mark.parametrize(
    ("name", "code"), [("DR Congo (Zaire)", "COD"), ("Russia (Soviet Union)", "RUS"), ("Kenya", "KEN")]
)
def test_country_names_as_the_sources_write_them(name: str, code: str) -> None:
    assert country_by_name(name) == code


def test_an_unknown_country_name_gives_no_code() -> None:
    assert country_by_name("Atlantis") is None


def test_one_person_named_by_two_sources_is_merged_with_both_roles() -> None:
    merged = merge_people(
        [
            [_minister("wikidata-officeholders", "minister of defence", "2018", "2020")],
            [_minister("phoenix", "governor", "2021")],
        ],
        NO_STOPS,
    )
    assert len(merged) == 1
    assert [r.title for r in merged[0].roles] == ["minister of defence", "governor"]
    assert merged[0].sources == ["wikidata-officeholders", "phoenix"]


def _premier(name: str, start: str, end: str) -> PersonRecord:
    role = RoleRecord("prime minister", "NZL", "GOV", start, end, "", "phoenix")
    return PersonRecord(id=f"phoenix:{name}", name=name, country="NZL", source="phoenix", roles=[role])


def test_only_people_in_office_since_1990_are_known_by_surname_alone() -> None:
    early, later = _premier("Harold Pemberton", "1972", "1975"), _premier("Moana Whitcombe", "1996", "1999")
    add_surnames([early, later], NO_STOPS)
    assert early.aliases == []
    assert later.aliases == ["Whitcombe"]


def test_the_teams_own_entries_come_first() -> None:
    assert priority("eventwire") < priority("wikidata-officeholders") < priority("ofac")
    assert own_people()
    assert all(o.source == "eventwire" for o in own_organisations())


def test_written_tables_read_back_row_by_row(tmp_path: Path) -> None:
    person = _minister("wikidata-officeholders", "minister of defence", "2018")
    org = OrgRecord(
        id="ew:1", name="Kenya Defence Forces", country="KEN", sector="MIL", kind="security", source="eventwire"
    )
    write_tables(tmp_path, [person], [org], ["KDF"])
    (people_file,) = tmp_path.glob("people*")
    rows = [cells for _, cells in read_rows(people_file, PEOPLE_COLUMNS)]
    assert rows == [["Q1", "Amina Otieno", "", "KEN", "wikidata-officeholders"]]


def test_an_unknown_country_code_names_the_table_and_line() -> None:
    with pytest.raises(KnowledgeTableError, match=r"people\.tsv\.gz line 7: country 'XXX'"):
        check_country(Path("people.tsv.gz"), 7, "XXX")


def test_a_partial_date_stands_for_the_first_or_last_day_of_its_period() -> None:
    assert parse_partial_date("2020") == date(2020, 1, 1)
    assert parse_partial_date("2020-02", end=True) == date(2020, 2, 29)


def test_a_phrase_gives_its_name_with_titles_dropped_longest_first() -> None:
    forms = names_in("Chinese President Xi Jinping", frozenset({"chinese"}))
    assert forms == [["Chinese President Xi Jinping", "President Xi Jinping", "Xi Jinping", "Jinping"]]


def test_the_kb_command_lists_what_it_does() -> None:
    result = CliRunner().invoke(main, ["kb", "--help"])
    assert result.exit_code == 0
    for command in ("build", "coverage", "lookup"):
        assert command in result.output


def test_the_cli_runs_this_group_as_kb() -> None:
    assert main.get_command(click.Context(main), "kb") is kb
