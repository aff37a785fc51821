"""The actor dictionaries as alias indexes: a demonym gives its country, a group name its sector."""

from __future__ import annotations

from eventwire.lexicons.actors.lexicon import Lexicon
from eventwire.lexicons.actors.tables import split_list, table_rows

LEXICON = Lexicon()


def test_a_demonym_names_its_country() -> None:
    (hit,) = LEXICON.countries.find("Kenyan police")[:1]
    assert hit.text == "Kenyan"
    assert hit.value.country == "KEN"


def test_an_armed_group_is_found_by_its_written_name() -> None:
    (hit,) = LEXICON.orgs.find("Al-Shabaab fighters")[:1]
    assert hit.value.name == "Al Shabaab"
    assert hit.value.sector == "REB"


def test_a_list_cell_drops_empty_items() -> None:
    assert split_list(" a; ;b ;") == ["a", "b"]


def test_a_table_is_read_with_its_declared_columns() -> None:
    rows = table_rows("groups.tsv")
    assert rows
    assert rows[0].line > 1
